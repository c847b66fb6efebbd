/**
 * Region search, shared by the header search box and the comparison picker (runs
 * in the browser; also unit-tested in Node). Finds a kabupaten/kota by name with or
 * without its prefix ("Kab. Pesawaran", "pesawaran"), with typos ("pesawran"), by
 * Kemendagri code ("18.09", "1809") and by province ("lampung").
 *
 * Fuse.js does the typo-tolerant part; it is passed in so the browser can load it
 * only when the search box is first used.
 */
import { ascending } from 'd3-array';
import type FuseType from 'fuse.js';
import { expand, prefixes, prefixUnlessNext, suffixes } from '../../../data/reference/names.json';
import { kindWords } from '../printed/kind-words.ts';

/** One row of the search index (`/cari.json`); short keys keep the file small. */
export interface SearchEntry {
  /** Kemendagri code `18.09`. */
  c: string;
  /** Full name `Kabupaten Pesawaran`. */
  n: string;
  /** Short name `Pesawaran`. */
  s: string;
  /** Province name `Lampung`. */
  p: string;
  /** Page URL, base path included. */
  u: string;
  /** `kabupaten` or `kota`. */
  k: 'kabupaten' | 'kota';
}

export type FuseConstructor = typeof FuseType;

/** Kind words as the ingest reads them (`Kab.`, `Pemkot`, `Kota Adm.`, `Pemerintah Kabupaten`, `… Regency`). */
const KIND_WORDS = kindWords({ expand, prefixes, prefixUnlessNext, suffixes });

export interface ParsedQuery {
  /** The name's words, lower case and without accents or punctuation, kind words removed. */
  text: string;
  /** The kind the prefix asked for, or null. */
  kind: SearchEntry['k'] | null;
  /** A code or code prefix (`18.09`, `18`) when the query is only digits and dots. */
  code: string | null;
}

/** Splits a query into name, kind prefix and code: "Kab. Pesawaran" → { text: "pesawaran", kind: "kabupaten" }. */
export function parseQuery(query: string): ParsedQuery {
  const text = query.toLowerCase().replace(/\s+/g, ' ').trim();
  const digits = text.replace(/\s/g, '');
  if (/^\d[\d.]*$/.test(digits)) {
    const plain = digits.replace(/\./g, '');
    const code = plain.length > 2 ? `${plain.slice(0, 2)}.${plain.slice(2)}` : plain;
    return { text: '', kind: null, code };
  }
  const all = KIND_WORDS.words(text);
  // Only kind words (`Kab.`, `Pemkot`, typed before the name): a kind, no name to look for yet.
  const kindOnly = KIND_WORDS.only(all);
  const { words, level } = kindOnly ? { words: [], level: kindOnly.level } : KIND_WORDS.strip(all);
  return { text: words.join(' '), kind: level === 'kabupaten' || level === 'kota' ? level : null, code: null };
}

/** Letters and digits only, for prefix matching ("Toli-Toli" = "tolitoli"). */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface Searcher {
  search(query: string, limit?: number): SearchEntry[];
}

export function createSearcher(entries: readonly SearchEntry[], Fuse: FuseConstructor): Searcher {
  const fuse = new Fuse([...entries], {
    keys: [
      { name: 's', weight: 0.7 },
      { name: 'n', weight: 0.2 },
      { name: 'p', weight: 0.1 },
    ],
    threshold: 0.34,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  const squashed = entries.map((e) => ({ e, s: squash(e.s) }));

  return {
    search(query, limit = 8) {
      const q = parseQuery(query);
      if (q.code !== null) {
        const code = q.code;
        return entries
          .filter((e) => e.c === code || e.c.startsWith(code.includes('.') ? code : `${code}.`))
          .sort((a, b) => Number(b.c === code) - Number(a.c === code) || ascending(a.c, b.c))
          .slice(0, limit);
      }
      if (q.text.length < 2) return [];
      const target = squash(q.text);
      // Names that start with the query come first (so "bat" lists Batang, Batu, … before fuzzy hits).
      const prefix = squashed.filter((x) => x.s.startsWith(target)).map((x) => x.e);
      const fuzzy = fuse.search(q.text).map((r) => r.item);
      const seen = new Set<string>();
      let results = [...prefix, ...fuzzy].filter((e) => (seen.has(e.c) ? false : (seen.add(e.c), true)));
      if (q.kind) {
        const ofKind = results.filter((e) => e.k === q.kind);
        if (ofKind.length) results = ofKind;
      }
      return results.slice(0, limit);
    },
  };
}
