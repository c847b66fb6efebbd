/**
 * A region's own complaint entries (complaints.json: per-government figures from a user's own
 * extract; ORI publishes none) as the region page and its downloads show them: the rows of the
 * chart, and the breakdowns (substansi, maladministrasi, terlapor) of the latest year that has
 * them and of every year. Pure: the page formats, this module only picks and orders.
 */
import { COMPLAINT_DIMENSIONS, type ComplaintBreakdownItem, type ComplaintDimension, type ComplaintEntry } from '../types.ts';

/** A region's entries, oldest first. */
export function entriesByYear(entries: readonly ComplaintEntry[]): ComplaintEntry[] {
  return [...entries].sort((a, b) => a.year - b.year);
}

/**
 * The entries a complaints chart draws: oldest first, those with reports received or resolved.
 * One rule for the chart on the page and its download: no rows, no chart and no download.
 */
export function complaintChartRows(entries: readonly ComplaintEntry[]): ComplaintEntry[] {
  return entriesByYear(entries).filter((r) => r.received !== null || r.resolved !== null);
}

/** One dimension of the latest breakdown: its items, most reports first, and the largest count (the bars' 100 %). */
export interface BreakdownTable {
  dimension: ComplaintDimension;
  items: ComplaintBreakdownItem[];
  max: number;
}

/** One dimension across the years: the years that have it, oldest first, and every category named in any of them. */
export interface BreakdownHistory {
  dimension: ComplaintDimension;
  years: ComplaintEntry[];
  categories: string[];
}

export interface ComplaintBreakdowns {
  /** The latest entry with any breakdown, or null. */
  latest: ComplaintEntry | null;
  latestTables: BreakdownTable[];
  /** Dimensions with a breakdown in some year, in COMPLAINT_DIMENSIONS order. */
  history: BreakdownHistory[];
}

const hasBreakdown = (entry: ComplaintEntry, dimension: ComplaintDimension) => (entry.breakdowns[dimension]?.length ?? 0) > 0;

/** The breakdowns of a region's entries: the latest year's tables and every year's categories (names in Indonesian order). */
export function complaintBreakdowns(entries: readonly ComplaintEntry[]): ComplaintBreakdowns {
  const withBreakdowns = entriesByYear(entries).filter((r) => COMPLAINT_DIMENSIONS.some((d) => hasBreakdown(r, d)));
  const latest = withBreakdowns.at(-1) ?? null;
  const latestTables = latest
    ? COMPLAINT_DIMENSIONS.filter((d) => hasBreakdown(latest, d)).map((dimension) => {
        const items = [...latest.breakdowns[dimension]!].sort((a, b) => b.received - a.received || a.category.localeCompare(b.category, 'id'));
        const max = Math.max(1, ...items.map((i) => i.received));
        return { dimension, items, max };
      })
    : [];
  const history = COMPLAINT_DIMENSIONS.map((dimension) => {
    const years = withBreakdowns.filter((r) => hasBreakdown(r, dimension));
    const categories = [...new Set(years.flatMap((r) => r.breakdowns[dimension]!.map((i) => i.category)))].sort((a, b) => a.localeCompare(b, 'id'));
    return { dimension, years, categories };
  }).filter((d) => d.years.length > 0);
  return { latest, latestTables, history };
}

/** The item of `category` in an entry's breakdown by `dimension`, if the entry has one. */
export function breakdownItem(entry: ComplaintEntry, dimension: ComplaintDimension, category: string): ComplaintBreakdownItem | undefined {
  return entry.breakdowns[dimension]?.find((i) => i.category === category);
}
