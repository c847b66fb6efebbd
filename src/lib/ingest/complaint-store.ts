import type { ComplaintBreakdownItem, ComplaintDimension, ComplaintEntry, GovernmentLevel, SourceRef } from '../types.ts';
import { BreakdownRows } from './breakdown-rows.ts';
import { CategoryNames } from './category-names.ts';

/**
 * Complaint statistics held compactly while ingesting: a million breakdown rows
 * must not become a million objects. Breakdown rows are numbers in typed-array
 * blocks (breakdown-rows.ts; category names as numbers, category-names.ts); a
 * category given twice for the same government, year and dimension is found once
 * all rows are in, going through each entry's rows in order (no index kept per
 * row); entries are materialised one at a time when written.
 */

export const DIMENSION_ORDER: readonly ComplaintDimension[] = ['substansi', 'maladministrasi', 'terlapor'];

interface EntryRecord {
  /** Position in arrival order; its breakdown rows belong to groups `3 * id + dimension`. */
  id: number;
  code: string;
  level: GovernmentLevel;
  year: number;
  received: number | null;
  resolved: number | null;
  source: SourceRef;
  /** Where the totals row was, or null when only breakdowns were given. */
  totalsAt: SourceRef | null;
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

/** Breakdown rows grouped by entry and dimension, in arrival order within a group, repeated categories left out. */
interface Grouped {
  /** Group g's rows are rows[start[g]] … rows[start[g + 1] - 1]. */
  start: Int32Array;
  rows: Int32Array;
  duplicates: DuplicateBreakdown[];
}

export class ComplaintStore {
  private readonly entries: EntryRecord[] = [];
  // Keyed by year, then code: no key string built per row.
  private readonly byYear = new Map<number, Map<string, EntryRecord>>();
  /** The entry of the previous row: exports list a government's rows together. */
  private last: EntryRecord | null = null;
  private readonly rows = new BreakdownRows();
  private readonly categories = new CategoryNames();
  private grouped: Grouped | null = null;

  private entry(code: string, level: GovernmentLevel, year: number, file: string, line: number): EntryRecord {
    const last = this.last;
    if (last !== null && last.code === code && last.year === year) return last;
    let codes = this.byYear.get(year);
    if (codes === undefined) {
      codes = new Map();
      this.byYear.set(year, codes);
    }
    let entry = codes.get(code);
    if (entry === undefined) {
      entry = { id: this.entries.length, code, level, year, received: null, resolved: null, source: { file, line }, totalsAt: null };
      codes.set(code, entry);
      this.entries.push(entry);
      this.grouped = null;
    }
    this.last = entry;
    return entry;
  }

  private sourceOf(row: number): SourceRef {
    return { file: this.rows.file(row), line: this.rows.line(row) };
  }

  /** Records a totals row; returns where an earlier totals row for the same government and year was, if any. */
  addTotals(code: string, level: GovernmentLevel, year: number, received: number, resolved: number | null, source: SourceRef): SourceRef | null {
    const entry = this.entry(code, level, year, source.file, source.line);
    if (entry.totalsAt !== null) return entry.totalsAt;
    entry.totalsAt = source;
    entry.source = source;
    entry.received = received;
    entry.resolved = resolved;
    return null;
  }

  /** Records a breakdown row. A category given twice is reported by `duplicates()`; the first one counts. */
  addBreakdown(
    code: string,
    level: GovernmentLevel,
    year: number,
    dimension: ComplaintDimension,
    category: string,
    received: number,
    resolved: number | null,
    file: string,
    line: number,
  ): void {
    const entry = this.entry(code, level, year, file, line);
    this.rows.push(3 * entry.id + DIMENSION_ORDER.indexOf(dimension), this.categories.id(category), received, resolved, file, line);
    this.grouped = null;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Breakdown rows kept (repeated categories not counted). */
  get breakdownCount(): number {
    return this.groupRows().rows.length;
  }

  codes(): string[] {
    return [...new Set(this.entries.map((e) => e.code))];
  }

  years(): number[] {
    return [...new Set(this.entries.map((e) => e.year))];
  }

  /** Breakdown rows repeating a category of the same government, year and dimension (case-insensitive), in arrival order. */
  duplicates(): readonly DuplicateBreakdown[] {
    return this.groupRows().duplicates;
  }

  /** Entries sorted by year, then code, each built only when asked for. */
  *sorted(): Generator<ComplaintEntry> {
    const grouped = this.groupRows();
    const records = [...this.entries].sort((a, b) => a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const record of records) yield this.materialise(record, grouped);
  }

  /** Dimension totals per entry (entries in arrival order), for the cross-row checks, without materialising items. */
  *sums(): Generator<{ code: string; year: number; received: number | null; source: SourceRef; dimension: ComplaintDimension; sum: number; firstSource: SourceRef }> {
    const { start, rows } = this.groupRows();
    for (const record of this.entries) {
      for (let d = 0; d < DIMENSION_ORDER.length; d++) {
        const group = 3 * record.id + d;
        const from = start[group]!;
        const to = start[group + 1]!;
        if (from === to) continue;
        let sum = 0;
        for (let i = from; i < to; i++) sum += this.rows.received(rows[i]!);
        yield {
          code: record.code,
          year: record.year,
          received: record.received,
          source: record.source,
          dimension: DIMENSION_ORDER[d]!,
          sum,
          firstSource: this.sourceOf(rows[from]!),
        };
      }
    }
  }

  /** Entries with breakdowns but no totals row. */
  *withoutTotals(): Generator<{ code: string; year: number; source: SourceRef }> {
    for (const record of this.entries) if (record.totalsAt === null) yield { code: record.code, year: record.year, source: record.source };
  }

  /**
   * Orders the breakdown rows by group (a counting sort, arrival order kept within
   * a group) and sets aside rows whose category the group already has.
   */
  private groupRows(): Grouped {
    if (this.grouped !== null) return this.grouped;
    const groups = 3 * this.entries.length;
    const count = this.rows.length;
    const start = new Int32Array(groups + 1);
    for (let row = 0; row < count; row++) start[this.rows.group(row) + 1]!++;
    for (let g = 1; g <= groups; g++) start[g]! += start[g - 1]!;
    const next = start.slice(0, groups);
    const ordered = new Int32Array(count);
    for (let row = 0; row < count; row++) ordered[next[this.rows.group(row)]!++] = row;

    // A category's first row in the current group, found through a stamp per lower-case category.
    const seenIn = new Int32Array(this.categories.lowerCount).fill(-1);
    const firstRow = new Int32Array(this.categories.lowerCount);
    const duplicates: { row: number; first: number }[] = [];
    let kept = 0;
    for (let g = 0; g < groups; g++) {
      const from = start[g]!;
      start[g] = kept;
      for (let i = from; i < next[g]!; i++) {
        const row = ordered[i]!;
        const lower = this.categories.lowerId(this.rows.category(row));
        if (seenIn[lower] === g) {
          duplicates.push({ row, first: firstRow[lower]! });
          continue;
        }
        seenIn[lower] = g;
        firstRow[lower] = row;
        ordered[kept++] = row;
      }
    }
    start[groups] = kept;
    duplicates.sort((a, b) => a.row - b.row);
    this.grouped = {
      start,
      rows: ordered.subarray(0, kept),
      duplicates: duplicates.map(({ row, first }) => {
        const group = this.rows.group(row);
        const entry = this.entries[Math.floor(group / 3)]!;
        return {
          code: entry.code,
          year: entry.year,
          dimension: DIMENSION_ORDER[group % 3]!,
          category: this.categories.name(this.rows.category(row)),
          source: this.sourceOf(row),
          first: this.sourceOf(first),
        };
      }),
    };
    return this.grouped;
  }

  private materialise(record: EntryRecord, { start, rows }: Grouped): ComplaintEntry {
    const breakdowns: ComplaintEntry['breakdowns'] = {};
    for (let d = 0; d < DIMENSION_ORDER.length; d++) {
      const group = 3 * record.id + d;
      const from = start[group]!;
      const to = start[group + 1]!;
      if (from === to) continue;
      const items: ComplaintBreakdownItem[] = [];
      for (let i = from; i < to; i++) {
        const row = rows[i]!;
        items.push({
          category: this.categories.name(this.rows.category(row)),
          received: this.rows.received(row),
          resolved: this.rows.resolved(row),
          source: this.sourceOf(row),
        });
      }
      breakdowns[DIMENSION_ORDER[d]!] = items;
    }
    return {
      code: record.code,
      level: record.level,
      year: record.year,
      received: record.received,
      resolved: record.resolved,
      breakdowns,
      source: record.source,
    };
  }
}
