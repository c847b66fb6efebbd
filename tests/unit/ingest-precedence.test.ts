import { describe, expect, it } from 'vitest';
import { byPrecedence, byPrecedenceOf, differs, hasValue, sourceClass, sourcesDiffer } from '../../src/lib/precedence.ts';
import { combineReadings, type Candidate } from '../../src/lib/ingest/score-entries.ts';
import type { ScoreReading } from '../../src/lib/types.ts';

/** Which source's reading of a government-year is shown, and when another source "differs". */

const ORI = 'https://ombudsman.go.id/perwakilan/news/r/pwkmedia--kepatuhan';
const ANTARA = 'https://lampung.antaranews.com/berita/1/ombudsman';
const OTHER = 'https://sinarlampung.co/pesawaran';

let nextLine = 2;
function reading(extra: Partial<ScoreReading> = {}, url?: string, file = 'kepatuhan/a.csv'): ScoreReading {
  return { score: null, zone: null, category: null, source: { file, line: nextLine++, ...(url ? { url } : {}) }, ...extra };
}
const opinion = (level: 'tertinggi' | 'tinggi' | 'sedang' | 'rendah', withoutMaladministration = false) => ({
  opinion: { level, quality: null, withoutMaladministration },
});
const lines = (readings: readonly ScoreReading[]) => readings.map((r) => r.source.line);

describe('sourceClass', () => {
  it('knows Ombudsman RI’s own pages (ombudsman.go.id and its subdomains)', () => {
    expect(sourceClass('https://ombudsman.go.id/news/r/x')).toBe('ombudsman');
    expect(sourceClass('https://www.ombudsman.go.id/perwakilan/news/r/x')).toBe('ombudsman');
    expect(sourceClass('http://OMBUDSMAN.GO.ID/x')).toBe('ombudsman');
  });

  it('knows the national wire service, Antara, and its regional bureaus', () => {
    expect(sourceClass('https://www.antaranews.com/berita/3319287/x')).toBe('wire');
    expect(sourceClass('https://jatim.antaranews.com/amp/berita/245218/x')).toBe('wire');
    expect(sourceClass('https://aceh.antaranews.co/berita/397258/x')).toBe('wire');
  });

  it('does not trust look-alike hosts or a name in the path', () => {
    expect(sourceClass('https://fakeombudsman.go.id/x')).toBe('other');
    expect(sourceClass('https://ombudsman.go.id.example.com/x')).toBe('other');
    expect(sourceClass('https://notantaranews.com/x')).toBe('other');
    expect(sourceClass('https://example.com/ombudsman.go.id/antaranews.com')).toBe('other');
  });

  it('calls an unparseable link "other" and no link "none"', () => {
    expect(sourceClass('not a url')).toBe('other');
    expect(sourceClass(undefined)).toBe('none');
  });
});

describe('hasValue', () => {
  it('is true for a score, a zone, a letter or an opinion, false for none', () => {
    expect(hasValue(reading({ score: 50 }))).toBe(true);
    expect(hasValue(reading({ zone: 'kuning' }))).toBe(true);
    expect(hasValue(reading({ category: 'B' }))).toBe(true);
    expect(hasValue(reading(opinion('sedang')))).toBe(true);
    expect(hasValue(reading({ printed: { rank: '5' } }))).toBe(false);
  });
});

describe('byPrecedence', () => {
  it('puts ORI’s own page before Antara, Antara before any other page, any page before a row without a link', () => {
    const none = reading({ score: 70, zone: 'kuning' });
    const other = reading({ score: 71, zone: 'kuning' }, OTHER);
    const wire = reading({ score: 72, zone: 'kuning' }, ANTARA);
    const ori = reading({ score: 73, zone: 'kuning' }, ORI);
    expect(lines(byPrecedence([none, other, wire, ori]))).toEqual(lines([ori, wire, other, none]));
    expect(lines(byPrecedence([wire, none, ori, other]))).toEqual(lines([ori, wire, other, none]));
  });

  it('puts an exact score before a zone-only reading, whatever the source', () => {
    const zoneFromOri = reading({ zone: 'hijau' }, ORI);
    const scoreFromOther = reading({ score: 82, zone: 'hijau' }, OTHER);
    expect(lines(byPrecedence([zoneFromOri, scoreFromOther]))).toEqual(lines([scoreFromOther, zoneFromOri]));
    const opinionFromOri = reading(opinion('tinggi'), ORI);
    const opinionWithScore = reading({ score: 84.43, ...opinion('tinggi') }, OTHER);
    expect(lines(byPrecedence([opinionFromOri, opinionWithScore]))).toEqual(lines([opinionWithScore, opinionFromOri]));
  });

  it('puts a reading with a value before one without (an award, a rank), whatever the source', () => {
    const statementFromOri = reading({ printed: { grade: 'penghargaan' } }, ORI);
    const zoneWithoutLink = reading({ zone: 'merah' });
    expect(lines(byPrecedence([statementFromOri, zoneWithoutLink]))).toEqual(lines([zoneWithoutLink, statementFromOri]));
  });

  it('gives a tie to the row listed first: file path, then line', () => {
    const a5 = { ...reading({ score: 60, zone: 'kuning' }, OTHER), source: { file: 'kepatuhan/a.csv', line: 5, url: OTHER } };
    const a3 = { ...reading({ score: 61, zone: 'kuning' }, OTHER), source: { file: 'kepatuhan/a.csv', line: 3, url: OTHER } };
    const b2 = { ...reading({ score: 62, zone: 'kuning' }, OTHER), source: { file: 'kepatuhan/b.csv', line: 2, url: OTHER } };
    expect(byPrecedence([b2, a5, a3]).map((r) => `${r.source.file}:${r.source.line}`)).toEqual(['kepatuhan/a.csv:3', 'kepatuhan/a.csv:5', 'kepatuhan/b.csv:2']);
  });

  it('returns a new array and leaves its input alone', () => {
    const input = [reading({ zone: 'kuning' }), reading({ score: 50, zone: 'merah' })];
    const copy = [...input];
    const out = byPrecedence(input);
    expect(out).not.toBe(input);
    expect(input).toEqual(copy);
    expect(out[0]).toBe(input[1]);
  });

  it('orders other items by their source alone (byPrecedenceOf)', () => {
    const items = [
      { id: 'none', source: { file: 'a', line: 1 } },
      { id: 'other', source: { file: 'a', line: 2, url: OTHER } },
      { id: 'ori', source: { file: 'b', line: 9, url: ORI } },
      { id: 'wire', source: { file: 'a', line: 3, url: ANTARA } },
    ];
    expect(byPrecedenceOf(items, (i) => i.source).map((i) => i.id)).toEqual(['ori', 'wire', 'other', 'none']);
  });
});

describe('differs', () => {
  const shown = reading({ score: 86.55, zone: 'hijau' }, OTHER);

  it('is false for the same values from another page', () => {
    expect(differs(shown, reading({ score: 86.55, zone: 'hijau' }, ORI))).toBe(false);
  });

  it('is false for a reading that says less: a zone where the other has a score in that zone, or no value at all', () => {
    expect(differs(shown, reading({ zone: 'hijau' }))).toBe(false);
    expect(differs(reading({ zone: 'hijau' }), shown)).toBe(false);
    expect(differs(shown, reading({ printed: { grade: 'predikat kepatuhan' } }))).toBe(false);
    expect(differs(reading({ score: 90.03, zone: 'hijau', category: 'A' }), reading({ score: 90.03, zone: 'hijau', category: null }))).toBe(false);
    expect(differs(reading({ score: 84.43, ...opinion('tinggi') }), reading(opinion('tinggi')))).toBe(false);
  });

  it('is true for a different score, even by a hundredth or in the same zone', () => {
    expect(differs(shown, reading({ score: 66.9, zone: 'kuning' }))).toBe(true);
    expect(differs(reading({ score: 88.23, ...opinion('tertinggi') }), reading({ score: 88.24, ...opinion('tertinggi') }))).toBe(true);
    expect(differs(reading({ score: 90.71, zone: 'hijau' }), reading({ score: 84.14, zone: 'hijau' }))).toBe(true);
  });

  it('is true for a different zone or letter', () => {
    expect(differs(reading({ zone: 'hijau' }), reading({ zone: 'kuning' }))).toBe(true);
    expect(differs(shown, reading({ zone: 'kuning' }))).toBe(true);
    expect(differs(reading({ zone: 'hijau', category: 'A' }), reading({ zone: 'hijau', category: 'B' }))).toBe(true);
  });

  it('is true for a different opinion level or a different Tanpa Maladministrasi suffix', () => {
    expect(differs(reading(opinion('sedang')), reading(opinion('tinggi')))).toBe(true);
    expect(differs(reading({ score: 62.57, ...opinion('sedang') }), reading({ score: 62.57, ...opinion('sedang', true) }))).toBe(true);
    expect(differs(reading(opinion('sedang', true)), reading(opinion('sedang')))).toBe(true);
    expect(differs(reading(opinion('sedang', true)), reading(opinion('sedang', true)))).toBe(false);
  });
});

describe('sourcesDiffer', () => {
  it('a figure with another source that prints a different value', () => {
    expect(sourcesDiffer({ alternatives: [{ differs: false }, { differs: true }] })).toBe(true);
  });
  it('not when every other source agrees, or there is none', () => {
    expect(sourcesDiffer({ alternatives: [{ differs: false }] })).toBe(false);
    expect(sourcesDiffer({ alternatives: [] })).toBe(false);
    expect(sourcesDiffer({})).toBe(false);
  });
});

describe('combineReadings', () => {
  const candidate = (code: string, year: number, r: ScoreReading, extra: Partial<Candidate> = {}): Candidate => ({
    code,
    level: code.includes('.') ? 'kabupaten' : 'provinsi',
    year,
    scheme: year >= 2025 ? 'opini-ombudsman-2025' : year >= 2022 ? 'opini-2022' : 'zona-2013',
    reading: r,
    ...extra,
  });

  it('shows the first reading by precedence and keeps every other one as an alternative, marked when it differs', () => {
    const other = reading({ score: 86.96, zone: 'hijau' }, OTHER);
    const ori = reading({ score: 86.61, zone: 'hijau' }, ORI);
    const zoneOnly = reading({ zone: 'hijau' }, ANTARA);
    const { scores, mentions, sourcesDiffer } = combineReadings([[other, zoneOnly, ori].map((r) => candidate('31.74', 2021, r))]);
    expect(mentions).toEqual([]);
    expect(sourcesDiffer).toBe(1);
    expect(scores).toHaveLength(1);
    const [entry] = scores;
    expect(entry).toMatchObject({ code: '31.74', level: 'kabupaten', year: 2021, scheme: 'zona-2013', score: 86.61, source: ori.source });
    expect(entry!.alternatives!.map((a) => [a.source.line, a.differs])).toEqual([
      [other.source.line, true],
      [zoneOnly.source.line, false],
    ]);
    expect(entry!.alternatives!.every((a) => !('candidate' in a))).toBe(true);
  });

  it('makes a mention of every reading when no source gives a value', () => {
    const rank = reading({ printed: { rank: '8' }, note: 'rank only' }, OTHER);
    const award = reading({ printed: { grade: 'penghargaan' } }, ORI);
    const { scores, mentions, sourcesDiffer } = combineReadings([[rank, award].map((r) => candidate('14.05', 2022, r))]);
    expect(scores).toEqual([]);
    expect(sourcesDiffer).toBe(0);
    expect(mentions).toEqual([
      { code: '14.05', level: 'kabupaten', year: 2022, printed: { grade: 'penghargaan' }, source: award.source },
      { code: '14.05', level: 'kabupaten', year: 2022, printed: { rank: '8' }, note: 'rank only', source: rank.source },
    ]);
  });

  it('keeps a reading without a value as an alternative when another source gives one', () => {
    const award = reading({ printed: { grade: 'predikat kepatuhan' } }, ORI);
    const zone = reading({ zone: 'hijau' }, OTHER);
    const { scores, mentions } = combineReadings([[award, zone].map((r) => candidate('18.09', 2018, r))]);
    expect(mentions).toEqual([]);
    expect(scores[0]).toMatchObject({ zone: 'hijau', source: zone.source, alternatives: [{ source: award.source, differs: false }] });
  });

  it('has no alternatives key for a single source, keeps sub-scores, and sorts entries by year then code', () => {
    const { scores } = combineReadings([
      [candidate('18.72', 2022, reading({ score: 80, zone: 'hijau', category: 'B' }), { subScores: { Input: 20 } })],
      [candidate('18.09', 2022, reading({ score: 70, zone: 'kuning', category: 'C' }))],
      [candidate('18', 2019, reading({ zone: 'kuning' }))],
    ]);
    expect(scores.map((s) => [s.year, s.code])).toEqual([
      [2019, '18'],
      [2022, '18.09'],
      [2022, '18.72'],
    ]);
    expect(scores.every((s) => !('alternatives' in s))).toBe(true);
    expect(scores[2]!.subScores).toEqual({ Input: 20 });
  });
});
