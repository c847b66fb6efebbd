import type { GovernmentLevel } from '../types.ts';
import { ownValue } from '../own.ts';

/**
 * Name normalisation for matching: case-, accent-, space- and punctuation-insensitive,
 * with the prefixes real exports print (`Kab.`, `Kabupaten`, `Kota Adm.`, `Kotamadya`,
 * `Pemkab`, `Pemkot`, `Pemprov`, `Pemerintah Kabupaten/Kota/Provinsi`) read as a kind.
 */

export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/** Abbreviations inside names: `Kep. Seribu` → `Kepulauan Seribu`. */
const EXPAND: Record<string, string> = { kep: 'kepulauan', kepl: 'kepulauan', kab: 'kabupaten', adm: 'administrasi', prov: 'provinsi' };

/** Prefix token sequences, longest first, and the level they imply. */
const PREFIXES: { words: string[]; level: GovernmentLevel | null }[] = [
  { words: ['pemerintah', 'daerah', 'kabupaten'], level: 'kabupaten' },
  { words: ['pemerintah', 'daerah', 'kota'], level: 'kota' },
  { words: ['pemerintah', 'daerah', 'provinsi'], level: 'provinsi' },
  { words: ['pemerintah', 'kabupaten'], level: 'kabupaten' },
  { words: ['pemerintah', 'kota'], level: 'kota' },
  { words: ['pemerintah', 'provinsi'], level: 'provinsi' },
  { words: ['pemerintah', 'daerah'], level: null },
  { words: ['kabupaten', 'administrasi'], level: 'kabupaten' },
  { words: ['kota', 'administrasi'], level: 'kota' },
  { words: ['pemkab'], level: 'kabupaten' },
  { words: ['pemkot'], level: 'kota' },
  { words: ['pemkota'], level: 'kota' },
  { words: ['pemprov'], level: 'provinsi' },
  { words: ['pemda'], level: null },
  { words: ['kabupaten'], level: 'kabupaten' },
  { words: ['kotamadya'], level: 'kota' },
  { words: ['kodya'], level: 'kota' },
  { words: ['kota'], level: 'kota' },
  { words: ['provinsi'], level: 'provinsi' },
];

export interface NormalName {
  /** Tokens joined without spaces: `Labuhan Batu` and `Labuhanbatu` both give `labuhanbatu`. */
  key: string;
  /** The key before the last prefix was removed (`Kota Baru` → `kotabaru`), for names that begin with a prefix word. */
  keyWithPrefix: string;
  /** Level implied by the prefix, if any. */
  level: GovernmentLevel | null;
}

export function normalizeName(text: string): NormalName {
  let words = tokens(text).map((t) => ownValue(EXPAND, t) ?? t);
  let level: GovernmentLevel | null = null;
  let keyWithPrefix = words.join('');
  for (;;) {
    const prefix = PREFIXES.find((p) => p.words.length < words.length && p.words.every((w, i) => words[i] === w));
    if (prefix === undefined) break;
    keyWithPrefix = words.join('');
    level = prefix.level ?? level;
    words = words.slice(prefix.words.length);
  }
  return { key: words.join(''), keyWithPrefix, level };
}

/** Reads a kind column: `Kabupaten`, `Kab`, `Kota`, `Provinsi`, `Pemprov`, `regency`, `city`, `province`. */
export function parseLevel(text: string): GovernmentLevel | null | 'invalid' {
  const words = tokens(text).map((t) => ownValue(EXPAND, t) ?? t);
  if (words.length === 0) return null;
  const w = words.join(' ');
  if (['kabupaten', 'pemkab', 'regency', 'kabupaten administrasi'].includes(w)) return 'kabupaten';
  if (['kota', 'pemkot', 'city', 'kotamadya', 'kota administrasi'].includes(w)) return 'kota';
  if (['provinsi', 'pemprov', 'province', 'pemerintah provinsi'].includes(w)) return 'provinsi';
  return 'invalid';
}

/** Names that are not regional governments (police, land offices, ministries, …): never matched. */
const NOT_GOVERNMENT: { pattern: RegExp; what: string }[] = [
  { pattern: /^(polda|polres|polresta|polrestabes|polsek|kepolisian)\b/, what: 'kepolisian' },
  { pattern: /^(kantor pertanahan|kantah|bpn|badan pertanahan|kanwil bpn|atr bpn)\b/, what: 'kantor pertanahan' },
  { pattern: /^(kementerian|kemen[a-z]+|badan|lembaga|komisi)\b/, what: 'kementerian/lembaga' },
  { pattern: /^(kejaksaan|kejari|kejati|pengadilan)\b/, what: 'penegak hukum' },
  { pattern: /^(rsud|rumah sakit|puskesmas|dinas|bpjs|pdam|pln|samsat|imigrasi|lapas|rutan|universitas)\b/, what: 'unit layanan, bukan pemerintah daerah' },
];

export function nonGovernmentKind(text: string): string | null {
  const s = tokens(text).join(' ');
  return NOT_GOVERNMENT.find((n) => n.pattern.test(s))?.what ?? null;
}
