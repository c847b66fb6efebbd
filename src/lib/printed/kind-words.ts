import type { GovernmentLevel } from '../types.ts';
import { byPhrase } from './phrases.ts';

/**
 * The kind words printed around a government's name (`Kab.`, `Pemkot`, `Kota Adm.`, `Pemerintah
 * Provinsi`, `Bandung City`), read with the rules of data/reference/names.json. Shared by the ingest
 * (names.ts, which also checks the file against its schema) and the site's search box, so it uses no
 * schema library: it runs in the browser.
 */

/** A name's words as matching reads them: no accents, lower case, letters and digits only. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

type LevelOrNone = GovernmentLevel | 'none';

/** The part of names.json read here. */
export interface KindWordRules {
  /** Abbreviations and variants of single words: `kep` → `kepulauan`. */
  expand: Record<string, string[]>;
  prefixes: Partial<Record<LevelOrNone, string[]>>;
  /** The prefix does not apply when the next word is one of these (`Pemerintah Daerah Istimewa Yogyakarta`). */
  prefixUnlessNext: Record<string, string[]>;
  suffixes: Partial<Record<LevelOrNone, string[]>>;
}

export interface Affix {
  words: string[];
  level: GovernmentLevel | null;
  unlessNext: string[];
}

export interface KindReading {
  /** The name's words without its kind words. */
  words: string[];
  /** The words before the last prefix was removed (`Kota Baru` → `kota baru`): the prefix may be part of the name. */
  withPrefix: string[];
  /** Level implied by the kind words, if any. */
  level: GovernmentLevel | null;
}

export const startsWith = (words: readonly string[], affix: Affix): boolean =>
  affix.words.length < words.length && affix.words.every((w, i) => words[i] === w) && !affix.unlessNext.includes(words[affix.words.length]!);

const endsWith = (words: readonly string[], affix: Affix): boolean =>
  affix.words.length < words.length && affix.words.every((w, i) => words[words.length - affix.words.length + i] === w);

export function kindWords(rules: KindWordRules) {
  const expand = byPhrase(rules.expand);
  /** Kind words before or after a name, longest first, and the level they imply. */
  const affixes = (groups: Partial<Record<LevelOrNone, string[]>>): Affix[] =>
    [...byPhrase(groups)]
      .map(([phrase, level]) => ({ words: phrase.split(' '), level: level === 'none' ? null : level, unlessNext: rules.prefixUnlessNext[phrase] ?? [] }))
      .sort((a, b) => b.words.length - a.words.length);
  const prefixes = affixes(rules.prefixes);
  const suffixes = affixes(rules.suffixes);
  return {
    prefixes,
    suffixes,
    /** The text's words, abbreviations written out. */
    words: (text: string): string[] => tokens(text).map((t) => expand.get(t) ?? t),
    /** The kind phrase that is all of `words` (`Pemkab`, `Kota Administrasi`), if any: a kind without a name. */
    only: (words: readonly string[]): Affix | undefined =>
      [...prefixes, ...suffixes].find((a) => a.words.length === words.length && a.words.every((w, i) => words[i] === w)),
    /** Removes kind words after the name (English `City`, `Regency`), then before it. */
    strip(words: string[]): KindReading {
      let level: GovernmentLevel | null = null;
      for (let s = suffixes.find((a) => endsWith(words, a)); s !== undefined; s = suffixes.find((a) => endsWith(words, a))) {
        level = s.level ?? level;
        words = words.slice(0, words.length - s.words.length);
      }
      let withPrefix = words;
      for (let p = prefixes.find((a) => startsWith(words, a)); p !== undefined; p = prefixes.find((a) => startsWith(words, a))) {
        withPrefix = words;
        level = p.level ?? level;
        words = words.slice(p.words.length);
      }
      return { words, withPrefix, level };
    },
  };
}
