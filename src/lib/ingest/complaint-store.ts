import { ascending } from 'd3-array';
import {
  COMPLAINT_DIMENSIONS,
  type ComplaintBreakdownItem,
  type ComplaintDimension,
  type ComplaintEntry,
  type GovernmentLevel,
  type SourceRef,
} from '../types.ts';

/**
 * Per-government complaint statistics while ingesting: one entry per government and
 * year with its totals row and its breakdown rows by dimension. A category given
 * again for the same government, year and dimension (in any case) is set aside as
 * a duplicate; the first one counts.
 */

interface EntryRecord {
  entry: ComplaintEntry;
  /** Where the totals row was, or null when only breakdowns were given. */
  totalsAt: SourceRef | null;
  /** Per dimension, where each lower-case category was first given. */
  categories: Map<string, SourceRef>;
}

/** A breakdown row that repeats a category already given for the same government, year and dimension. */
export interface DuplicateBreakdown {
  code: string;
  year: number;
  dimension: ComplaintDimension;
  /** The category as written on the repeating row. */
  category: string;
  source: SourceRef;
  /** Where the category was first given (that row is the one kept). */
  first: SourceRef;
}

export class ComplaintStore {
  /** By `year|code`, in arrival order. */
  private readonly records = new Map<string, EntryRecord>();
  /** Repeated categories, in arrival order. */
  readonly duplicates: DuplicateBreakdown[] = [];

  private record(code: string, level: GovernmentLevel, year: number, source: SourceRef): EntryRecord {
    const key = `${year}|${code}`;
    if (!this.records.has(key)) {
      this.records.set(key, { entry: { code, level, year, received: null, resolved: null, breakdowns: {}, source }, totalsAt: null, categories: new Map() });
    }
    return this.records.get(key)!;
  }

  /** Records a totals row; returns where an earlier totals row for the same government and year was, if any. */
  addTotals(code: string, level: GovernmentLevel, year: number, received: number, resolved: number | null, source: SourceRef): SourceRef | null {
    const record = this.record(code, level, year, source);
    if (record.totalsAt !== null) return record.totalsAt;
    record.totalsAt = source;
    Object.assign(record.entry, { received, resolved, source });
    return null;
  }

  /** Records a breakdown row (or, when its category is already there, a duplicate). */
  addBreakdown(code: string, level: GovernmentLevel, year: number, dimension: ComplaintDimension, item: ComplaintBreakdownItem): void {
    const record = this.record(code, level, year, item.source);
    const key = `${dimension}|${item.category.toLowerCase()}`;
    const first = record.categories.get(key);
    if (first !== undefined) {
      this.duplicates.push({ code, year, dimension, category: item.category, source: item.source, first });
      return;
    }
    record.categories.set(key, item.source);
    (record.entry.breakdowns[dimension] ??= []).push(item);
  }

  get size(): number {
    return this.records.size;
  }

  /** Entries in arrival order. */
  private get entries(): ComplaintEntry[] {
    return [...this.records.values()].map((r) => r.entry);
  }

  codes = (): string[] => [...new Set(this.entries.map((e) => e.code))];
  years = (): number[] => [...new Set(this.entries.map((e) => e.year))];

  /** Entries sorted by year, then code, each with its breakdowns in dimension order. */
  sorted(): ComplaintEntry[] {
    return this.entries
      .sort((a, b) => a.year - b.year || ascending(a.code, b.code))
      .map((e) => ({ ...e, breakdowns: Object.fromEntries(COMPLAINT_DIMENSIONS.filter((d) => e.breakdowns[d]).map((d) => [d, e.breakdowns[d]])) }));
  }

  /** Per entry (arrival order) and dimension: the sum of its breakdowns and where the first one is. */
  *sums(): Generator<{ code: string; year: number; received: number | null; dimension: ComplaintDimension; sum: number; firstSource: SourceRef }> {
    for (const { code, year, received, breakdowns } of this.entries) {
      for (const dimension of COMPLAINT_DIMENSIONS) {
        const items = breakdowns[dimension];
        if (items === undefined) continue;
        yield { code, year, received, dimension, sum: items.reduce((s, i) => s + i.received, 0), firstSource: items[0]!.source };
      }
    }
  }

  /** Entries with breakdowns but no totals row. */
  *withoutTotals(): Generator<{ code: string; year: number; source: SourceRef }> {
    for (const { entry, totalsAt } of this.records.values()) if (totalsAt === null) yield { code: entry.code, year: entry.year, source: entry.source };
  }
}
