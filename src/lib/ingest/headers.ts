/**
 * Header aliases: real exports name their columns many ways, in Indonesian or English. The
 * accepted headers per field are data: data/reference/headers.json (`common` to both folders,
 * then per folder). A header is matched after `normalizeHeader` (lower case, no punctuation,
 * single spaces).
 */
import { z } from 'zod';
import headersJson from '../../../data/reference/headers.json';
import { byPhrase, phrases, vocabulary } from '../printed/vocabulary.ts';

export type InputKind = 'kepatuhan' | 'pengaduan';

/** The fields of per-government rows, one column each (`grade2`: a second grade column). */
export const ROW_FIELDS = [
  'region',
  'province',
  'kind',
  'year',
  'score',
  'zone',
  'grade',
  'grade2',
  'rank',
  'note',
  'url',
  'received',
  'resolved',
  'dimension',
  'category',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];
/** A row field, or one of any number of sub-score columns (kept under their headers' names). */
export type Field = RowField | 'subScore';

/** The fields of a file of published complaint figures (complaint-figures.ts). */
export const PUBLISHED_FIELDS = ['year', 'area', 'areaName', 'province', 'measure', 'dimension', 'category', 'count', 'url', 'note'] as const;
export type PublishedField = (typeof PUBLISHED_FIELDS)[number];

const table = <const F extends readonly [string, ...string[]]>(fields: F) => z.partialRecord(z.enum(fields), phrases);
const ALIASES = vocabulary(
  'headers.json',
  z.strictObject({
    common: table(ROW_FIELDS),
    kepatuhan: table([...ROW_FIELDS, 'subScore'] as const),
    pengaduan: table(ROW_FIELDS),
    published: table(PUBLISHED_FIELDS),
  }),
  headersJson,
);
const BY_KIND: Record<InputKind, Map<string, Field>> = {
  kepatuhan: byPhrase<Field>(ALIASES.common, ALIASES.kepatuhan),
  pengaduan: byPhrase<Field>(ALIASES.common, ALIASES.pengaduan),
};
export const PUBLISHED_HEADERS = byPhrase(ALIASES.published);

/** Fields that may have a second column: a table with a letter column and an opinion column (`Kategori`, `Opini`). */
const SECOND: Partial<Record<Field, RowField>> = { grade: 'grade2' };

/** Lower case, punctuation to spaces, single spaces, trimmed. `Kabupaten/Kota` → `kabupaten kota`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface HeaderMapping {
  /** Column index for each field found (sub-scores are listed separately). */
  fields: Partial<Record<RowField, number>>;
  /** Column index → the header as written, for sub-score columns. */
  subScores: { index: number; name: string }[];
  /** Columns not recognised (a row number `No`, anything else): not used. */
  ignored: { index: number; name: string }[];
  /** Two columns mapping to the same field: [field, first header, second header]. */
  duplicates: { field: Field; first: string; second: string; index: number }[];
  /** Columns with an empty header. */
  blank: number[];
}

export function mapHeaders(headers: readonly string[], kind: InputKind): HeaderMapping {
  const mapping: HeaderMapping = { fields: {}, subScores: [], ignored: [], duplicates: [], blank: [] };
  headers.forEach((raw, index) => {
    const key = normalizeHeader(raw);
    const field = BY_KIND[kind].get(key);
    const existing = field === undefined || field === 'subScore' ? undefined : mapping.fields[field];
    const second = field === undefined ? undefined : SECOND[field];
    if (key === '') mapping.blank.push(index);
    else if (field === undefined) mapping.ignored.push({ index, name: raw.trim() });
    else if (field === 'subScore') mapping.subScores.push({ index, name: raw.trim() });
    else if (existing === undefined) mapping.fields[field] = index;
    else if (second !== undefined && mapping.fields[second] === undefined) mapping.fields[second] = index;
    else mapping.duplicates.push({ field, first: headers[existing]!.trim(), second: raw.trim(), index });
  });
  return mapping;
}

/** Every accepted header per field, for documentation and error hints. */
export function headerAliases(kind: InputKind): Record<string, string[]> {
  return { ...ALIASES.common, ...ALIASES[kind] };
}
