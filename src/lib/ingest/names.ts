import type { GovernmentLevel } from '../types.ts';
import { ownValue } from '../own.ts';

/**
 * Name normalisation for matching: case-, accent-, space- and punctuation-insensitive,
 * with the prefixes real exports print (`Kab.`, `Kabupaten`, `Kota Adm.`, `Kotamadya`,
 * `Pemkab`, `Pemkot`, `Pemko`, `Pemprov`, `Pemerintah Kabupaten/Kota/Provinsi`, `Pemerintah X`)
 * read as a kind, and English renderings (`Bandung City`, `Bandung Regency`,
 * `The Government of North Sulawesi Province`, `West Java`, `Riau Islands`) read the same way.
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

/**
 * Abbreviations and variants of single words: `Kep. Seribu` → `Kepulauan Seribu`,
 * `Pemerintahan Provinsi` → `Pemerintah Provinsi`, `Kota Administratif` (the pre-1999 term) → `Kota Administrasi`.
 */
const EXPAND: Record<string, string> = {
  kep: 'kepulauan',
  kepl: 'kepulauan',
  kab: 'kabupaten',
  adm: 'administrasi',
  administratif: 'administrasi',
  prov: 'provinsi',
  pemerintahan: 'pemerintah',
};

const expand = (t: string): string => ownValue(EXPAND, t) ?? t;

interface Affix {
  words: string[];
  level: GovernmentLevel | null;
  /** The prefix does not apply when the next word is one of these (`Pemerintah Daerah Istimewa Yogyakarta`). */
  unlessNext?: string[];
}

/** Prefix token sequences, longest first, and the level they imply. */
const PREFIXES: Affix[] = [
  { words: ['pemerintah', 'daerah', 'kabupaten'], level: 'kabupaten' },
  { words: ['pemerintah', 'daerah', 'kota'], level: 'kota' },
  { words: ['pemerintah', 'daerah', 'provinsi'], level: 'provinsi' },
  { words: ['the', 'government', 'of'], level: null },
  { words: ['pemerintah', 'kabupaten'], level: 'kabupaten' },
  { words: ['pemerintah', 'kota'], level: 'kota' },
  { words: ['pemerintah', 'provinsi'], level: 'provinsi' },
  // `Daerah` begins the names of DI Yogyakarta and DKI Jakarta: `Pemerintah Daerah Istimewa Yogyakarta`.
  { words: ['pemerintah', 'daerah'], level: null, unlessNext: ['istimewa', 'khusus'] },
  { words: ['kabupaten', 'administrasi'], level: 'kabupaten' },
  { words: ['kota', 'administrasi'], level: 'kota' },
  { words: ['government', 'of'], level: null },
  { words: ['city', 'of'], level: 'kota' },
  { words: ['regency', 'of'], level: 'kabupaten' },
  { words: ['province', 'of'], level: 'provinsi' },
  // `Pemerintah Aceh` is the official name of Aceh's provincial government (UU 11/2006); `Pemerintah Kepulauan Aru`.
  { words: ['pemerintah'], level: null },
  { words: ['pemkab'], level: 'kabupaten' },
  { words: ['pemdakab'], level: 'kabupaten' },
  { words: ['pemkot'], level: 'kota' },
  { words: ['pemkota'], level: 'kota' },
  // Sumatra and Aceh write Pemerintah Kota as `Pemko`.
  { words: ['pemko'], level: 'kota' },
  { words: ['pemdakot'], level: 'kota' },
  { words: ['pemdakota'], level: 'kota' },
  { words: ['pemprov'], level: 'provinsi' },
  { words: ['pemprop'], level: 'provinsi' },
  // A common misspelling of Pemprov in the press (`Pemrov Malut`).
  { words: ['pemrov'], level: 'provinsi' },
  { words: ['pemda'], level: null },
  { words: ['kabupaten'], level: 'kabupaten' },
  { words: ['kotamadya'], level: 'kota' },
  { words: ['kodya'], level: 'kota' },
  { words: ['kota'], level: 'kota' },
  { words: ['provinsi'], level: 'provinsi' },
  // Left over after `Pemerintah Kota` in `Pemerintah Kota Administrasi Jakarta Pusat`.
  { words: ['administrasi'], level: null },
  { words: ['the'], level: null },
];

/** English kind words after the name, longest first: `Bandung City`, `North Maluku Provincial Government`. */
const SUFFIXES: Affix[] = [
  { words: ['provincial', 'government'], level: 'provinsi' },
  { words: ['province', 'government'], level: 'provinsi' },
  { words: ['city', 'government'], level: 'kota' },
  { words: ['regency', 'government'], level: 'kabupaten' },
  { words: ['regional', 'government'], level: null },
  { words: ['government'], level: null },
  { words: ['province'], level: 'provinsi' },
  { words: ['city'], level: 'kota' },
  { words: ['municipality'], level: 'kota' },
  { words: ['regency'], level: 'kabupaten' },
];

/**
 * English compass words before a name become the Indonesian words after it:
 * `North Sulawesi` → `Sulawesi Utara`, `North Central Timor` → `Timor Tengah Utara`, `Southwest Papua` → `Papua Barat Daya`.
 */
const COMPASS: Record<string, string[]> = {
  north: ['utara'],
  south: ['selatan'],
  east: ['timur'],
  west: ['barat'],
  central: ['tengah'],
  southeast: ['tenggara'],
  southwest: ['barat', 'daya'],
};

/** English exonyms of island names inside province and regency names (`West Java`, `South Sumatra`, `North Moluccas`). */
const EXONYMS: Record<string, string> = { java: 'jawa', sumatra: 'sumatera', moluccas: 'maluku' };

/** `Riau Islands` → `Kepulauan Riau`, `Morotai Island` → `Pulau Morotai`. */
const ISLANDS: Record<string, string> = { islands: 'kepulauan', island: 'pulau' };

const startsWith = (words: readonly string[], affix: Affix): boolean =>
  affix.words.length < words.length && affix.words.every((w, i) => words[i] === w) && !(affix.unlessNext ?? []).includes(words[affix.words.length]!);

const endsWith = (words: readonly string[], affix: Affix): boolean =>
  affix.words.length < words.length && affix.words.every((w, i) => words[words.length - affix.words.length + i] === w);

/** Indonesian word order for an English name (after its kind words are removed). */
function fromEnglish(words: string[]): string[] {
  let out = words.map((w) => ownValue(EXONYMS, w) ?? w);
  const last = out[out.length - 1]!;
  const island = ownValue(ISLANDS, last);
  if (island !== undefined && out.length > 1) out = [island, ...out.slice(0, -1)];
  let n = 0;
  while (n < out.length - 1 && ownValue(COMPASS, out[n]!) !== undefined) n++;
  if (n > 0) {
    const directions = out
      .slice(0, n)
      .reverse()
      .flatMap((w) => ownValue(COMPASS, w)!);
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
  let words = tokens(text).map(expand);
  let level: GovernmentLevel | null = null;
  for (;;) {
    const suffix = SUFFIXES.find((s) => endsWith(words, s));
    if (suffix === undefined) break;
    level = suffix.level ?? level;
    words = words.slice(0, words.length - suffix.words.length);
  }
  let withPrefix = words;
  for (;;) {
    const prefix = PREFIXES.find((p) => startsWith(words, p));
    if (prefix === undefined) break;
    withPrefix = words;
    level = prefix.level ?? level;
    words = words.slice(prefix.words.length);
  }
  return { key: fromEnglish(words).join(''), keyWithPrefix: fromEnglish(withPrefix).join(''), level };
}

/**
 * A text that is only a kind, with no name: `Pemprov`, `(Pemkab)`, `Pemerintah Provinsi`, `tingkat provinsi`.
 * Returns the kind (null for `Pemda`), or undefined when the text names something.
 */
export function kindOnly(text: string): GovernmentLevel | null | undefined {
  let words = tokens(text).map(expand);
  if (words[0] === 'tingkat' || words[0] === 'level') words = words.slice(1);
  if (words.length === 0) return undefined;
  let level: GovernmentLevel | null = null;
  for (;;) {
    const affix = [...PREFIXES, ...SUFFIXES].find((p) => p.words.length === words.length && p.words.every((w, i) => words[i] === w));
    if (affix !== undefined) return affix.level ?? level;
    const prefix = PREFIXES.find((p) => startsWith(words, p));
    if (prefix === undefined) return undefined;
    level = prefix.level ?? level;
    words = words.slice(prefix.words.length);
  }
}

/** Reads a kind column: `Kabupaten`, `Kab`, `Kota`, `Provinsi`, `Pemprov`, `regency`, `city`, `province`. */
export function parseLevel(text: string): GovernmentLevel | null | 'invalid' {
  const words = tokens(text).map(expand);
  if (words.length === 0) return null;
  const w = words.join(' ');
  if (['kabupaten', 'pemkab', 'regency', 'kabupaten administrasi'].includes(w)) return 'kabupaten';
  if (['kota', 'pemkot', 'pemko', 'city', 'kotamadya', 'kota administrasi'].includes(w)) return 'kota';
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
  { pattern: /^(ombudsman|ori|posko ombudsman|kantor perwakilan)\b/, what: 'Ombudsman' },
  // `Instansi di provinsi`: every body at provincial level, not only the Pemprov.
  { pattern: /^(instansi|seluruh instansi)\b/, what: 'instansi, bukan satu pemerintah daerah' },
];

export function nonGovernmentKind(text: string): string | null {
  const s = tokens(text).join(' ');
  return NOT_GOVERNMENT.find((n) => n.pattern.test(s))?.what ?? null;
}
