/**
 * Header aliases: real exports name their columns many ways, in Indonesian or
 * English. A header is matched after `normalizeHeader` (lower case, no
 * punctuation, single spaces). Documented in data/README.md — keep both in step.
 */
import { ownValue } from '../own.ts';

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

/** Columns that are expected in exports but carry nothing ingest needs. */
const IGNORED = ['no', 'nomor', 'no urut', 'nomor urut', 'number'];

const COMMON: Record<string, Field> = {
  // region
  daerah: 'region',
  'nama daerah': 'region',
  'kabupaten kota': 'region',
  'kabupaten / kota': 'region',
  'kab kota': 'region',
  kabkota: 'region',
  pemda: 'region',
  'nama pemda': 'region',
  'pemerintah daerah': 'region',
  instansi: 'region',
  'nama instansi': 'region',
  wilayah: 'region',
  'kode wilayah': 'region',
  kode: 'region',
  'kode kemendagri': 'region',
  region: 'region',
  'region name': 'region',
  government: 'region',
  'local government': 'region',
  code: 'region',
  'name as printed': 'region',
  'nama sesuai sumber': 'region',
  // province
  provinsi: 'province',
  prov: 'province',
  province: 'province',
  // kind
  jenis: 'kind',
  'jenis daerah': 'kind',
  tingkat: 'kind',
  level: 'kind',
  kind: 'kind',
  type: 'kind',
  // year
  tahun: 'year',
  'tahun penilaian': 'year',
  year: 'year',
  periode: 'year',
  // free text
  catatan: 'note',
  keterangan: 'note',
  ket: 'note',
  note: 'note',
  notes: 'note',
  remarks: 'note',
  sumber: 'url',
  'sumber berita': 'url',
  tautan: 'url',
  url: 'url',
  link: 'url',
  source: 'url',
  'source url': 'url',
};

const BY_KIND: Record<InputKind, Record<string, Field>> = {
  kepatuhan: {
    nilai: 'score',
    skor: 'score',
    'nilai kepatuhan': 'score',
    'nilai akhir': 'score',
    'skor akhir': 'score',
    'total nilai': 'score',
    score: 'score',
    'compliance score': 'score',
    value: 'score',
    'score as printed': 'score',
    zona: 'zone',
    'zona kepatuhan': 'zone',
    warna: 'zone',
    zone: 'zone',
    colour: 'zone',
    color: 'zone',
    kategori: 'grade',
    opini: 'grade',
    predikat: 'grade',
    'opini ombudsman': 'grade',
    kualitas: 'grade',
    'predikat kepatuhan': 'grade',
    hasil: 'grade',
    grade: 'grade',
    category: 'grade',
    opinion: 'grade',
    'zone or grade as printed': 'grade',
    'zona atau kategori': 'grade',
    // a rank as printed (`19`, `posisi ke 82 dari 199 Kabupaten`): kept as text beside its source
    peringkat: 'rank',
    rank: 'rank',
    ranking: 'rank',
    'rank as printed': 'rank',
    // sub-scores (dimension points since 2022): kept under their header's name
    input: 'subScore',
    proses: 'subScore',
    output: 'subScore',
    pengaduan: 'subScore',
    'dimensi input': 'subScore',
    'dimensi proses': 'subScore',
    'dimensi output': 'subScore',
    'dimensi pengaduan': 'subScore',
    'pengelolaan pengaduan': 'subScore',
    process: 'subScore',
    complaints: 'subScore',
    'complaint handling': 'subScore',
  },
  pengaduan: {
    'jumlah laporan': 'received',
    laporan: 'received',
    'laporan diterima': 'received',
    diterima: 'received',
    'laporan masuk': 'received',
    masuk: 'received',
    jumlah: 'received',
    'jumlah pengaduan': 'received',
    pengaduan: 'received',
    received: 'received',
    reports: 'received',
    'reports received': 'received',
    count: 'received',
    total: 'received',
    selesai: 'resolved',
    'laporan selesai': 'resolved',
    ditutup: 'resolved',
    'laporan ditutup': 'resolved',
    tuntas: 'resolved',
    diselesaikan: 'resolved',
    resolved: 'resolved',
    closed: 'resolved',
    'reports resolved': 'resolved',
    'reports closed': 'resolved',
    dimensi: 'dimension',
    rincian: 'dimension',
    'jenis rincian': 'dimension',
    breakdown: 'dimension',
    dimension: 'dimension',
    kategori: 'category',
    klasifikasi: 'category',
    'nama kategori': 'category',
    uraian: 'category',
    category: 'category',
    item: 'category',
  },
};

/** Fields that may have a second column: a table with a letter column and an opinion column (`Kategori`, `Opini`). */
const SECOND: Partial<Record<Field, Field>> = { grade: 'grade2' };

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
  /** Columns recognised as row numbers or ranks, or not recognised at all. */
  ignored: { index: number; name: string }[];
  /** Two columns mapping to the same field: [field, first header, second header]. */
  duplicates: { field: Field; first: string; second: string; index: number }[];
  /** Columns with an empty header. */
  blank: number[];
}

export function mapHeaders(headers: readonly string[], kind: InputKind): HeaderMapping {
  const table = { ...COMMON, ...BY_KIND[kind] };
  const mapping: HeaderMapping = { fields: {}, subScores: [], ignored: [], duplicates: [], blank: [] };
  headers.forEach((raw, index) => {
    const key = normalizeHeader(raw);
    if (key === '') {
      mapping.blank.push(index);
      return;
    }
    const field = ownValue(table, key);
    if (field === undefined || IGNORED.includes(key)) {
      mapping.ignored.push({ index, name: raw.trim() });
      return;
    }
    if (field === 'subScore') {
      mapping.subScores.push({ index, name: raw.trim() });
      return;
    }
    const existing = mapping.fields[field];
    const second = ownValue(SECOND, field);
    if (existing !== undefined && second !== undefined && mapping.fields[second as RowField] === undefined) {
      mapping.fields[second as RowField] = index;
      return;
    }
    if (existing !== undefined) {
      mapping.duplicates.push({ field, first: headers[existing]!.trim(), second: raw.trim(), index });
      return;
    }
    mapping.fields[field] = index;
  });
  return mapping;
}

/** Every accepted header per field, for documentation and error hints. */
export function headerAliases(kind: InputKind): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [alias, field] of Object.entries({ ...COMMON, ...BY_KIND[kind] })) {
    (out[field] ??= []).push(alias);
  }
  return out;
}
