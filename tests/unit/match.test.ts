import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/ingest/aliases.ts';
import { buildRegionIndex, normalizeCode, type MatchHints, type MatchResult } from '../../src/lib/ingest/match.ts';
import { buildRegistry, kindFromName } from '../../src/lib/registry/registry.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'));
const index = buildRegionIndex(registry.provinces, registry.regions, aliases);

/** `[code, level, via]` of a match, or the failure. */
function hit(text: string, hints?: MatchHints) {
  const r = index.match(text, hints);
  return r.ok ? [r.government.code, r.government.level, r.via] : { reason: r.reason, message: r.message };
}

function miss(text: string, hints?: MatchHints): Extract<MatchResult, { ok: false }> {
  const r = index.match(text, hints);
  if (r.ok) throw new Error(`"${text}" matched ${r.government.code} but should not`);
  return r;
}

describe('registry (idn-area-data)', () => {
  it('has 38 provinces and 514 kabupaten/kota: 416 kabupaten + 98 kota', () => {
    expect(registry.provinces).toHaveLength(38);
    expect(registry.regions).toHaveLength(514);
    expect(registry.regions.filter((r) => r.kind === 'kabupaten')).toHaveLength(416);
    expect(registry.regions.filter((r) => r.kind === 'kota')).toHaveLength(98);
    expect(registry.source.package).toBe('idn-area-data');
  });

  it('uses Kemendagri codes', () => {
    const byCode = new Map(registry.regions.map((r) => [r.code, r]));
    expect(byCode.get('18.09')).toEqual({
      code: '18.09',
      name: 'Kabupaten Pesawaran',
      shortName: 'Pesawaran',
      kind: 'kabupaten',
      provinceCode: '18',
      slug: 'kabupaten-pesawaran',
    });
    expect(byCode.get('33.02')?.name).toBe('Kabupaten Banyumas');
    expect(byCode.get('35.75')).toMatchObject({ name: 'Kota Pasuruan', kind: 'kota', shortName: 'Pasuruan' });
    // BPS numbers Lampung Selatan 1803; Kemendagri numbers it 18.01 (18.03 is Lampung Utara).
    expect(byCode.get('18.01')?.name).toBe('Kabupaten Lampung Selatan');
    expect(byCode.get('18.03')?.name).toBe('Kabupaten Lampung Utara');
  });

  it('gives every region a unique slug', () => {
    const slugs = registry.regions.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(514);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('numbers kabupaten 01–69 and kota 71–99 inside their province', () => {
    for (const r of registry.regions) {
      const n = Number(r.code.slice(3));
      expect(r.code.startsWith(`${r.provinceCode}.`)).toBe(true);
      expect(r.kind === 'kabupaten' ? n < 70 : n > 70).toBe(true);
    }
  });

  it('rejects a bad registry row', () => {
    expect(() => buildRegistry('code,name\n18,Lampung\n', 'code,province_code,name\n18.09,18,Pesawaran\n')).toThrow(
      'registry: cannot tell kabupaten from kota in "Pesawaran"',
    );
    expect(() => buildRegistry('code,name\n18,Lampung\n', 'code,province_code,name\n19.01,18,Kabupaten X\n')).toThrow(/regencies\.csv: bad row/);
    expect(() => buildRegistry('code,name\n1,Lampung\n', 'code,province_code,name\n')).toThrow(/provinces\.csv: bad row/);
    expect(kindFromName('Kota Administrasi Jakarta Selatan')).toEqual({ kind: 'kota', shortName: 'Jakarta Selatan' });
  });
});

describe('normalizeCode', () => {
  it('reads kabupaten/kota codes with or without dots', () => {
    expect(normalizeCode('18.09')).toBe('18.09');
    expect(normalizeCode('1809')).toBe('18.09');
    expect(normalizeCode('18.09.')).toBe('18.09');
    expect(normalizeCode('  18.09 ')).toBe('18.09');
  });

  it('reads province codes', () => {
    expect(normalizeCode('18')).toBe('18');
    expect(normalizeCode('18.')).toBe('18');
  });

  it('returns null for anything else', () => {
    for (const s of ['1.809', '180', '18 09', '18-09', '18.9', '18..09', '18.09.01', 'Pesawaran', '', '1']) {
      expect(normalizeCode(s)).toBeNull();
    }
  });
});

describe('match: prefixes', () => {
  it.each([
    ['Kab. Pesawaran', '18.09', 'kabupaten'],
    ['Kab Pesawaran', '18.09', 'kabupaten'],
    ['Kabupaten Pesawaran', '18.09', 'kabupaten'],
    ['Pemkab Pesawaran', '18.09', 'kabupaten'],
    ['Pemerintah Kabupaten Pesawaran', '18.09', 'kabupaten'],
    ['Pemerintah Daerah Kabupaten Pesawaran', '18.09', 'kabupaten'],
    ['Kota Metro', '18.72', 'kota'],
    ['Kotamadya Metro', '18.72', 'kota'],
    ['Kodya Metro', '18.72', 'kota'],
    ['Pemkot Metro', '18.72', 'kota'],
    ['Pemerintah Kota Metro', '18.72', 'kota'],
    ['Kota Adm. Jakarta Selatan', '31.74', 'kota'],
    ['Kota Administrasi Jakarta Selatan', '31.74', 'kota'],
    ['Kab. Adm. Kep. Seribu', '31.01', 'kabupaten'],
    ['Pemprov Lampung', '18', 'provinsi'],
    ['Provinsi Lampung', '18', 'provinsi'],
    ['Pemerintah Provinsi Lampung', '18', 'provinsi'],
  ])('%s → %s', (text, code, level) => {
    expect(hit(text)).toEqual([code, level, 'name']);
  });

  it('reads upper case and spacing variants', () => {
    expect(hit('LAMPUNG UTARA')).toEqual(['18.03', 'kabupaten', 'name']);
    expect(hit('KABUPATEN PESAWARAN')).toEqual(['18.09', 'kabupaten', 'name']);
    expect(hit('Labuhan Batu')).toEqual(['12.10', 'kabupaten', 'name']);
    expect(hit('Labuhanbatu')).toEqual(['12.10', 'kabupaten', 'name']);
    expect(hit('Tulang Bawang')).toEqual(['18.05', 'kabupaten', 'name']);
    expect(hit('Tulangbawang')).toEqual(['18.05', 'kabupaten', 'name']);
  });

  it('reads a name that begins with a prefix word (Kota Baru = Kabupaten Kotabaru)', () => {
    expect(hit('Kotabaru')).toEqual(['63.02', 'kabupaten', 'name']);
    expect(hit('Kota Baru')).toEqual(['63.02', 'kabupaten', 'name']);
    expect(hit('Kabupaten Kota Baru')).toEqual(['63.02', 'kabupaten', 'name']);
  });

  it('resolves every registry name as written, and every short name with its kind and province', () => {
    for (const r of registry.regions) {
      expect(hit(r.name)).toEqual([r.code, r.kind, 'name']);
      expect(hit(r.shortName, { kind: r.kind, province: r.provinceCode })).toEqual([r.code, r.kind, 'name']);
    }
    for (const p of registry.provinces) expect(hit(`Pemerintah Provinsi ${p.name}`)).toEqual([p.code, 'provinsi', 'name']);
  });
});

describe('match: codes', () => {
  it('reads Kemendagri codes in every spelling', () => {
    expect(hit('18.09')).toEqual(['18.09', 'kabupaten', 'code']);
    expect(hit('1809')).toEqual(['18.09', 'kabupaten', 'code']);
    expect(hit('18.09.')).toEqual(['18.09', 'kabupaten', 'code']);
    expect(hit('18')).toEqual(['18', 'provinsi', 'code']);
  });

  it('reads a 4-digit code as Kemendagri, never BPS (1803 is Lampung Utara, not Lampung Selatan)', () => {
    expect(hit('1803')).toEqual(['18.03', 'kabupaten', 'code']);
    expect(index.byCode.get('18.03')?.name).toBe('Kabupaten Lampung Utara');
  });

  it('rejects unknown codes', () => {
    expect(miss('18.99')).toEqual({ ok: false, reason: 'unknown', message: 'no region or province has Kemendagri code 18.99', suggestions: [] });
    expect(miss('1899').message).toBe('no region or province has Kemendagri code 18.99');
    expect(miss('99').message).toBe('no region or province has Kemendagri code 99');
  });

  it('does not accept a code that contradicts the province column', () => {
    expect(miss('18.09', { province: 'Jawa Timur' }).reason).toBe('conflict');
  });

  it('does not accept a code that contradicts the kind column', () => {
    expect(miss('18.09', { kind: 'Kota' }).reason).toBe('conflict');
  });
});

describe('match: renamed regions and aliases', () => {
  it('reads the old name Toba Samosir as Toba (12.12)', () => {
    expect(hit('Toba Samosir')).toEqual(['12.12', 'kabupaten', 'alias']);
    expect(hit('Kabupaten Toba Samosir')).toEqual(['12.12', 'kabupaten', 'alias']);
    expect(hit('Toba')).toEqual(['12.12', 'kabupaten', 'name']);
  });

  it('reads local abbreviations', () => {
    expect(hit('Lampura')).toEqual(['18.03', 'kabupaten', 'alias']);
    expect(hit('Tubaba')).toEqual(['18.12', 'kabupaten', 'alias']);
    expect(hit('Muba')).toEqual(['16.06', 'kabupaten', 'alias']);
    expect(hit('OKU Timur')).toEqual(['16.08', 'kabupaten', 'alias']);
    expect(hit('Kab. OKU Timur')).toEqual(['16.08', 'kabupaten', 'alias']);
  });

  it.each([
    ['Sumut', '12'],
    ['Sumsel', '16'],
    ['Jatim', '35'],
    ['NTT', '53'],
    ['Kalsel', '63'],
    ['DIY', '34'],
    ['Babel', '19'],
  ])('reads Pemprov %s as province %s', (abbr, code) => {
    expect(hit(`Pemprov ${abbr}`)).toEqual([code, 'provinsi', 'alias']);
    expect(hit(abbr)).toEqual([code, 'provinsi', 'alias']);
    expect(index.matchProvince(abbr)?.code).toBe(code);
  });

  it('resolves every alias in data/aliases.csv to its code', () => {
    for (const a of aliases) {
      const bare = index.match(a.alias);
      if (bare.ok) {
        expect([a.alias, bare.government.code]).toEqual([a.alias, a.code]);
      } else {
        // Only an alias that is also a registry name may be ambiguous; its kind then decides.
        expect([a.alias, bare.reason]).toEqual([a.alias, 'ambiguous']);
        expect(bare.suggestions.map((g) => g.code)).toContain(a.code);
        const level = index.byCode.get(a.code)!.level;
        const withKind = index.match(a.alias, { kind: level });
        expect([a.alias, withKind.ok ? withKind.government.code : withKind.message]).toEqual([a.alias, a.code]);
      }
    }
  });

  it('reads Yogyakarta as ambiguous (Kota Yogyakarta by name, the province by alias) until a kind is given', () => {
    const r = miss('Yogyakarta');
    expect(r.reason).toBe('ambiguous');
    expect(r.suggestions.map((g) => g.code)).toEqual(['34.71', '34']);
    expect(hit('Kota Yogyakarta')).toEqual(['34.71', 'kota', 'name']);
    expect(hit('Pemprov Yogyakarta')).toEqual(['34', 'provinsi', 'alias']);
  });
});

describe('match: ambiguity and hints', () => {
  it('Pasuruan is ambiguous, listing both governments', () => {
    expect(miss('Pasuruan')).toEqual({
      ok: false,
      reason: 'ambiguous',
      message:
        '"Pasuruan" fits 2 governments: Kabupaten Pasuruan (35.14), Kota Pasuruan (35.75); add a Kabupaten/Kota prefix or a kind or province column',
      suggestions: [index.byCode.get('35.14'), index.byCode.get('35.75')],
    });
    // The province column does not help: both are in Jawa Timur.
    expect(miss('Pasuruan', { province: 'Jawa Timur' }).reason).toBe('ambiguous');
  });

  it('Pasuruan is resolved by a prefix or by the kind column', () => {
    expect(hit('Kota Pasuruan')).toEqual(['35.75', 'kota', 'name']);
    expect(hit('Kabupaten Pasuruan')).toEqual(['35.14', 'kabupaten', 'name']);
    expect(hit('Pasuruan', { kind: 'Kota' })).toEqual(['35.75', 'kota', 'name']);
    expect(hit('Pasuruan', { kind: 'Kabupaten' })).toEqual(['35.14', 'kabupaten', 'name']);
    expect(hit('Pasuruan', { kind: 'Kab.' })).toEqual(['35.14', 'kabupaten', 'name']);
    expect(hit('Pasuruan', { kind: 'city' })).toEqual(['35.75', 'kota', 'name']);
    expect(hit('Pasuruan', { kind: 'Kota', province: 'Jatim' })).toEqual(['35.75', 'kota', 'name']);
  });

  it('Bengkulu is ambiguous between the province and the kota, resolved by kind', () => {
    const r = miss('Bengkulu');
    expect(r.reason).toBe('ambiguous');
    expect(r.message).toBe(
      '"Bengkulu" fits 2 governments: Provinsi Bengkulu (17), Kota Bengkulu (17.71); add a Kabupaten/Kota prefix or a kind or province column',
    );
    expect(hit('Bengkulu', { kind: 'Kota' })).toEqual(['17.71', 'kota', 'name']);
    expect(hit('Bengkulu', { kind: 'Provinsi' })).toEqual(['17', 'provinsi', 'name']);
    expect(hit('Kota Bengkulu')).toEqual(['17.71', 'kota', 'name']);
    expect(hit('Provinsi Bengkulu')).toEqual(['17', 'provinsi', 'name']);
    expect(miss('Bengkulu', { province: 'Bengkulu' }).reason).toBe('ambiguous');
  });

  it('accepts a province column that agrees, by name, abbreviation or code', () => {
    expect(hit('Pesawaran', { province: 'Lampung' })).toEqual(['18.09', 'kabupaten', 'name']);
    expect(hit('Pesawaran', { province: 'Provinsi Lampung' })).toEqual(['18.09', 'kabupaten', 'name']);
    expect(hit('Pesawaran', { province: '18' })).toEqual(['18.09', 'kabupaten', 'name']);
    expect(hit('Sibolga', { province: 'Sumut' })).toEqual(['12.73', 'kota', 'name']);
  });

  it('treats empty hints as absent', () => {
    expect(hit('Pesawaran', { kind: '', province: '  ' })).toEqual(['18.09', 'kabupaten', 'name']);
  });

  it('reports a province column that contradicts the name', () => {
    expect(miss('Pesawaran', { province: 'Jawa Timur' })).toEqual({
      ok: false,
      reason: 'conflict',
      message: '"Pesawaran" is Kabupaten Pesawaran (18.09), not in province Jawa Timur',
      suggestions: [index.byCode.get('18.09')],
    });
    expect(miss('Kota Pasuruan', { province: 'Jawa Tengah' }).message).toBe('"Kota Pasuruan" is Kota Pasuruan (35.75), not in province Jawa Tengah');
  });

  it('reports a kind column that contradicts the prefix', () => {
    expect(miss('Kota Metro', { kind: 'Kabupaten' })).toEqual({
      ok: false,
      reason: 'conflict',
      message: '"Kota Metro" says kota but the kind column says kabupaten',
      suggestions: [],
    });
    expect(miss('Pemprov Lampung', { kind: 'Kota' }).message).toBe('"Pemprov Lampung" says provinsi but the kind column says kota');
  });

  it('reports invalid kind text', () => {
    expect(miss('Pesawaran', { kind: 'Desa' })).toEqual({
      ok: false,
      reason: 'conflict',
      message: 'kind "Desa" is not Kabupaten, Kota or Provinsi',
      suggestions: [],
    });
  });

  it('reports unknown province text', () => {
    expect(miss('Pesawaran', { province: 'Atlantis' })).toEqual({
      ok: false,
      reason: 'unknown',
      message: 'province "Atlantis" is not one of the 38 provinces',
      suggestions: [],
    });
    expect(miss('Pesawaran', { province: ' Jawa ' }).message).toBe('province "Jawa" is not one of the 38 provinces');
    expect(miss('Pesawaran', { province: '99' }).message).toBe('province "99" is not one of the 38 provinces');
  });
});

describe('match: unknown and not-government names', () => {
  it('suggests exactly three governments for a misspelling, the closest first', () => {
    const r = miss('pesawran');
    expect(r.reason).toBe('unknown');
    expect(r.suggestions).toHaveLength(3);
    expect(r.suggestions[0]).toEqual({ code: '18.09', level: 'kabupaten', name: 'Kabupaten Pesawaran', provinceCode: '18' });
    expect(r.message).toBe(
      `unknown region "pesawran"; did you mean ${r.suggestions.map((g) => `${g.name} (${g.code})`).join(', ')}?`,
    );
    expect(r.message).toMatch(/^unknown region "pesawran"; did you mean Kabupaten Pesawaran \(18\.09\), [^,]+ \(\d\d\.\d\d\), [^,]+ \(\d\d\.\d\d\)\?$/);
  });

  it('names the level it looked for', () => {
    expect(miss('Kabupaten Pesawran').message).toMatch(/^unknown kabupaten "Kabupaten Pesawran"; did you mean Kabupaten Pesawaran \(18\.09\), /);
    expect(miss('Metro', { kind: 'Kabupaten' }).message).toMatch(/^unknown kabupaten "Metro"; did you mean Kota Metro \(18\.72\), /);
  });

  it('refuses police and land offices as not-government', () => {
    expect(miss('Polda Lampung')).toEqual({
      ok: false,
      reason: 'not-government',
      message: '"Polda Lampung" is not a regional government (kepolisian); only pemerintah provinsi/kabupaten/kota are assessed here',
      suggestions: [],
    });
    expect(miss('Kantor Pertanahan Kota Metro')).toEqual({
      ok: false,
      reason: 'not-government',
      message:
        '"Kantor Pertanahan Kota Metro" is not a regional government (kantor pertanahan); only pemerintah provinsi/kabupaten/kota are assessed here',
      suggestions: [],
    });
    expect(miss('RSUD Kabupaten Pesawaran').reason).toBe('not-government');
  });

  it('rejects an empty region', () => {
    for (const text of ['', '   ', '-']) {
      expect(miss(text)).toEqual({ ok: false, reason: 'unknown', message: 'region is empty', suggestions: [] });
    }
  });
});

describe('aliases table', () => {
  it('parses alias,code,note rows (BOM and blank lines allowed)', () => {
    expect(parseAliases('\uFEFFalias,code,note\nLampura,18.03,x\n\nSumut,12,prov\n')).toEqual([
      { alias: 'Lampura', code: '18.03' },
      { alias: 'Sumut', code: '12' },
    ]);
  });

  it('throws on a row without an alias or with a malformed code', () => {
    const message = 'data/aliases.csv:2: needs an alias and a Kemendagri code (PP or PP.KK)';
    expect(() => parseAliases('alias,code,note\n,18.03,x\n')).toThrow(message);
    expect(() => parseAliases('alias,code,note\nLampura,,x\n')).toThrow(message);
    expect(() => parseAliases('alias,code,note\nLampura,18.3,x\n')).toThrow(message);
    expect(() => parseAliases('alias,code,note\nLampura,1803,x\n')).toThrow(message);
    expect(() => parseAliases('alias,code,note\nLampura,18.03,x\n', 'x.csv')).not.toThrow();
    expect(() => parseAliases('alias,code,note\nA,18.03,x\nB,abc,x\n', 'x.csv')).toThrow('x.csv:3: needs an alias');
  });

  it('throws on CSV errors', () => {
    expect(() => parseAliases('alias,code,note\nA,18.03,x\nLampura,"18.03,x\n')).toThrow('data/aliases.csv:3: Quoted field unterminated');
    expect(() => parseAliases('alias,code,note\nA,18.03,x,extra\n')).toThrow('data/aliases.csv:2: expected 3 fields but found 4');
  });

  it('names the real line of a bad row after a blank line', () => {
    expect(() => parseAliases('alias,code,note\nA,18.03,x\n\nB,abc,x\n')).toThrow('data/aliases.csv:4: needs an alias and a Kemendagri code (PP or PP.KK)');
  });

  it('buildRegionIndex throws on an alias pointing to an unknown code', () => {
    expect(() => buildRegionIndex(registry.provinces, registry.regions, [{ alias: 'Foo', code: '18.99' }])).toThrow(
      'aliases: "Foo" points to unknown code 18.99',
    );
    expect(() => buildRegionIndex(registry.provinces, registry.regions, [{ alias: 'Foo', code: '99' }])).toThrow('aliases: "Foo" points to unknown code 99');
  });

  it('data/aliases.csv only points to known codes', () => {
    expect(aliases.length).toBeGreaterThan(90);
    expect(() => buildRegionIndex(registry.provinces, registry.regions, aliases)).not.toThrow();
  });
});
