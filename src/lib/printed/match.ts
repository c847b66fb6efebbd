import type { GovernmentLevel, Province, Region } from '../types.ts';
import {
  buildLookup,
  describeGovernment,
  failure,
  inProvince,
  matchPart,
  matchProvince,
  normalizeCode,
  PROVINCE_SPLITS,
  type Alias,
  type Government,
  type Lookup,
  type MatchResult,
} from './name-lookup.ts';
import { kindOnly, nonGovernmentKind, parseLevel, tokens } from './names.ts';

/**
 * Resolves a region as written in an export (name, alias or Kemendagri code) to
 * one government: a kabupaten/kota (`18.09`) or a provincial government (`18`).
 * Ambiguous and unknown names are errors with candidates or suggestions — never a guess.
 * The written text is read here (brackets, a trailing province, two governments in
 * one name); each name in it is matched against the registry in name-lookup.ts.
 */

export type { Alias, Government, MatchResult } from './name-lookup.ts';
export { describeGovernment, normalizeCode, PROVINCE_SPLITS } from './name-lookup.ts';

export interface MatchHints {
  /** The kind column's text, if the file has one. */
  kind?: string;
  /** The province column's text, if the file has one. */
  province?: string;
}

export interface NameMatcher {
  match(text: string, hints?: MatchHints): MatchResult;
  /** Resolves a province as written in a province column (name, abbreviation or code). */
  matchProvince(text: string): Province | null;
  byCode: ReadonlyMap<string, Government>;
}

export function buildNameMatcher(provinces: readonly Province[], regions: readonly Region[], aliases: readonly Alias[] = []): NameMatcher {
  const t = buildLookup(provinces, regions, aliases);
  return { match: (text, hints = {}) => match(t, text, hints), matchProvince: (text) => matchProvince(t, text), byCode: t.byCode };
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

function match(t: Lookup, text: string, hints: MatchHints): MatchResult {
  const written = text.trim();
  if (tokens(written).length === 0) return failure('unknown', 'region is empty');
  const code = normalizeCode(written);
  const g = code === null ? undefined : t.byCode.get(code);
  if (code !== null && g === undefined) return failure('unknown', `no region or province has Kemendagri code ${code}`);
  const notGov = code === null ? nonGovernmentKind(written) : null;
  if (notGov !== null)
    return failure('not-government', `"${written}" is not a regional government (${notGov}); only pemerintah provinsi/kabupaten/kota are assessed here`);
  const kind = hints.kind === undefined ? null : parseLevel(hints.kind);
  const provinceText = hints.province?.trim() ?? '';
  const province = provinceText === '' ? null : matchProvince(t, provinceText);
  const badKind = kind === 'invalid' ? `kind "${g === undefined ? hints.kind : hints.kind!.trim()}" is not Kabupaten, Kota or Provinsi` : null;
  const badProvince = provinceText !== '' && province === null ? `province "${provinceText}" is not one of the 38 provinces` : null;
  if (g !== undefined) {
    // A code is exact, but a province or kind column that contradicts it is still an error.
    const conflict = badKind
      ? `and ${badKind}`
      : kind !== null && kind !== g.level
        ? `not ${kind} as the kind column says`
        : badProvince
          ? `and ${badProvince}`
          : province !== null && !inProvince(g, province)
            ? `not in province ${province.name}`
            : null;
    if (conflict !== null) return failure('conflict', `code ${code} is ${describeGovernment(g)}, ${conflict}`, [g]);
    return { ok: true, government: g, via: 'code' };
  }
  if (badKind !== null) return failure('conflict', badKind);
  if (badProvince !== null) return failure('unknown', badProvince);
  return matchName(t, written, kind as GovernmentLevel | null, province);
}

/** A name (not a code) with the kind and province its columns give. */
function matchName(t: Lookup, written: string, kindHint: GovernmentLevel | null, columnProvince: Province | null): MatchResult {
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
  if (bracketLevels.length > 1) return failure('conflict', `"${written}" says both ${bracketLevels.join(' and ')}`);
  const bracketLevel = bracketLevels[0] ?? null;
  if (bracketLevel !== null && kindHint !== null && bracketLevel !== kindHint)
    return failure('conflict', `"${written}" says ${bracketLevel} but the kind column says ${kindHint}`);
  const trailing = trailingProvince(t, written, tokens(outer).length === 0 ? (names.shift() ?? inner[0] ?? written) : outer, columnProvince);
  if ('ok' in trailing) return trailing;
  const { main, province } = trailing;

  const pair = bothKinds(main)?.map((s) => matchPart(t, s, s, null, null, province));
  if (pair?.every((r) => r.ok)) {
    const gs = pair.map((r) => (r as Extract<MatchResult, { ok: true }>).government);
    return failure('ambiguous', `"${written}" names 2 governments: ${gs.map(describeGovernment).join(', ')}; give each its own row`, gs);
  }
  const parts = [main, ...names];
  return combineParts(
    written,
    parts.map((p, i) => matchPart(t, p, i === 0 ? written : p, kindHint, bracketLevel, province)),
  );
}

/** `Kota dan Kabupaten Sorong` → `Kota Sorong`, `Kabupaten Sorong`: one name for two governments (null for any other name). */
export function bothKinds(name: string): [string, string] | null {
  const m = name.trim().match(/^(kota|kabupaten)\s+dan\s+(kota|kabupaten)\s+(.+)$/i);
  return m !== null && m[1]!.toLowerCase() !== m[2]!.toLowerCase() ? [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`] : null;
}

/** `Kabupaten Pesawaran Provinsi Lampung`: a trailing province is a province hint (it must agree with the column's). */
function trailingProvince(t: Lookup, written: string, main: string, province: Province | null): { main: string; province: Province | null } | MatchResult {
  const withProvince = main.match(/^(.+?)[\s,]+(?:provinsi|prov\.?)\s+(.+)$/i);
  if (withProvince === null || kindOnly(withProvince[1]!) !== undefined) return { main, province };
  const named = matchProvince(t, withProvince[2]!);
  if (named === null) return { main, province };
  if (province !== null && named.code !== province.code && PROVINCE_SPLITS[named.code] !== province.code) {
    return failure('conflict', `"${written}" says province ${named.name} but the province column says ${province.name}`);
  }
  return { main: withProvince[1]!, province: named };
}

/** The results for the name and for each bracket: they must name one government between them. */
function combineParts(written: string, results: readonly MatchResult[]): MatchResult {
  const found: Government[] = [];
  for (const r of results) if (r.ok && !found.includes(r.government)) found.push(r.government);
  if (found.length > 1)
    return failure('conflict', `"${written}": the name and its bracket point at different governments: ${found.map(describeGovernment).join(', ')}`, found);
  if (found.length === 1) {
    const g = found[0]!;
    // An ambiguous or conflicting part must at least allow the government the other part names.
    const against = results.find((r) => !r.ok && r.reason !== 'unknown' && !r.suggestions.includes(g));
    if (against !== undefined && !against.ok) {
      return failure('conflict', `"${written}": the name and its bracket disagree: ${describeGovernment(g)}, but ${against.message}`, [
        g,
        ...against.suggestions.filter((s) => s !== g),
      ]);
    }
    return results.find((r) => r.ok)!;
  }
  return results.find((r) => !r.ok && r.reason !== 'unknown') ?? results[0]!;
}
