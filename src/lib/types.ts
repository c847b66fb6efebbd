/**
 * The processed-data contract: what `npm run ingest` writes to `data/processed/`
 * and what the site (and any other tool) reads. Keep it stable; document changes
 * in data/README.md.
 */

export type Zone = 'merah' | 'kuning' | 'hijau';
export type Category = 'A' | 'B' | 'C' | 'D' | 'E';
export type RegionKind = 'kabupaten' | 'kota';
export type GovernmentLevel = RegionKind | 'provinsi';

/** How a year's results are expressed (see `Scheme.method` in zones.ts). */
export type SchemeMethod = 'zones' | 'categories' | 'opinion';
/** 2025–: the Opini Ombudsman level (Kualitas Tertinggi/Tinggi/Sedang/Rendah). Not a zone. */
export type OpinionLevel = 'tertinggi' | 'tinggi' | 'sedang' | 'rendah';
/** 2025–: the service-quality category printed beside the opinion (Sangat Baik = Tertinggi … Kurang = Rendah). */
export type QualityCategory = 'sangat-baik' | 'baik' | 'cukup' | 'kurang';

/**
 * A result as one printed text reads: the zone, letter or opinion it states (or
 * implies by its scheme's words), never derived from a score.
 */
export interface PrintedGrade {
  zone: Zone | null;
  category: Category | null;
  opinion: OpinionLevel | null;
  quality: QualityCategory | null;
  /** 2025–: the suffix `Tanpa Maladministrasi` was printed. */
  withoutMaladministration: boolean;
  /** The text speaks of the result (an award, a rank, "belum mencapai zona hijau") but states no grade. */
  statementOnly: boolean;
  /** Two parts of the one text disagree (`zona hijau kategori D`): what, in words; the zone word then wins. */
  conflict: string | null;
}

/** A kabupaten/kota from the Kemendagri registry (`regions.json`). */
export interface Region {
  /** Kemendagri code `PP.KK`, e.g. `18.09`. Never a BPS code. */
  code: string;
  /** Official name with prefix, e.g. `Kabupaten Pesawaran`. */
  name: string;
  /** Name without `Kabupaten`/`Kota`/`Administrasi`, e.g. `Pesawaran`. */
  shortName: string;
  kind: RegionKind;
  /** Kemendagri province code `PP`, e.g. `18`. */
  provinceCode: string;
  /** URL slug, e.g. `kabupaten-pesawaran`; the page is `/daerah/<code>-<slug>/`. */
  slug: string;
}

/** A province from the Kemendagri registry. */
export interface Province {
  code: string;
  name: string;
  slug: string;
}

/** `regions.json` */
export interface RegistryFile {
  source: { package: string; version: string; licence: string };
  provinces: Province[];
  regions: Region[];
}

/** Where an entry came from: a path relative to the raw folder and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** `scores.json`: one entry per government per year. */
export interface ScoreEntry {
  /** `18.09` for a kabupaten/kota, `18` for a provincial government. */
  code: string;
  level: GovernmentLevel;
  year: number;
  /** 0–100 with up to two decimals, or null for a grade-only row. */
  score: number | null;
  /** A–E under the 2022+ schemes; null under the three-zone scheme. */
  category: Category | null;
  zone: Zone;
  /** Id of the scheme the zone was derived under (see manifest.schemes). */
  scheme: string;
  /** Sub-scores as printed (e.g. dimension points), keyed by the header's name. */
  subScores?: Record<string, number>;
  note?: string;
  /** Where the row came from; `url` when the row cites an http(s) source, `label` for any other source text. */
  source: SourceRef & { url?: string; label?: string };
}

export type ComplaintDimension = 'substansi' | 'maladministrasi' | 'terlapor';

export interface ComplaintBreakdownItem {
  category: string;
  received: number;
  resolved: number | null;
  source: SourceRef;
}

/** `complaints.json`: one entry per government per year. */
export interface ComplaintEntry {
  code: string;
  level: GovernmentLevel;
  year: number;
  /** Total reports received, or null when the input gave only breakdowns. */
  received: number | null;
  /** Reports closed/resolved, or null when not given. */
  resolved: number | null;
  breakdowns: Partial<Record<ComplaintDimension, ComplaintBreakdownItem[]>>;
  /** The totals row, or the first row seen for this government and year. */
  source: SourceRef;
}

export interface ManifestFile {
  /** Path relative to the raw folder, e.g. `kepatuhan/lampung.csv`. */
  path: string;
  kind: 'kepatuhan' | 'pengaduan';
  rows: number;
  sha256: string;
  delimiter: string;
  /** Set when the file has no year column and the year came from its name. */
  yearFromFileName?: number;
  /** Columns present in the file that ingest does not read. */
  ignoredColumns: string[];
}

export interface SkippedRow extends SourceRef {
  value: string;
  reason: string;
}

export interface SchemeSummary {
  id: string;
  label: string;
  years: number[];
  cutoffsVerified: boolean;
}

/** `manifest.json` */
export interface Manifest {
  formatVersion: 1;
  demo: boolean;
  /** Free text from the demo marker (seed, generator), or null. */
  demoNote: string | null;
  files: ManifestFile[];
  schemes: SchemeSummary[];
  /** Scheme id per assessed year present in the data. */
  schemeByYear: Record<string, string>;
  skipped: SkippedRow[];
  counts: { scores: number; complaints: number; regions: number; provinces: number; years: number[] };
  registry: RegistryFile['source'];
}
