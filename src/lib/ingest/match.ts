import { distance } from 'fastest-levenshtein';
import type { GovernmentLevel, Province, Region } from '../types.ts';
import { kindOnly, nonGovernmentKind, normalizeName, parseLevel, tokens } from './names.ts';

/**
 * Resolves a region as written in an export (name, alias or Kemendagri code) to
 * one government: a kabupaten/kota (`18.09`) or a provincial government (`18`).
 * Ambiguous and unknown names are errors with candidates or suggestions — never a guess.
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

export interface MatchHints {
  /** The kind column's text, if the file has one. */
  kind?: string;
  /** The province column's text, if the file has one. */
  province?: string;
}

export interface RegionIndex {
  match(text: string, hints?: MatchHints): MatchResult;
  /** Resolves a province as written in a province column (name, abbreviation or code). */
  matchProvince(text: string): Province | null;
  byCode: ReadonlyMap<string, Government>;
}

function label(g: Government): string {
  return g.level === 'provinsi' ? `Provinsi ${g.name} (${g.code})` : `${g.name} (${g.code})`;
}

export function describeGovernment(g: Government): string {
  return label(g);
}

/** `18.09`, `1809`, `18.09.` → `18.09`; `18` → `18`. A 4-digit code is read as a Kemendagri code, never BPS. */
export function normalizeCode(text: string): string | null {
  const s = text.trim();
  let m = s.match(/^(\d{2})\.?(\d{2})\.?$/);
  if (m) return `${m[1]}.${m[2]}`;
  m = s.match(/^(\d{2})\.?$/);
  if (m) return m[1]!;
  return null;
}

/**
 * Provinces split since 2022, as data: the new province's code → the province it was part of.
 * Papua Selatan (93), Papua Tengah (94) and Papua Pegunungan (95) were formed from Papua (91) by
 * UU 14, 15 and 16/2022; Papua Barat Daya (96) from Papua Barat (92) by UU 29/2022. A page from
 * before the split prints the old province for a kabupaten/kota the registry now places in the new one.
 */
export const PROVINCE_SPLITS: Readonly<Record<string, string>> = { '93': '91', '94': '91', '95': '91', '96': '92' };

/** A kabupaten/kota is in the province a column names if it is there now, or was before the province was split. */
function inProvince(g: Government, province: Province): boolean {
  if (g.provinceCode === province.code) return true;
  return g.level !== 'provinsi' && Object.hasOwn(PROVINCE_SPLITS, g.provinceCode) && PROVINCE_SPLITS[g.provinceCode] === province.code;
}

/** `[sic]` marks a misspelling copied as printed; it is not part of the name. */
const SIC = /\[\s*sic\s*!?\s*\]/gi;
const BRACKET = /\(([^()]*)\)|\[([^[\]]*)\]/g;

/** `Timor Tengah Utara (TTU)` → `Timor Tengah Utara` and `["TTU"]`. */
function splitBrackets(text: string): { outer: string; inner: string[] } {
  const inner: string[] = [];
  const outer = text
    .replace(SIC, ' ')
    // `Bata[nghari]`: letters in square brackets glued to a word complete a name the page cut off.
    .replace(/(\p{L})\[(\p{L}+)\]/gu, '$1$2')
    .replace(BRACKET, (_m, a: string | undefined, b: string | undefined) => {
      inner.push((a ?? b ?? '').trim());
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { outer, inner: inner.filter((s) => tokens(s).length > 0) };
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

export function buildRegionIndex(provinces: readonly Province[], regions: readonly Region[], aliases: readonly Alias[] = []): RegionIndex {
  const byCode = new Map<string, Government>();
  const byKey = new Map<string, Government[]>();
  const byLooseKey = new Map<string, Government[]>();
  const addTo = (map: Map<string, Government[]>, key: string, g: Government) => {
    const list = map.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    map.set(key, list);
  };
  const add = (key: string, g: Government) => addTo(byKey, key, g);
  const addLoose = (name: string, g: Government) => {
    const key = looseKey(name);
    if (key !== null) addTo(byLooseKey, key, g);
  };
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  for (const p of provinces) {
    const g: Government = { code: p.code, level: 'provinsi', name: p.name, provinceCode: p.code };
    byCode.set(p.code, g);
    add(normalizeName(p.name).key, g);
    addLoose(p.name, g);
  }
  for (const r of regions) {
    const g: Government = { code: r.code, level: r.kind, name: r.name, provinceCode: r.provinceCode };
    byCode.set(r.code, g);
    add(normalizeName(r.shortName).key, g);
    addLoose(r.shortName, g);
  }
  const aliasKeys = new Map<string, Government[]>();
  /** Aliases that count only with a province column naming the government's province (`Kabupaten Timur` in Maluku Utara). */
  const provinceAliasKeys = new Map<string, Government[]>();
  for (const a of aliases) {
    const g = byCode.get(a.code);
    if (g === undefined) throw new Error(`aliases: "${a.alias}" points to unknown code ${a.code}`);
    addTo(a.provinceOnly ? provinceAliasKeys : aliasKeys, normalizeName(a.alias).key, g);
  }
  const allKeys = [...byKey.entries(), ...aliasKeys.entries()];

  /** Registry names and aliases together: `Yogyakarta` is Kota Yogyakarta by name and the province by alias. */
  function lookup(key: string): Government[] {
    const direct = byKey.get(key) ?? [];
    const viaAlias = (aliasKeys.get(key) ?? []).filter((g) => !direct.includes(g));
    return [...direct, ...viaAlias];
  }
  const viaOf = (key: string, g: Government): 'name' | 'alias' =>
    (byKey.get(key) ?? []).includes(g) || (byLooseKey.get(key) ?? []).includes(g) ? 'name' : 'alias';

  function suggest(key: string, level: GovernmentLevel | null): Government[] {
    const scored: { g: Government; d: number }[] = [];
    for (const [k, gs] of allKeys) {
      const d = distance(key, k);
      for (const g of gs) scored.push({ g, d: d + (level !== null && g.level !== level ? 0.5 : 0) });
    }
    scored.sort((a, b) => a.d - b.d || (a.g.code < b.g.code ? -1 : 1));
    const out: Government[] = [];
    for (const { g } of scored) {
      if (!out.includes(g)) out.push(g);
      if (out.length === 3) break;
    }
    return out;
  }

  function matchProvince(text: string): Province | null {
    const code = normalizeCode(text);
    if (code !== null) return provinceByCode.get(code) ?? null;
    const { key, keyWithPrefix } = normalizeName(text);
    for (const k of [key, keyWithPrefix]) {
      const hits = lookup(k).filter((g) => g.level === 'provinsi');
      if (hits.length === 1) return provinceByCode.get(hits[0]!.code) ?? null;
    }
    return null;
  }

  /** A code is exact, but a province or kind column that contradicts it is still an error. */
  function codeConflict(g: Government, hints: MatchHints): string | null {
    if (hints.kind !== undefined && hints.kind.trim() !== '') {
      const kind = parseLevel(hints.kind);
      if (kind === 'invalid') return `and kind "${hints.kind.trim()}" is not Kabupaten, Kota or Provinsi`;
      if (kind !== null && kind !== g.level) return `not ${kind} as the kind column says`;
    }
    if (hints.province !== undefined && hints.province.trim() !== '') {
      const province = matchProvince(hints.province);
      if (province === null) return `and province "${hints.province.trim()}" is not one of the 38 provinces`;
      if (!inProvince(g, province)) return `not in province ${province.name}`;
    }
    return null;
  }

  /**
   * One name (the text outside brackets, or one bracket's content) against the registry.
   * `shown` is the text quoted in messages; `bracketLevel` is a kind given in a bracket (`Jawa Timur (Pemprov)`).
   */
  function matchPart(part: string, shown: string, kindHint: GovernmentLevel | null, bracketLevel: GovernmentLevel | null, province: Province | null): MatchResult {
    const name = normalizeName(part);
    const bare = kindOnly(part);
    const ownLevel = bare !== undefined ? bare : name.level;
    if (kindHint !== null && ownLevel !== null && kindHint !== ownLevel) {
      return { ok: false, reason: 'conflict', message: `"${shown}" says ${ownLevel} but the kind column says ${kindHint}`, suggestions: [] };
    }
    if (bracketLevel !== null && ownLevel !== null && bracketLevel !== ownLevel) {
      return { ok: false, reason: 'conflict', message: `"${shown}" says both ${ownLevel} and ${bracketLevel}`, suggestions: [] };
    }
    if (bare !== undefined) {
      // `Pemerintah Provinsi` in a file whose province column says which: that province's government.
      const level = kindHint ?? bracketLevel ?? bare;
      if (level === 'provinsi' && province !== null) return { ok: true, government: byCode.get(province.code)!, via: 'name' };
      return {
        ok: false,
        reason: 'unknown',
        message: `"${shown}" names a kind of government but not which one${level === 'provinsi' ? '; add a province column' : ''}`,
        suggestions: [],
      };
    }
    let level = kindHint ?? bracketLevel ?? name.level;
    let key = name.key;
    let found = lookup(key);
    if (found.length === 0 && name.keyWithPrefix !== name.key) {
      // `Kota Baru` may be Kabupaten Kotabaru: the prefix word is part of the name.
      const withPrefix = lookup(name.keyWithPrefix);
      if (withPrefix.length > 0) {
        key = name.keyWithPrefix;
        found = withPrefix;
        level = kindHint ?? bracketLevel;
      }
    }
    if (found.length === 0) found = byLooseKey.get(key) ?? [];
    if (found.length === 0 && province !== null) found = (provinceAliasKeys.get(key) ?? []).filter((g) => g.provinceCode === province!.code);
    const byLevel = level === null ? found : found.filter((g) => g.level === level);
    const candidates = province === null ? byLevel : byLevel.filter((g) => inProvince(g, province));
    if (candidates.length === 1) return { ok: true, government: candidates[0]!, via: viaOf(key, candidates[0]!) };
    if (candidates.length > 1) {
      return {
        ok: false,
        reason: 'ambiguous',
        message: `"${shown}" fits ${candidates.length} governments: ${candidates.map(label).join(', ')}; add a Kabupaten/Kota prefix or a kind or province column`,
        suggestions: candidates,
      };
    }
    if (byLevel.length > 0 && province !== null) {
      return {
        ok: false,
        reason: 'conflict',
        message: `"${shown}" is ${byLevel.map(label).join(' / ')}, not in province ${province.name}`,
        suggestions: byLevel,
      };
    }
    const suggestions = found.length > 0 ? [...found, ...suggest(name.key, level)].filter((g, i, a) => a.indexOf(g) === i).slice(0, 3) : suggest(name.key, level);
    const what = level === null ? 'region' : level === 'provinsi' ? 'province' : level;
    return {
      ok: false,
      reason: 'unknown',
      message: `unknown ${what} "${shown}"; did you mean ${suggestions.map(label).join(', ')}?`,
      suggestions,
    };
  }

  function match(text: string, hints: MatchHints = {}): MatchResult {
    const written = text.trim();
    if (tokens(written).length === 0) return { ok: false, reason: 'unknown', message: 'region is empty', suggestions: [] };
    const code = normalizeCode(written);
    if (code !== null) {
      const g = byCode.get(code);
      if (g === undefined) return { ok: false, reason: 'unknown', message: `no region or province has Kemendagri code ${code}`, suggestions: [] };
      const conflict = codeConflict(g, hints);
      if (conflict !== null) return { ok: false, reason: 'conflict', message: `code ${code} is ${label(g)}, ${conflict}`, suggestions: [g] };
      return { ok: true, government: g, via: 'code' };
    }
    const notGov = nonGovernmentKind(written);
    if (notGov !== null) {
      return {
        ok: false,
        reason: 'not-government',
        message: `"${written}" is not a regional government (${notGov}); only pemerintah provinsi/kabupaten/kota are assessed here`,
        suggestions: [],
      };
    }
    const kindHint = hints.kind !== undefined ? parseLevel(hints.kind) : null;
    if (kindHint === 'invalid') {
      return { ok: false, reason: 'conflict', message: `kind "${hints.kind}" is not Kabupaten, Kota or Provinsi`, suggestions: [] };
    }
    let province: Province | null = null;
    if (hints.province !== undefined && hints.province.trim() !== '') {
      province = matchProvince(hints.province);
      if (province === null) {
        return { ok: false, reason: 'unknown', message: `province "${hints.province.trim()}" is not one of the 38 provinces`, suggestions: [] };
      }
    }

    // `Pemkab Minut (Minahasa Utara)`: the name outside the brackets and each bracket's content are
    // read separately; a bracket that is only a kind (`(Pemprov)`, `(tingkat provinsi)`) is a kind.
    const { outer, inner } = splitBrackets(written);
    const names: string[] = [];
    const bracketLevels: GovernmentLevel[] = [];
    for (const s of inner) {
      const kind = kindOnly(s);
      if (kind === undefined) names.push(s);
      else if (kind !== null && !bracketLevels.includes(kind)) bracketLevels.push(kind);
    }
    if (bracketLevels.length > 1) {
      return { ok: false, reason: 'conflict', message: `"${written}" says both ${bracketLevels.join(' and ')}`, suggestions: [] };
    }
    const bracketLevel = bracketLevels[0] ?? null;
    if (bracketLevel !== null && kindHint !== null && bracketLevel !== kindHint) {
      return { ok: false, reason: 'conflict', message: `"${written}" says ${bracketLevel} but the kind column says ${kindHint}`, suggestions: [] };
    }
    let main = outer;
    if (tokens(main).length === 0) main = names.shift() ?? inner[0] ?? written;

    // `Kabupaten Pesawaran Provinsi Lampung`: the trailing province is a province hint.
    const withProvince = main.match(/^(.+?)[\s,]+(?:provinsi|prov\.?)\s+(.+)$/i);
    if (withProvince !== null && kindOnly(withProvince[1]!) === undefined) {
      const named = matchProvince(withProvince[2]!);
      if (named !== null) {
        if (province !== null && named.code !== province.code && PROVINCE_SPLITS[named.code] !== province.code) {
          return { ok: false, reason: 'conflict', message: `"${written}" says province ${named.name} but the province column says ${province.name}`, suggestions: [] };
        }
        province = named;
        main = withProvince[1]!;
      }
    }

    // `Kota dan Kabupaten Sorong`: two governments in one row.
    const both = tokens(main).join(' ').match(/^(kota|kabupaten) dan (kabupaten|kota) (.+)$/);
    if (both !== null && both[1] !== both[2]) {
      const pair = [`Kota ${both[3]}`, `Kabupaten ${both[3]}`].map((s) => matchPart(s, s, null, null, province));
      if (pair.every((r) => r.ok)) {
        const gs = pair.map((r) => (r as Extract<MatchResult, { ok: true }>).government);
        return {
          ok: false,
          reason: 'ambiguous',
          message: `"${written}" names 2 governments: ${gs.map(label).join(', ')}; give each its own row`,
          suggestions: gs,
        };
      }
    }

    const parts = [main, ...names];
    const results = parts.map((p, i) => matchPart(p, i === 0 ? written : p, kindHint, bracketLevel, province));
    const found: Government[] = [];
    for (const r of results) if (r.ok && !found.includes(r.government)) found.push(r.government);
    if (found.length > 1) {
      return {
        ok: false,
        reason: 'conflict',
        message: `"${written}": the name and its bracket point at different governments: ${found.map(label).join(', ')}`,
        suggestions: found,
      };
    }
    if (found.length === 1) {
      const g = found[0]!;
      // An ambiguous or conflicting part must at least allow the government the other part names.
      const against = results.find((r) => !r.ok && r.reason !== 'unknown' && !r.suggestions.includes(g));
      if (against !== undefined && !against.ok) {
        return {
          ok: false,
          reason: 'conflict',
          message: `"${written}": the name and its bracket disagree: ${label(g)}, but ${against.message}`,
          suggestions: [g, ...against.suggestions.filter((s) => s !== g)],
        };
      }
      return results.find((r) => r.ok)!;
    }
    return results.find((r) => !r.ok && r.reason !== 'unknown') ?? results[0]!;
  }

  return { match, matchProvince, byCode };
}
