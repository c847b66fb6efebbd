import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { byPhrase, phrases, vocabulary } from '../../src/lib/printed/vocabulary.ts';

/** The loader of the ingest's vocabularies (data/reference/*.json); the real files are checked whenever an ingest module loads. */
describe('vocabulary', () => {
  const schema = z.strictObject({ region: phrases });

  it('returns the checked data', () => {
    expect(vocabulary('x.json', schema, { region: ['daerah', 'nama daerah'] })).toEqual({ region: ['daerah', 'nama daerah'] });
  });

  it('refuses a mistake, naming the file and where', () => {
    expect(() => vocabulary('x.json', schema, { region: ['Daerah'] })).toThrow(/^data\/reference\/x\.json: .*must be lower case[\s\S]*region\[0\]/);
    expect(() => vocabulary('x.json', schema, { region: [], regoin: [] })).toThrow(/data\/reference\/x\.json: .*Unrecognized key: "regoin"/);
  });
});

describe('byPhrase', () => {
  it('maps each phrase to its value, across tables, in order', () => {
    expect([...byPhrase({ region: ['daerah', 'kode'] }, { year: ['tahun'] })]).toEqual([
      ['daerah', 'region'],
      ['kode', 'region'],
      ['tahun', 'year'],
    ]);
  });

  it('refuses a phrase listed twice, even under two values', () => {
    expect(() => byPhrase({ region: ['kode'] }, { year: ['kode'] })).toThrow('"kode" is listed twice');
  });
});
