import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import { createSearcher, parseQuery, type SearchEntry } from '../../src/lib/model/search.ts';
import { searchIndex } from '../../src/lib/model/search-index.ts';

/** The real registry: all 514 kabupaten/kota. */
const registryEntries = (): SearchEntry[] => searchIndex(loadInstalledRegistry(), (p) => `/base${p}`);

const entries: SearchEntry[] = [
  { c: '18.09', n: 'Kabupaten Pesawaran', s: 'Pesawaran', p: 'Lampung', u: '/daerah/18.09-kabupaten-pesawaran/', k: 'kabupaten' },
  { c: '18.72', n: 'Kota Metro', s: 'Metro', p: 'Lampung', u: '/daerah/18.72-kota-metro/', k: 'kota' },
  { c: '35.14', n: 'Kabupaten Pasuruan', s: 'Pasuruan', p: 'Jawa Timur', u: '/x/', k: 'kabupaten' },
  { c: '35.75', n: 'Kota Pasuruan', s: 'Pasuruan', p: 'Jawa Timur', u: '/y/', k: 'kota' },
  { c: '72.04', n: 'Kabupaten Toli-Toli', s: 'Toli-Toli', p: 'Sulawesi Tengah', u: '/z/', k: 'kabupaten' },
  { c: '33.02', n: 'Kabupaten Banyumas', s: 'Banyumas', p: 'Jawa Tengah', u: '/b/', k: 'kabupaten' },
  { c: '18.01', n: 'Kabupaten Lampung Selatan', s: 'Lampung Selatan', p: 'Lampung', u: '/l/', k: 'kabupaten' },
];
const searcher = createSearcher(entries, Fuse);
const codes = (q: string, limit?: number) => searcher.search(q, limit).map((e) => e.c);

describe('parseQuery', () => {
  it('removes kind prefixes and remembers the kind', () => {
    expect(parseQuery('Kab. Pesawaran')).toEqual({ text: 'pesawaran', kind: 'kabupaten', code: null });
    expect(parseQuery('  KABUPATEN   Pesawaran ')).toEqual({ text: 'pesawaran', kind: 'kabupaten', code: null });
    expect(parseQuery('kota metro')).toEqual({ text: 'metro', kind: 'kota', code: null });
    expect(parseQuery('Pemkot Pasuruan').kind).toBe('kota');
    expect(parseQuery('Kota Adm. Jakarta Selatan')).toMatchObject({ text: 'jakarta selatan', kind: 'kota' });
    expect(parseQuery('Pemerintah Kabupaten Banyumas')).toMatchObject({ text: 'banyumas', kind: 'kabupaten' });
  });
  it('reads kind words as the ingest does (data/reference/names.json)', () => {
    expect(parseQuery('Bandung Regency')).toEqual({ text: 'bandung', kind: 'kabupaten', code: null });
    expect(parseQuery('Pemerintah Daerah Kota Bogor')).toEqual({ text: 'bogor', kind: 'kota', code: null });
    expect(parseQuery('Kab. Kep. Sangihe')).toEqual({ text: 'kepulauan sangihe', kind: 'kabupaten', code: null });
    expect(parseQuery('Provinsi Lampung')).toEqual({ text: 'lampung', kind: null, code: null });
    expect(parseQuery('kota')).toEqual({ text: '', kind: 'kota', code: null });
    expect(parseQuery('Kab.')).toEqual({ text: '', kind: 'kabupaten', code: null });
    expect(parseQuery('Pemerintah Kabupaten')).toEqual({ text: '', kind: 'kabupaten', code: null });
  });
  it('does not take a name that merely starts like a prefix for one', () => {
    expect(parseQuery('Kotabaru')).toEqual({ text: 'kotabaru', kind: null, code: null });
    expect(parseQuery('Kabanjahe').kind).toBeNull();
  });
  it('reads codes with or without the dot', () => {
    expect(parseQuery('18.09').code).toBe('18.09');
    expect(parseQuery('1809').code).toBe('18.09');
    expect(parseQuery('18').code).toBe('18');
    expect(parseQuery('18.0').code).toBe('18.0');
  });
});

describe('createSearcher', () => {
  it('finds a region from a misspelling', () => {
    expect(codes('pesawran')[0]).toBe('18.09');
    expect(codes('banyumaz')[0]).toBe('33.02');
  });
  it('finds a region with or without its prefix', () => {
    expect(codes('Pesawaran')[0]).toBe('18.09');
    expect(codes('Kabupaten Pesawaran')[0]).toBe('18.09');
    expect(codes('kab pesawaran')[0]).toBe('18.09');
  });
  it('uses the prefix to choose between a kabupaten and a kota of the same name', () => {
    expect(codes('Pasuruan').slice(0, 2).sort()).toEqual(['35.14', '35.75']);
    expect(codes('kota pasuruan')).toEqual(['35.75']);
    expect(codes('kab. pasuruan')).toEqual(['35.14']);
  });
  it('finds by code, with or without the dot, and by province code prefix', () => {
    expect(codes('18.09')).toEqual(['18.09']);
    expect(codes('1809')).toEqual(['18.09']);
    expect(codes('18')).toEqual(['18.01', '18.09', '18.72']);
    expect(codes('99.99')).toEqual([]);
  });
  it('matches punctuation-insensitively and by province', () => {
    expect(codes('tolitoli')[0]).toBe('72.04');
    expect(codes('toli toli')[0]).toBe('72.04');
    expect(codes('lampung')).toEqual(expect.arrayContaining(['18.01', '18.09', '18.72']));
  });
  it('returns nothing for empty, one-letter or unrelated queries', () => {
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('p')).toEqual([]);
    expect(codes('zzzzqqq')).toEqual([]);
  });
  it('returns nothing while only a kind has been typed (Kab., Kota, Pemkot)', () => {
    const all = createSearcher(registryEntries(), Fuse);
    for (const q of ['kab', 'Kab.', 'kabupaten', 'kota', 'Pemkot', 'Kota Adm.']) expect(all.search(q), q).toEqual([]);
    expect(all.search('Kab. Pesaw').map((e) => e.c)).toEqual(['18.09']);
  });
  it('honours the limit', () => {
    expect(codes('18', 2)).toHaveLength(2);
  });
  it('works on the full registry of 514 kabupaten/kota', () => {
    const all = registryEntries();
    expect(all).toHaveLength(514);
    const registry = createSearcher(all, Fuse);
    expect(registry.search('pesawran')[0]?.u).toBe('/base/daerah/18.09-kabupaten-pesawaran/');
    expect(registry.search('kab pesawaran')[0]?.c).toBe('18.09');
    expect(registry.search('lampung selatn')[0]?.c).toBe('18.01');
    expect(registry.search('kota pasuruan')[0]?.c).toBe('35.75');
    expect(registry.search('surabya')[0]?.n).toBe('Kota Surabaya');
    expect(registry.search('3578')[0]?.n).toBe('Kota Surabaya');
  });
});
