import type { Dataset } from '../model/load.ts';
import { breakdownsTable, complaintFiguresTable, complaintsTable } from './complaint-tables.ts';
import { provincesTable, regionsTable } from './registry-tables.ts';
import { mentionsTable, nationalCountsTable, scoreReadingsTable, scoresTable, subScoresTable } from './score-tables.ts';
import type { Table } from './table.ts';

/**
 * The downloadable tables of the data page (`/data/`): every processed dataset as
 * one table with all its years (a `year` column), each later written as CSV and JSON.
 * Every row carries the government's name and province next to its code, so a
 * file is usable on its own. Column names are English snake_case; the column
 * descriptions (dataset-columns.ts) are the CSV contract printed in the package manifest.
 *
 * The figures are ORI's results as public pages printed them, each with its page:
 * - `scores`: one row per government-year with a published value: the value shown on
 *   the site (chosen by source precedence, src/lib/precedence.ts), its page,
 *   the text as printed, and whether other sources say something else;
 * - `score-readings`: every source's reading of every government-year, the shown one
 *   (`role` = shown) and each other (`role` = alternative, with `differs`);
 * - `score-mentions`: a page names a government-year without printing a value;
 * - `national-counts`: ORI's own national totals of governments assessed.
 *
 * Order: by code (`18` < `18.09` < `18.71` < `19`), then year; readings in precedence
 * order; breakdowns keep the dimension order substansi, maladministrasi, terlapor
 * and the ingested item order.
 *
 * The tables are built in registry-tables.ts, score-tables.ts and complaint-tables.ts.
 */

/**
 * Every table of the data package, in a stable order: registry (regions, provinces),
 * then scores, every source's reading, mentions, sub-scores, ORI's national counts,
 * complaint totals and breakdowns. One table per dataset with every year in it (its
 * `year` column), as tidy-data publishers do: no per-year copies. The sub-score,
 * mention and complaint tables only when there is such data (an empty download helps nobody).
 */
export function datasetTables(
  dataset: Pick<Dataset, 'registry' | 'scores' | 'complaints'> & Partial<Pick<Dataset, 'mentions' | 'national' | 'complaintFigures'>>,
): Table[] {
  const tables: Table[] = [regionsTable(dataset.registry), provincesTable(dataset.registry), scoresTable(dataset), scoreReadingsTable(dataset)];
  const mentions = dataset.mentions ?? [];
  if (mentions.length > 0) tables.push(mentionsTable({ registry: dataset.registry, mentions }));
  if (dataset.scores.some((e) => e.subScores && Object.keys(e.subScores).length > 0)) tables.push(subScoresTable(dataset));
  if ((dataset.national ?? []).length > 0) tables.push(nationalCountsTable(dataset.national!));
  const figures = dataset.complaintFigures ?? [];
  if (figures.length > 0) {
    tables.push(
      complaintFiguresTable(
        figures,
        'complaint-figures',
        'Complaint figures as Ombudsman RI published them (nation, office, provincial government, kabupaten/kota): one row per source, with the measure and its definition',
      ),
    );
  }
  if (dataset.complaints.length > 0) tables.push(complaintsTable(dataset), breakdownsTable(dataset));
  return tables;
}
