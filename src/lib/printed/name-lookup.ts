import { ascending } from 'd3-array';
import { distance } from 'fastest-levenshtein';
import type { GovernmentLevel, Province, Region } from '../types.ts';
import { kindOnly, normalizeName, tokens } from './names.ts';

/**
 * The registry's governments by code, name and alias (keys from `normalizeName`),
 * and one name matched against them. match.ts reads the written text around it.
 */

export interface Government {
  code: string;
  level: GovernmentLevel;
  name: string;
  provinceCode: string;
}

export interface Alias {
  alias: string;
  code: string;
  /** True for a name that means this government only in its own province (a province column must say so). */
  provinceOnly?: boolean;
}

export type MatchResult =
  | { ok: true; government: Government; via: 'code' | 'name' | 'alias' }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'not-government' | 'conflict'; message: string; suggestions: Government[] };

export const failure = (reason: Extract<MatchResult, { ok: false }>['reason'], message: string, suggestions: Government[] = []): MatchResult => ({
  ok: false,
  reason,
  message,
  suggestions,
});

/** `Kabupaten Pesawaran (18.09)`, `Provinsi Lampung (18)`: a government as messages name it. */
export function describeGovernment(g: Government): string {
  return g.level === 'provinsi' ? `Provinsi ${g.name} (${g.code})` : `${g.name} (${g.code})`;
}

/** `18.09`, `1809`, `18.09.` → `18.09`; `18` → `18`. A 4-digit code is read as a Kemendagri code, never BPS. */
export function normalizeCode(text: string): string | null {
  const m = text.trim().match(/^(\d{2})(?:\.?(\d{2}))?\.?$/);
  return m === null ? null : m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`;
}

/**
 * Provinces split since 2022, as data: the new province's code → the province it was part of.
 * Papua Selatan (93), Papua Tengah (94) and Papua Pegunungan (95) were formed from Papua (91) by
 * UU 14, 15 and 16/2022; Papua Barat Daya (96) from Papua Barat (92) by UU 29/2022. A page from
 * before the split prints the old province for a kabupaten/kota the registry now places in the new one.
 */
export const PROVINCE_SPLITS: Readonly<Record<string, string>> = { '93': '91', '94': '91', '95': '91', '96': '92' };

/** A kabupaten/kota is in the province a column names if it is there now, or was before the province was split. */
export function inProvince(g: Government, province: Province): boolean {
  if (g.provinceCode === province.code) return true;
  return g.level !== 'provinsi' && Object.hasOwn(PROVINCE_SPLITS, g.provinceCode) && PROVINCE_SPLITS[g.provinceCode] === province.code;
}

/**
 * Registry names that begin with `Kepulauan`/`Pulau` or end with `Kepulauan` are often printed
 * without it (`Kabupaten Mentawai`, `Pemkab Morotai`, `Tidore`): their key without that word.
 */
function looseKey(name: string): string | null {
  const words = tokens(name);
  if (words.length < 2) return null;
  if (words[0] === 'kepulauan' || words[0] === 'pulau') return words.slice(1).join('');
  // Not `Pangkajene dan Kepulauan`, whose last word is part of a pair.
  if (words[words.length - 1] === 'kepulauan' && words[words.length - 2] !== 'dan') return words.slice(0, -1).join('');
  return null;
}

/** The registry's names and aliases as lookup tables. */
export interface Lookup {
  byCode: Map<string, Government>;
  provinceByCode: Map<string, Province>;
  byKey: Map<string, Government[]>;
  /** Names without `Kepulauan`/`Pulau` (looseKey). */
  byLooseKey: Map<string, Government[]>;
  aliasKeys: Map<string, Government[]>;
  /** Aliases that count only with a province column naming the government's province (`Kabupaten Timur` in Maluku Utara). */
  provinceAliasKeys: Map<string, Government[]>;
  /** Registry names and aliases, for suggestions. */
  allKeys: [string, Government[]][];
}

function addTo(map: Map<string, Government[]>, key: string, g: Government): void {
  const list = map.get(key) ?? [];
  if (!list.includes(g)) list.push(g);
  map.set(key, list);
}

export function buildLookup(provinces: readonly Province[], regions: readonly Region[], aliases: readonly Alias[]): Lookup {
  const t: Lookup = {
    byCode: new Map(),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    byKey: new Map(),
    byLooseKey: new Map(),
    aliasKeys: new Map(),
    provinceAliasKeys: new Map(),
    allKeys: [],
  };
  const add = (name: string, g: Government) => {
    t.byCode.set(g.code, g);
    addTo(t.byKey, normalizeName(name).key, g);
    const loose = looseKey(name);
    if (loose !== null) addTo(t.byLooseKey, loose, g);
  };
  for (const p of provinces) add(p.name, { code: p.code, level: 'provinsi', name: p.name, provinceCode: p.code });
  for (const r of regions) add(r.shortName, { code: r.code, level: r.kind, name: r.name, provinceCode: r.provinceCode });
  for (const a of aliases) {
    const g = t.byCode.get(a.code);
    if (g === undefined) throw new Error(`aliases: "${a.alias}" points to unknown code ${a.code}`);
    addTo(a.provinceOnly ? t.provinceAliasKeys : t.aliasKeys, normalizeName(a.alias).key, g);
  }
  t.allKeys = [...t.byKey.entries(), ...t.aliasKeys.entries()];
  return t;
}

/** Registry names and aliases together: `Yogyakarta` is Kota Yogyakarta by name and the province by alias. */
function lookup(t: Lookup, key: string): Government[] {
  const direct = t.byKey.get(key) ?? [];
  const viaAlias = (t.aliasKeys.get(key) ?? []).filter((g) => !direct.includes(g));
  return [...direct, ...viaAlias];
}

const viaOf = (t: Lookup, key: string, g: Government): 'name' | 'alias' =>
  (t.byKey.get(key) ?? []).includes(g) || (t.byLooseKey.get(key) ?? []).includes(g) ? 'name' : 'alias';

/** The 3 registry names and aliases closest to `key` (a government of another level counts as half a letter further). */
function suggest(t: Lookup, key: string, level: GovernmentLevel | null): Government[] {
  const scored = t.allKeys.flatMap(([k, gs]) => gs.map((g) => ({ g, d: distance(key, k) + (level !== null && g.level !== level ? 0.5 : 0) })));
  scored.sort((a, b) => a.d - b.d || ascending(a.g.code, b.g.code));
  return [...new Set(scored.map((s) => s.g))].slice(0, 3);
}

/** A province as written in a province column (name, abbreviation or code). */
export function matchProvince(t: Lookup, text: string): Province | null {
  const code = normalizeCode(text);
  if (code !== null) return t.provinceByCode.get(code) ?? null;
  const { key, keyWithPrefix } = normalizeName(text);
  for (const k of [key, keyWithPrefix]) {
    const hits = lookup(t, k).filter((g) => g.level === 'provinsi');
    if (hits.length === 1) return t.provinceByCode.get(hits[0]!.code) ?? null;
  }
  return null;
}

export function matchPart(
  t: Lookup,
  part: string,
  shown: string,
  kindHint: GovernmentLevel | null,
  bracketLevel: GovernmentLevel | null,
  province: Province | null,
): MatchResult {
  const name = normalizeName(part);
  const bare = kindOnly(part);
  const ownLevel = bare !== undefined ? bare : name.level;
  if (kindHint !== null && ownLevel !== null && kindHint !== ownLevel) {
    return failure('conflict', `"${shown}" says ${ownLevel} but the kind column says ${kindHint}`);
  }
  if (bracketLevel !== null && ownLevel !== null && bracketLevel !== ownLevel) {
    return failure('conflict', `"${shown}" says both ${ownLevel} and ${bracketLevel}`);
  }
  if (bare !== undefined) {
    // `Pemerintah Provinsi` in a file whose province column says which: that province's government.
    const level = kindHint ?? bracketLevel ?? bare;
    if (level === 'provinsi' && province !== null) return { ok: true, government: t.byCode.get(province.code)!, via: 'name' };
    return failure('unknown', `"${shown}" names a kind of government but not which one${level === 'provinsi' ? '; add a province column' : ''}`);
  }
  let level = kindHint ?? bracketLevel ?? name.level;
  let key = name.key;
  let found = lookup(t, key);
  if (found.length === 0 && name.keyWithPrefix !== name.key) {
    // `Kota Baru` may be Kabupaten Kotabaru: the prefix word is part of the name.
    const withPrefix = lookup(t, name.keyWithPrefix);
    if (withPrefix.length > 0) {
      key = name.keyWithPrefix;
      found = withPrefix;
      level = kindHint ?? bracketLevel;
    }
  }
  if (found.length === 0) found = t.byLooseKey.get(key) ?? [];
  if (found.length === 0 && province !== null) found = (t.provinceAliasKeys.get(key) ?? []).filter((g) => g.provinceCode === province!.code);
  const byLevel = level === null ? found : found.filter((g) => g.level === level);
  const candidates = province === null ? byLevel : byLevel.filter((g) => inProvince(g, province));
  if (candidates.length === 1) return { ok: true, government: candidates[0]!, via: viaOf(t, key, candidates[0]!) };
  if (candidates.length > 1) {
    return failure(
      'ambiguous',
      `"${shown}" fits ${candidates.length} governments: ${candidates.map(describeGovernment).join(', ')}; add a Kabupaten/Kota prefix or a kind or province column`,
      candidates,
    );
  }
  if (byLevel.length > 0 && province !== null) {
    return failure('conflict', `"${shown}" is ${byLevel.map(describeGovernment).join(' / ')}, not in province ${province.name}`, byLevel);
  }
  const suggestions =
    found.length > 0 ? [...found, ...suggest(t, name.key, level)].filter((g, i, a) => a.indexOf(g) === i).slice(0, 3) : suggest(t, name.key, level);
  const what = level === null ? 'region' : level === 'provinsi' ? 'province' : level;
  return failure('unknown', `unknown ${what} "${shown}"; did you mean ${suggestions.map(describeGovernment).join(', ')}?`, suggestions);
}
