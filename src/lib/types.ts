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

/** A result's source: the raw row, and the page it cites (`url`) or other source text (`label`). */
export type ScoreSource = SourceRef & { url?: string; label?: string };

/** What one source printed, as printed (for display beside the values read from it). */
export interface PrintedText {
  score?: string;
  grade?: string;
  rank?: string;
}

/** One source's reading of a government-year: the values read from one raw row. */
export interface ScoreReading {
  /** 0–100 with up to two decimals; null when the source printed no exact score. */
  score: number | null;
  /** The zone as published (≤ 2024); null under the 2025– method or when none was printed or implied. */
  zone: Zone | null;
  /** A–E (2022–2024) as published or, with a score and no letter, from the year's cut-offs; else null. */
  category: Category | null;
  /** 2025–: the Opini Ombudsman as printed. */
  opinion?: { level: OpinionLevel; quality: QualityCategory | null; withoutMaladministration: boolean };
  printed?: PrintedText;
  /** Where the printed zone/letter disagrees with the score's band under the year's cut-offs, that band. */
  bandOfScore?: { zone: Zone; category: Category | null };
  /** The printed text contradicts itself (`zona hijau kategori D`), in words. */
  conflict?: string;
  note?: string;
  source: ScoreSource;
}

/**
 * `scores.json`: one entry per government per year that has a published value (a
 * score, a zone/letter or an opinion). The entry's own fields are the value shown
 * (chosen by source precedence: see `src/lib/precedence.ts`); `alternatives`
 * holds every other source's reading of the same government-year.
 */
export interface ScoreEntry extends ScoreReading {
  /** `18.09` for a kabupaten/kota, `18` for a provincial government. */
  code: string;
  level: GovernmentLevel;
  year: number;
  /** Id of the scheme of that year (see manifest.schemes). */
  scheme: string;
  /** Sub-scores as printed (e.g. dimension points), keyed by the header's name. */
  subScores?: Record<string, number>;
  /** Other sources for the same government-year, in precedence order. */
  alternatives?: (ScoreReading & { differs: boolean })[];
}

/**
 * `mentions.json`: a source names a government-year but prints no value (assessed,
 * an award, "belum mencapai zona hijau"), and no other source gives one.
 */
export interface ScoreMention {
  code: string;
  level: GovernmentLevel;
  year: number;
  printed?: PrintedText;
  note?: string;
  source: ScoreSource;
}

/** The breakdowns of per-government complaint data, in the order they are shown, exported and generated. */
export const COMPLAINT_DIMENSIONS = ['substansi', 'maladministrasi', 'terlapor'] as const;
export type ComplaintDimension = (typeof COMPLAINT_DIMENSIONS)[number];

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

/** `national.json`: ORI's own count of governments assessed in a year at one level, as printed. */
export interface NationalCount {
  year: number;
  /** `kabupaten-kota`: both together; `semua`: every body assessed, ministries included. */
  level: 'provinsi' | 'kabupaten' | 'kota' | 'kabupaten-kota' | 'semua';
  assessed: number;
  /** Per zone where printed; null where the page did not print it. */
  zones: { hijau: number | null; kuning: number | null; merah: number | null };
  note?: string;
  source: SourceRef & { url: string };
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
  method: SchemeMethod;
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
  counts: {
    scores: number;
    complaints: number;
    regions: number;
    provinces: number;
    years: number[];
    mentions?: number;
    sourcesDiffer?: number;
    complaintFigures?: number;
  };
  registry: RegistryFile['source'];
}

/** Where a published complaint figure applies, as ORI publishes them. */
export type ComplaintArea = 'nasional' | 'prov-office' | 'prov-gov' | 'kab' | 'kota';

/** One reading of a published complaint figure (one source). */
export interface ComplaintReading {
  /** The number as read: a count, or a percentage when `percent` (never turned into a count). */
  count: number;
  percent: boolean;
  /** Printed as "sekitar …". */
  approximate: boolean;
  /** Printed as "… lebih" / "di atas …": more than `count`. */
  bound?: 'more-than';
  /** Printed as a range (`10-15 persen`): its upper end (`count` is the lower). */
  upTo?: number;
  /** The figure exactly as printed. */
  printed: string;
  note?: string;
  source: SourceRef & { url?: string; label?: string };
}

/**
 * `complaint-figures.json`: a complaint figure at the level ORI published it — the
 * nation, one Ombudsman office (`prov-office`: a province; Jakarta Raya also covers
 * Bogor, Depok and Bekasi), a provincial government or a kabupaten/kota — with the
 * measure it counts (src/lib/complaints/measures.ts) and, for a breakdown, its
 * dimension and value. Restated figures travel as `alternatives`.
 */
export interface ComplaintFigure extends ComplaintReading {
  /** The year, or the first year of a period (`2021-2025`). */
  year: number;
  /** The last year of a period; absent for one year. */
  yearTo?: number;
  area: ComplaintArea;
  /** The area as printed (`Ombudsman RI Perwakilan Sulawesi Tenggara (Sultra)`, `Pemkab Muba`). */
  areaPrinted: string;
  /** Province code of the office or government; null for the nation. */
  provinceCode: string | null;
  /** Kemendagri codes of the governments the figure is about (kab/kota, or the province for `prov-gov`); [] for offices and the nation. */
  codes: string[];
  measure: string;
  /** Breakdown dimension (`substansi`, `maladministrasi`, `instansi`, `wilayah`, …), or null for a total. */
  dimension: string | null;
  /** The breakdown category as printed, or null for a total. */
  category: string | null;
  alternatives?: (ComplaintReading & { differs: boolean })[];
}
