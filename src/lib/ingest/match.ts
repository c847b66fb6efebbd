import { distance } from 'fastest-levenshtein';
import type { GovernmentLevel, Province, Region } from '../types.ts';
import { nonGovernmentKind, normalizeName, parseLevel, tokens } from './names.ts';

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

export function buildRegionIndex(provinces: readonly Province[], regions: readonly Region[], aliases: readonly Alias[] = []): RegionIndex {
  const byCode = new Map<string, Government>();
  const byKey = new Map<string, Government[]>();
  const add = (key: string, g: Government) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    byKey.set(key, list);
  };
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  for (const p of provinces) {
    const g: Government = { code: p.code, level: 'provinsi', name: p.name, provinceCode: p.code };
    byCode.set(p.code, g);
    add(normalizeName(p.name).key, g);
  }
  for (const r of regions) {
    const g: Government = { code: r.code, level: r.kind, name: r.name, provinceCode: r.provinceCode };
    byCode.set(r.code, g);
    add(normalizeName(r.shortName).key, g);
  }
  const aliasKeys = new Map<string, Government[]>();
  for (const a of aliases) {
    const g = byCode.get(a.code);
    if (g === undefined) throw new Error(`aliases: "${a.alias}" points to unknown code ${a.code}`);
    const key = normalizeName(a.alias).key;
    const list = aliasKeys.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    aliasKeys.set(key, list);
  }
  const allKeys = [...byKey.entries(), ...aliasKeys.entries()];

  /** Registry names and aliases together: `Yogyakarta` is Kota Yogyakarta by name and the province by alias. */
  function lookup(key: string): Government[] {
    const direct = byKey.get(key) ?? [];
    const viaAlias = (aliasKeys.get(key) ?? []).filter((g) => !direct.includes(g));
    return [...direct, ...viaAlias];
  }
  const viaOf = (key: string, g: Government): 'name' | 'alias' => ((byKey.get(key) ?? []).includes(g) ? 'name' : 'alias');

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
      if (province.code !== g.provinceCode) return `not in province ${province.name}`;
    }
    return null;
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
    const name = normalizeName(written);
    const kindHint = hints.kind !== undefined ? parseLevel(hints.kind) : null;
    if (kindHint === 'invalid') {
      return { ok: false, reason: 'conflict', message: `kind "${hints.kind}" is not Kabupaten, Kota or Provinsi`, suggestions: [] };
    }
    if (kindHint !== null && name.level !== null && kindHint !== name.level) {
      return { ok: false, reason: 'conflict', message: `"${written}" says ${name.level} but the kind column says ${kindHint}`, suggestions: [] };
    }
    let level = kindHint ?? name.level;
    let province: Province | null = null;
    if (hints.province !== undefined && hints.province.trim() !== '') {
      province = matchProvince(hints.province);
      if (province === null) {
        return { ok: false, reason: 'unknown', message: `province "${hints.province.trim()}" is not one of the 38 provinces`, suggestions: [] };
      }
    }
    let key = name.key;
    let found = lookup(key);
    if (found.length === 0 && name.keyWithPrefix !== name.key) {
      // `Kota Baru` may be Kabupaten Kotabaru: the prefix word is part of the name.
      const withPrefix = lookup(name.keyWithPrefix);
      if (withPrefix.length > 0) {
        key = name.keyWithPrefix;
        found = withPrefix;
        level = kindHint;
      }
    }
    const byLevel = level === null ? found : found.filter((g) => g.level === level);
    const candidates = province === null ? byLevel : byLevel.filter((g) => g.provinceCode === province!.code);
    if (candidates.length === 1) return { ok: true, government: candidates[0]!, via: viaOf(key, candidates[0]!) };
    if (candidates.length > 1) {
      return {
        ok: false,
        reason: 'ambiguous',
        message: `"${written}" fits ${candidates.length} governments: ${candidates.map(label).join(', ')}; add a Kabupaten/Kota prefix or a kind or province column`,
        suggestions: candidates,
      };
    }
    if (byLevel.length > 0 && province !== null) {
      return {
        ok: false,
        reason: 'conflict',
        message: `"${written}" is ${byLevel.map(label).join(' / ')}, not in province ${province.name}`,
        suggestions: byLevel,
      };
    }
    const suggestions = found.length > 0 ? [...found, ...suggest(name.key, level)].filter((g, i, a) => a.indexOf(g) === i).slice(0, 3) : suggest(name.key, level);
    const what = level === null ? 'region' : level === 'provinsi' ? 'province' : level;
    return {
      ok: false,
      reason: 'unknown',
      message: `unknown ${what} "${written}"; did you mean ${suggestions.map(label).join(', ')}?`,
      suggestions,
    };
  }

  return { match, matchProvince, byCode };
}
