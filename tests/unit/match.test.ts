import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { buildNameMatcher, normalizeCode, PROVINCE_SPLITS, type MatchHints, type MatchResult } from '../../src/lib/printed/match.ts';
import { buildRegistry, kindFromName } from '../../src/lib/registry/registry.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'));
const index = buildNameMatcher(registry.provinces, registry.regions, aliases);

/** `[code, level, via]` of a match, or the failure. */
function hit(text: string, hints?: MatchHints) {
  const r = index.match(text, hints);
  return r.ok ? [r.government.code, r.government.level, r.via] : { reason: r.reason, message: r.message };
}

/** The code a text resolves to, or the failure message. */
function codeOf(text: string, hints?: MatchHints): string {
  const r = index.match(text, hints);
  return r.ok ? r.government.code : r.message;
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
      if (a.provinceOnly) continue; // tested below: only with its province
      const bare = index.match(a.alias);
      if (bare.ok) {
        expect([a.alias, bare.government.code]).toEqual([a.alias, a.code]);
      } else {
        // An alias that is also a registry name (Yogyakarta), or that two places share (Mura), may be
        // ambiguous; its kind and province then decide.
        expect([a.alias, bare.reason]).toEqual([a.alias, 'ambiguous']);
        expect(bare.suggestions.map((g) => g.code)).toContain(a.code);
        const g = index.byCode.get(a.code)!;
        const withKind = index.match(a.alias, { kind: g.level, province: g.provinceCode });
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
      message: '"Pasuruan" fits 2 governments: Kabupaten Pasuruan (35.14), Kota Pasuruan (35.75); add a Kabupaten/Kota prefix or a kind or province column',
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
    expect(r.message).toBe(`unknown region "pesawran"; did you mean ${r.suggestions.map((g) => `${g.name} (${g.code})`).join(', ')}?`);
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
      message: '"Kantor Pertanahan Kota Metro" is not a regional government (kantor pertanahan); only pemerintah provinsi/kabupaten/kota are assessed here',
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

describe('match: government prefixes as the press prints them', () => {
  it.each([
    ['Pemko Medan', '12.71', 'kota'],
    ['Pemerintah Kota (Pemko) Medan', '12.71', 'kota'],
    ['Pemdakab Bekasi', '32.16', 'kabupaten'],
    ['Pemrov Malut', '82', 'provinsi'],
    ['Pemerintahan Provinsi Kalsel', '63', 'provinsi'],
    ['Pemerintahan daerah Kota Pekanbaru', '14.71', 'kota'],
    ['Pemerintah Aceh', '11', 'provinsi'],
    ['Pemerintah Kepulauan Aru', '81.07', 'kabupaten'],
    ['Pemerintah Daerah Istimewa Yogyakarta', '34', 'provinsi'],
    ['Pemerintah Kota Administrasi Jakarta Utara', '31.72', 'kota'],
    ['Kota Administratif Jakarta Selatan', '31.74', 'kota'],
    ['Kota. Metro', '18.72', 'kota'],
    ['  kabupaten   pesawaran  ', '18.09', 'kabupaten'],
  ])('%s → %s', (text, code, level) => {
    const r = index.match(text);
    expect(r.ok ? [r.government.code, r.government.level] : r.message).toEqual([code, level]);
  });

  it('reads Pemerintah Aceh with a province column as the provincial government', () => {
    expect(hit('Pemerintah Aceh', { kind: 'prov', province: 'Aceh' })).toEqual(['11', 'provinsi', 'name']);
  });

  it('reads a bare "Pemerintah Provinsi" as the province the province column names, and nothing else', () => {
    expect(hit('Pemerintah Provinsi', { province: 'Bali' })).toEqual(['51', 'provinsi', 'name']);
    expect(hit('pemerintah provinsi', { kind: 'Provinsi', province: 'Sumatera Utara' })).toEqual(['12', 'provinsi', 'name']);
    expect(hit('Pemerintah Provinsi (Papua Barat)', { province: 'Papua Barat' })).toEqual(['92', 'provinsi', 'name']);
    expect(miss('Pemerintah Provinsi')).toMatchObject({
      reason: 'unknown',
      message: '"Pemerintah Provinsi" names a kind of government but not which one; add a province column',
    });
    expect(miss('Pemkab', { province: 'Lampung' })).toMatchObject({ reason: 'unknown', message: '"Pemkab" names a kind of government but not which one' });
    expect(miss('Pemerintah Provinsi', { kind: 'Kota', province: 'Bali' }).reason).toBe('conflict');
  });

  it('reads "Kabupaten X Provinsi Y" with the province as a hint', () => {
    expect(hit('Kabupaten Pesawaran Provinsi Lampung')).toEqual(['18.09', 'kabupaten', 'name']);
    expect(hit('Kab. Pesawaran, Prov. Lampung')).toEqual(['18.09', 'kabupaten', 'name']);
    expect(hit('Kota Pasuruan Provinsi Jawa Timur', { province: 'Jawa Timur' })).toEqual(['35.75', 'kota', 'name']);
    expect(miss('Kabupaten Pesawaran Provinsi Jawa Timur').message).toBe(
      '"Kabupaten Pesawaran Provinsi Jawa Timur" is Kabupaten Pesawaran (18.09), not in province Jawa Timur',
    );
    expect(miss('Kabupaten Pesawaran Provinsi Lampung', { province: 'Bali' }).message).toBe(
      '"Kabupaten Pesawaran Provinsi Lampung" says province Lampung but the province column says Bali',
    );
  });

  it('reads a name printed without its Kepulauan/Pulau, only when the full name is not meant', () => {
    expect(hit('Kabupaten Mentawai')).toEqual(['13.09', 'kabupaten', 'name']);
    expect(hit('Kabupaten Anambas')).toEqual(['21.05', 'kabupaten', 'name']);
    expect(hit('Pemkab Morotai')).toEqual(['82.07', 'kabupaten', 'name']);
    expect(hit('Pemkab Sula')).toEqual(['82.05', 'kabupaten', 'name']);
    expect(hit('Tidore', { kind: 'kota' })).toEqual(['82.72', 'kota', 'name']);
    // `Riau` is the province Riau, never Kepulauan Riau; `Banggai` is Kabupaten Banggai, not Banggai Kepulauan.
    expect(hit('Riau')).toEqual(['14', 'provinsi', 'name']);
    expect(hit('Banggai')).toEqual(['72.01', 'kabupaten', 'name']);
    expect(miss('Pangkajene dan').reason).toBe('unknown');
  });
});

describe('match: local abbreviations, capitals and misspellings (data/aliases.csv)', () => {
  it.each([
    ['Pemkab Halsel', '82.04'],
    ['Pemkab Bateng', '19.04'],
    ['Rohil', '14.07'],
    ['Kabupaten Polman', '76.04'],
    ['Pemkot Tangsel', '36.74'],
    ['Pemda Batola', '63.04'],
    ['Muba', '16.06'],
    ['Minut', '71.06'],
    ['Kota Tikep', '82.72'],
    ['Pemko Siantar', '12.72'],
    ['Kota Solo', '33.72'],
    ['Kabupaten Mamuju Utara', '76.01'],
    ['Kabupaten Maluku Tenggara Barat', '81.03'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('reads a regency named by its capital (Blangpidie = Aceh Barat Daya)', () => {
    expect(hit('Blangpidie', { kind: 'kab', province: 'Aceh' })).toEqual(['11.12', 'kabupaten', 'alias']);
  });

  it('reads Mura as Musi Rawas or Murung Raya only with a province', () => {
    expect(miss('Mura').reason).toBe('ambiguous');
    expect(hit('Mura', { province: 'Sumatera Selatan' })).toEqual(['16.05', 'kabupaten', 'alias']);
    expect(hit('Mura', { province: 'Kalimantan Tengah' })).toEqual(['62.12', 'kabupaten', 'alias']);
  });

  it('strips a [sic] marker; a misspelling that still does not resolve needs an alias row', () => {
    expect(hit('Kabupaten Sumbawa [sic]')).toEqual(['52.04', 'kabupaten', 'name']);
    expect(hit('Kabupaten Sumabwa Barat [sic]')).toEqual(['52.07', 'kabupaten', 'alias']);
    expect(hit('Kabupatem Langkat')).toEqual(['12.05', 'kabupaten', 'alias']);
    expect(hit('Pemkot Adminitrasi Jakarta Barat')).toEqual(['31.73', 'kota', 'alias']);
    expect(miss('Kabupaten Sumbwa Timur [sic]').message).toMatch(/^unknown kabupaten "Kabupaten Sumbwa Timur \[sic\]"; did you mean /);
  });

  it('reads Yogjakarta/Jogja like Yogyakarta: ambiguous until a kind is given', () => {
    expect(miss('Yogjakarta').suggestions.map((g) => g.code)).toEqual(['34.71', '34']);
    expect(hit('Yogjakarta', { kind: 'kota' })).toEqual(['34.71', 'kota', 'alias']);
    expect(hit('Pemkot Jogja')).toEqual(['34.71', 'kota', 'alias']);
    expect(hit('DI Jogjakarta')).toEqual(['34', 'provinsi', 'alias']);
  });

  it('completes a name the page cut off when the transcriber wrote the rest in square brackets', () => {
    expect(hit('Bata[nghari]', { province: 'Jambi' })).toEqual(['15.04', 'kabupaten', 'name']);
  });

  it('reads a name with its distinguishing word missing only through an alias scoped to its province', () => {
    // Printed for Halmahera Timur in a Maluku Utara list; "Timur" alone names no government elsewhere.
    expect(hit('Kabupaten Timur', { kind: 'kab', province: 'Maluku Utara' })).toEqual(['82.06', 'kabupaten', 'alias']);
    expect(miss('Kabupaten Timur', { kind: 'kab' }).reason).toBe('unknown');
    expect(miss('Kabupaten Timur', { kind: 'kab', province: 'Jawa Barat' }).reason).toBe('unknown');
  });
});

describe('match: English renderings', () => {
  it.each([
    ['Bandung City', '32.73'],
    ['Bandung Regency', '32.04'],
    ['Bekasi Regency Government', '32.16'],
    ['Hulu Sungai Selatan Regency', '63.06'],
    ['City of Bandung', '32.73'],
    ['The Government of North Sulawesi Province', '71'],
    ['North Sulawesi Provincial Government', '71'],
    ['North Sulawesi', '71'],
    ['West Java', '32'],
    ['Central Java Province', '33'],
    ['South Sumatra', '16'],
    ['Southeast Sulawesi', '74'],
    ['Southwest Papua', '96'],
    ['Riau Islands', '21'],
    ['Bangka Belitung Islands', '19'],
    ['Special Region of Yogyakarta', '34'],
    ['West Halmahera', '82.01'],
    ['North Central Timor', '53.03'],
    ['Morotai Island', '82.07'],
    ['Taliabu Regency', '82.08'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('keeps the kind an English word gives', () => {
    expect(hit('Pasuruan City')).toEqual(['35.75', 'kota', 'name']);
    expect(miss('Pasuruan City', { kind: 'Kabupaten' }).message).toBe('"Pasuruan City" says kota but the kind column says kabupaten');
  });

  it('still reports an English name of a place that does not exist', () => {
    const r = miss('North Atlantis Regency');
    expect(r.reason).toBe('unknown');
    expect(r.suggestions).toHaveLength(3);
    expect(r.message).toMatch(/^unknown kabupaten "North Atlantis Regency"; did you mean .+\?$/);
    expect(miss('The Government of West Narnia Province').message).toMatch(/^unknown province "The Government of West Narnia Province"; did you mean /);
  });
});

describe('match: a name with its abbreviation or kind in brackets', () => {
  it.each([
    ['Timor Tengah Utara (TTU)', '53.03'],
    ['Pemkab Minut (Minahasa Utara)', '71.06'],
    ['Rohil (Rokan Hilir)', '14.07'],
    ['Kabupaten Ogan Komering Ilir (OKI)', '16.02'],
    ['Pemerintah Kabupaten (Pemkab) Kotawaringin Barat (Kobar)', '62.01'],
    ['Sulteng (Pemerintah Provinsi Sulawesi Tengah)', '72'],
    ['Tangerang City Government (Pemkot Tangerang)', '36.71'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('reads a bracket that is only a kind as the kind', () => {
    expect(hit('Jawa Timur (Pemprov)')).toEqual(['35', 'provinsi', 'name']);
    expect(hit('Sulawesi Tenggara (tingkat provinsi)')).toEqual(['74', 'provinsi', 'name']);
    expect(hit('Bengkulu (Pemprov)')).toEqual(['17', 'provinsi', 'name']);
    expect(hit('Bandung City Government (Pemkot)')).toEqual(['32.73', 'kota', 'name']);
    expect(hit('Pasuruan (Pemkot)')).toEqual(['35.75', 'kota', 'name']);
    expect(miss('Kota Batu (Pemkab)')).toMatchObject({ reason: 'conflict', message: '"Kota Batu (Pemkab)" says both kota and kabupaten' });
    expect(miss('Pasuruan (Pemkot)', { kind: 'Kabupaten' }).reason).toBe('conflict');
  });

  it('lets a bracket pick among the candidates of an ambiguous name', () => {
    expect(hit('Pasuruan (Kota Pasuruan)')).toEqual(['35.75', 'kota', 'name']);
    expect(hit('Kabupaten Murung Raya (Mura)', { province: 'Kalimantan Tengah' })).toEqual(['62.12', 'kabupaten', 'name']);
  });

  it('ignores a bracket that names nothing it knows', () => {
    expect(hit('Pemerintah Provinsi DKI Jakarta (wilayah kewenangan)')).toEqual(['31', 'provinsi', 'alias']);
    expect(hit('Pemkab Pesawaran (xyz)')).toEqual(['18.09', 'kabupaten', 'name']);
  });

  it('refuses a name and a bracket that point at different governments', () => {
    const r = miss('Kabupaten Lampung Utara (Lamsel)');
    expect(r.reason).toBe('conflict');
    expect(r.message).toBe(
      '"Kabupaten Lampung Utara (Lamsel)": the name and its bracket point at different governments: Kabupaten Lampung Utara (18.03), Kabupaten Lampung Selatan (18.01)',
    );
    expect(r.suggestions.map((g) => g.code)).toEqual(['18.03', '18.01']);
    expect(miss('Kota Batu (Kabupaten Malang)').reason).toBe('conflict');
    // `Mura` here can only be Musi Rawas (Sumatera Selatan): not Murung Raya's province.
    const mura = miss('Kabupaten Murung Raya (Mura)', { province: 'Sumatera Selatan' });
    expect(mura.reason).toBe('conflict');
    // An ambiguous bracket that does not include the name's government disagrees too.
    expect(miss('Kabupaten Pesawaran (Pasuruan)').reason).toBe('conflict');
  });

  it('reports two governments in one row', () => {
    const r = miss('Kota dan Kabupaten Sorong', { province: 'Papua Barat Daya' });
    expect(r).toMatchObject({
      reason: 'ambiguous',
      message: '"Kota dan Kabupaten Sorong" names 2 governments: Kota Sorong (96.71), Kabupaten Sorong (96.01); give each its own row',
    });
  });
});

describe('match: provinces split since 2022', () => {
  it('encodes the splits with the registry codes', () => {
    const name = (code: string) => registry.provinces.find((p) => p.code === code)?.name;
    expect(Object.entries(PROVINCE_SPLITS).map(([child, parent]) => [name(child), name(parent)])).toEqual([
      ['Papua Selatan', 'Papua'],
      ['Papua Tengah', 'Papua'],
      ['Papua Pegunungan', 'Papua'],
      ['Papua Barat Daya', 'Papua Barat'],
    ]);
  });

  it('accepts the province a kabupaten/kota was in before the split', () => {
    expect(hit('Merauke', { kind: 'kab', province: 'Papua' })).toEqual(['93.01', 'kabupaten', 'name']);
    expect(hit('Jayawijaya', { province: 'Papua' })).toEqual(['95.01', 'kabupaten', 'name']);
    expect(hit('Kabupaten Mimika', { province: 'Papua' })).toEqual(['94.04', 'kabupaten', 'name']);
    expect(hit('Kota Sorong', { province: 'Papua Barat' })).toEqual(['96.71', 'kota', 'name']);
    expect(hit('Sorong', { kind: 'kab', province: 'Papua Barat' })).toEqual(['96.01', 'kabupaten', 'name']);
    expect(hit('96.71', { province: 'Papua Barat' })).toEqual(['96.71', 'kota', 'code']);
    expect(hit('Merauke', { province: 'Papua Selatan' })).toEqual(['93.01', 'kabupaten', 'name']);
  });

  it('accepts nothing else', () => {
    expect(miss('Merauke', { province: 'Papua Barat' }).reason).toBe('conflict');
    expect(miss('Kota Sorong', { province: 'Papua' }).reason).toBe('conflict');
    // The parent's own kabupaten are not in the new province.
    expect(miss('Manokwari', { province: 'Papua Barat Daya' }).reason).toBe('conflict');
    expect(miss('Kabupaten Jayapura', { province: 'Papua Tengah' }).reason).toBe('conflict');
    // A provincial government is its own province, before and after.
    expect(miss('Provinsi Papua Barat Daya', { province: 'Papua Barat' }).reason).toBe('conflict');
    expect(miss('96', { province: 'Papua Barat' }).reason).toBe('conflict');
  });
});

describe('match: not-government rows in the complaint files', () => {
  it.each([
    ['Posko Ombudsman Timika (Kabupaten Mimika)', 'Ombudsman'],
    ['Ombudsman RI Perwakilan Provinsi Lampung', 'Ombudsman'],
    ['Instansi di provinsi (Papua Barat)', 'instansi, bukan satu pemerintah daerah'],
    ['Dinas Pendidikan Provinsi DKI Jakarta', 'unit layanan, bukan pemerintah daerah'],
  ])('%s is not a government', (text, what) => {
    const r = miss(text, { kind: 'provinsi' });
    expect(r.reason).toBe('not-government');
    expect(r.message).toBe(`"${text}" is not a regional government (${what}); only pemerintah provinsi/kabupaten/kota are assessed here`);
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

  it('buildNameMatcher throws on an alias pointing to an unknown code', () => {
    expect(() => buildNameMatcher(registry.provinces, registry.regions, [{ alias: 'Foo', code: '18.99' }])).toThrow(
      'aliases: "Foo" points to unknown code 18.99',
    );
    expect(() => buildNameMatcher(registry.provinces, registry.regions, [{ alias: 'Foo', code: '99' }])).toThrow('aliases: "Foo" points to unknown code 99');
  });

  it('data/aliases.csv only points to known codes', () => {
    expect(aliases.length).toBeGreaterThan(90);
    expect(() => buildNameMatcher(registry.provinces, registry.regions, aliases)).not.toThrow();
  });
});
