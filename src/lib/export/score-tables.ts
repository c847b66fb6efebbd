import { hostOf } from '../links.ts';
import { sourceClass, sourcesDiffer } from '../precedence.ts';
import type { NationalCount, ScoreEntry, ScoreMention, ScoreReading, ScoreSource } from '../types.ts';
import { schemeFor, SCHEMES } from '../zones.ts';
import { MENTION_COLUMNS, NATIONAL_COUNT_COLUMNS, SCORE_COLUMNS, SCORE_READING_COLUMNS, SUB_SCORE_COLUMNS } from './dataset-columns.ts';
import { compareCodeYear, governmentCells, governmentLookup, type Registry } from './government-rows.ts';
import type { Row, Table } from './table.ts';

/**
 * The score tables of the data package: the value shown per government-year with its
 * source, every source's reading, mentions without a value, sub-scores, and ORI's
 * national counts. Each holds every year, with a `year` column.
 */

/** `kepatuhan/x.csv` → `data/raw/kepatuhan/x.csv`; a path already from the repository root stays. */
function repositoryPath(file: string): string {
  return file.startsWith('data/') ? file : `data/raw/${file}`;
}

function sourceCells(source: ScoreSource): Row {
  return {
    source_url: source.url ?? null,
    source_host: hostOf(source.url),
    source_label: source.label ?? null,
    source_file: repositoryPath(source.file),
    source_line: source.line,
  };
}

function methodOf(scheme: string, year: number): string | null {
  return SCHEMES.find((s) => s.id === scheme)?.method ?? schemeFor(year)?.method ?? null;
}

function readingCells(r: ScoreReading): Row {
  return {
    score: r.score,
    zone: r.zone,
    category: r.category,
    opinion: r.opinion?.level ?? null,
    quality: r.opinion?.quality ?? null,
    without_maladministration: r.opinion === undefined ? null : r.opinion.withoutMaladministration ? 'yes' : 'no',
    score_as_printed: r.printed?.score ?? null,
    grade_as_printed: r.printed?.grade ?? null,
    rank_as_printed: r.printed?.rank ?? null,
    score_band_zone: r.bandOfScore?.zone ?? null,
    score_band_category: r.bandOfScore?.category ?? null,
    conflict: r.conflict ?? null,
    note: r.note ?? null,
    ...sourceCells(r.source),
  };
}

/**
 * Published results of every government (kabupaten/kota and provincial), every year:
 * the value shown on the site, its source, the text as printed, and how many sources
 * there are and whether they differ (each one is in `score-readings`).
 */
export function scoresTable(data: { registry: Registry; scores: readonly ScoreEntry[] }): Table {
  const lookup = governmentLookup(data.registry);
  const rows = [...data.scores].sort(compareCodeYear).map((e) => ({
    ...governmentCells(lookup(e.code, e.level), e.code),
    year: e.year,
    scheme: e.scheme,
    method: methodOf(e.scheme, e.year),
    ...readingCells(e),
    sources: 1 + (e.alternatives?.length ?? 0),
    sources_differ: sourcesDiffer(e) ? 'yes' : 'no',
  }));
  return {
    name: 'scores',
    title: 'Published result of each government per year: the value shown on the site, with its source',
    columns: SCORE_COLUMNS,
    rows,
  };
}

/** Every source's reading of every government-year: the shown one, then the alternatives in precedence order. */
export function scoreReadingsTable(data: { registry: Registry; scores: readonly ScoreEntry[] }): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const e of [...data.scores].sort(compareCodeYear)) {
    const common = { ...governmentCells(lookup(e.code, e.level), e.code), year: e.year, scheme: e.scheme, method: methodOf(e.scheme, e.year) };
    rows.push({ ...common, role: 'shown', precedence: 1, differs: null, ...readingCells(e), source_class: sourceClass(e.source.url) });
    (e.alternatives ?? []).forEach((alt, i) => {
      rows.push({
        ...common,
        role: 'alternative',
        precedence: i + 2,
        differs: alt.differs ? 'yes' : 'no',
        ...readingCells(alt),
        source_class: sourceClass(alt.source.url),
      });
    });
  }
  return {
    name: 'score-readings',
    title: 'Every source’s reading of each government’s result per year (shown and alternative)',
    columns: SCORE_READING_COLUMNS,
    rows,
  };
}

/** Government-years a page names without printing a value (and no other source gives one). */
export function mentionsTable(data: { registry: Registry; mentions: readonly ScoreMention[] }): Table {
  const lookup = governmentLookup(data.registry);
  const rows = [...data.mentions].sort(compareCodeYear).map((m) => ({
    ...governmentCells(lookup(m.code, m.level), m.code),
    year: m.year,
    grade_as_printed: m.printed?.grade ?? null,
    rank_as_printed: m.printed?.rank ?? null,
    note: m.note ?? null,
    ...sourceCells(m.source),
  }));
  return {
    name: 'score-mentions',
    title: 'Governments a page names per year without a published value (no score, zone or opinion found)',
    columns: MENTION_COLUMNS,
    rows,
  };
}

const NATIONAL_LEVEL_ORDER: readonly NationalCount['level'][] = ['provinsi', 'kabupaten', 'kota', 'kabupaten-kota', 'semua'];

/** ORI's national counts of governments assessed, per year and level, as printed. */
export function nationalCountsTable(national: readonly NationalCount[]): Table {
  const rows = [...national]
    .sort((a, b) => a.year - b.year || NATIONAL_LEVEL_ORDER.indexOf(a.level) - NATIONAL_LEVEL_ORDER.indexOf(b.level) || a.source.line - b.source.line)
    .map((c) => ({
      year: c.year,
      level: c.level,
      assessed: c.assessed,
      hijau: c.zones.hijau,
      kuning: c.zones.kuning,
      merah: c.zones.merah,
      note: c.note ?? null,
      source_url: c.source.url,
      source_host: hostOf(c.source.url),
      source_file: repositoryPath(c.source.file),
      source_line: c.source.line,
    }));
  return {
    name: 'national-counts',
    title: 'Ombudsman RI’s own national counts of governments assessed per year and level, as printed',
    columns: NATIONAL_COUNT_COLUMNS,
    rows,
  };
}

/** Sub-scores (dimension points) in long format: one row per government, year and sub-score. */
export function subScoresTable(data: { registry: Registry; scores: readonly ScoreEntry[] }): Table {
  const lookup = governmentLookup(data.registry);
  const rows: Row[] = [];
  for (const e of [...data.scores].sort(compareCodeYear)) {
    for (const [name, value] of Object.entries(e.subScores ?? {})) {
      rows.push({ ...governmentCells(lookup(e.code, e.level), e.code), year: e.year, sub_score: name, value });
    }
  }
  return {
    name: 'score-subscores',
    title: 'Sub-scores as printed by the source, one row per government, year and sub-score',
    columns: SUB_SCORE_COLUMNS,
    rows,
  };
}
