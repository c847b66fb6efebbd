import { z } from 'zod';
import namesJson from '../../../data/reference/names.json';
import type { GovernmentLevel } from '../types.ts';
import { kindWords, startsWith, tokens } from './kind-words.ts';
import { byPhrase, phrases, vocabulary } from './vocabulary.ts';

export { tokens } from './kind-words.ts';

/**
 * Name normalisation for matching: case-, accent-, space- and punctuation-insensitive,
 * with the prefixes real exports print (`Kab.`, `Kabupaten`, `Kota Adm.`, `Kotamadya`,
 * `Pemkab`, `Pemkot`, `Pemko`, `Pemprov`, `Pemerintah Kabupaten/Kota/Provinsi`, `Pemerintah X`)
 * read as a kind, and English renderings (`Bandung City`, `Bandung Regency`,
 * `The Government of North Sulawesi Province`, `West Java`, `Riau Islands`) read the same way.
 * The words are data: data/reference/names.json.
 */

const LEVEL_OR_NONE = z.enum(['kabupaten', 'kota', 'provinsi', 'none']);
const words = z.record(z.string(), z.string().regex(/^[a-z]+( [a-z]+)*$/));
const RULES = vocabulary(
  'names.json',
  z.strictObject({
    expand: z.record(z.string(), phrases),
    prefixes: z.partialRecord(LEVEL_OR_NONE, phrases),
    prefixUnlessNext: z.record(z.string(), phrases),
    suffixes: z.partialRecord(LEVEL_OR_NONE, phrases),
    compass: words,
    exonyms: words,
    islands: words,
    kindColumn: z.record(z.enum(['kabupaten', 'kota', 'provinsi']), phrases),
    notGovernment: z.record(z.string(), phrases),
  }),
  namesJson,
);

const KIND_WORDS = kindWords(RULES);
const { prefixes: PREFIXES } = KIND_WORDS;
/** English compass words before a name become the Indonesian words after it: `North Central Timor` → `Timor Tengah Utara`. */
const COMPASS = new Map(Object.entries(RULES.compass).map(([en, id]) => [en, id.split(' ')]));
/** English exonyms of island names (`West Java`, `North Moluccas`), and `Riau Islands` → `Kepulauan Riau`. */
const EXONYMS = new Map(Object.entries(RULES.exonyms));
const ISLANDS = new Map(Object.entries(RULES.islands));
const KIND_COLUMN = byPhrase(RULES.kindColumn);
/** Names that are not regional governments (police, land offices, ministries, …): never matched. */
const NOT_GOVERNMENT = Object.entries(RULES.notGovernment).map(([what, list]) => ({
  what,
  pattern: new RegExp(`^(${list.map((p) => p.replace('*', '[a-z]+')).join('|')})\\b`),
}));

/** Indonesian word order for an English name (after its kind words are removed). */
function fromEnglish(words: string[]): string[] {
  let out = words.map((w) => EXONYMS.get(w) ?? w);
  const last = out[out.length - 1]!;
  const island = ISLANDS.get(last);
  if (island !== undefined && out.length > 1) out = [island, ...out.slice(0, -1)];
  let n = 0;
  while (n < out.length - 1 && COMPASS.has(out[n]!)) n++;
  if (n > 0) {
    const directions = out
      .slice(0, n)
      .reverse()
      .flatMap((w) => COMPASS.get(w)!);
    out = [...out.slice(n), ...directions];
  }
  return out;
}

export interface NormalName {
  /** Tokens joined without spaces: `Labuhan Batu` and `Labuhanbatu` both give `labuhanbatu`. */
  key: string;
  /** The key before the last prefix was removed (`Kota Baru` → `kotabaru`), for names that begin with a prefix word. */
  keyWithPrefix: string;
  /** Level implied by the prefix or English suffix, if any. */
  level: GovernmentLevel | null;
}

export function normalizeName(text: string): NormalName {
  const { words, withPrefix, level } = KIND_WORDS.strip(KIND_WORDS.words(text));
  return { key: fromEnglish(words).join(''), keyWithPrefix: fromEnglish(withPrefix).join(''), level };
}

/**
 * A text that is only a kind, with no name: `Pemprov`, `(Pemkab)`, `Pemerintah Provinsi`, `tingkat provinsi`.
 * Returns the kind (null for `Pemda`), or undefined when the text names something.
 */
export function kindOnly(text: string): GovernmentLevel | null | undefined {
  let words = KIND_WORDS.words(text);
  if (words[0] === 'tingkat' || words[0] === 'level') words = words.slice(1);
  if (words.length === 0) return undefined;
  let level: GovernmentLevel | null = null;
  for (;;) {
    const affix = KIND_WORDS.only(words);
    if (affix !== undefined) return affix.level ?? level;
    const prefix = PREFIXES.find((p) => startsWith(words, p));
    if (prefix === undefined) return undefined;
    level = prefix.level ?? level;
    words = words.slice(prefix.words.length);
  }
}

/** Reads a kind column: `Kabupaten`, `Kab`, `Kota`, `Provinsi`, `Pemprov`, `regency`, `city`, `province`. */
export function parseLevel(text: string): GovernmentLevel | null | 'invalid' {
  const words = KIND_WORDS.words(text);
  if (words.length === 0) return null;
  return KIND_COLUMN.get(words.join(' ')) ?? 'invalid';
}

export function nonGovernmentKind(text: string): string | null {
  const s = tokens(text).join(' ');
  return NOT_GOVERNMENT.find((n) => n.pattern.test(s))?.what ?? null;
}
