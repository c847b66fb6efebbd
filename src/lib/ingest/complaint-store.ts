import type { ComplaintBreakdownItem, ComplaintDimension, ComplaintEntry, GovernmentLevel, SourceRef } from '../types.ts';

/**
 * Complaint statistics held compactly while ingesting: a million breakdown rows
 * must not become a million objects. Category names are interned, numbers live in
 * plain arrays, and entries are materialised one at a time when written.
 */

export const DIMENSION_ORDER: readonly ComplaintDimension[] = ['substansi', 'maladministrasi', 'terlapor'];

interface DimensionColumns {
  categories: string[];
  received: number[];
  /** -1 for "not given". */
  resolved: number[];
  files: number[];
  lines: number[];
  /** Interned lower-case category → index, for duplicate detection. */
  seen: Map<string, number>;
}

interface EntryRecord {
  code: string;
  level: GovernmentLevel;
  year: number;
  received: number | null;
  resolved: number | null;
  source: SourceRef;
  /** Where the totals row was, or null when only breakdowns were given. */
  totalsAt: SourceRef | null;
  dimensions: (DimensionColumns | undefined)[];
}

export class ComplaintStore {
  private readonly entries: EntryRecord[] = [];
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly interned = new Map<string, string>();
  private breakdownRows = 0;

  private intern(text: string): string {
    const known = this.interned.get(text);
    if (known !== undefined) return known;
    this.interned.set(text, text);
    return text;
  }

  private fileId(file: string): number {
    let id = this.fileIndex.get(file);
    if (id === undefined) {
      id = this.files.length;
      this.files.push(file);
      this.fileIndex.set(file, id);
    }
    return id;
  }

  // Keyed by year, then code: no key string built per row.
  private readonly byYear = new Map<number, Map<string, EntryRecord>>();

  private entry(code: string, level: GovernmentLevel, year: number, file: string, line: number): EntryRecord {
    let codes = this.byYear.get(year);
    if (codes === undefined) {
      codes = new Map();
      this.byYear.set(year, codes);
    }
    let entry = codes.get(code);
    if (entry === undefined) {
      entry = { code, level, year, received: null, resolved: null, source: { file, line }, totalsAt: null, dimensions: [] };
      codes.set(code, entry);
      this.entries.push(entry);
    }
    return entry;
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

  /** Records a breakdown row; returns where the same category was already given, if anywhere. */
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
  ): SourceRef | null {
    const entry = this.entry(code, level, year, file, line);
    const d = DIMENSION_ORDER.indexOf(dimension);
    let columns = entry.dimensions[d];
    if (columns === undefined) {
      columns = { categories: [], received: [], resolved: [], files: [], lines: [], seen: new Map() };
      entry.dimensions[d] = columns;
    }
    const key = this.intern(category.toLowerCase());
    const before = columns.seen.get(key);
    if (before !== undefined) return { file: this.files[columns.files[before]!]!, line: columns.lines[before]! };
    columns.seen.set(key, columns.categories.length);
    columns.categories.push(this.intern(category));
    columns.received.push(received);
    columns.resolved.push(resolved ?? -1);
    columns.files.push(this.fileId(file));
    columns.lines.push(line);
    this.breakdownRows++;
    return null;
  }

  get size(): number {
    return this.entries.length;
  }

  get breakdownCount(): number {
    return this.breakdownRows;
  }

  codes(): string[] {
    return [...new Set(this.entries.map((e) => e.code))];
  }

  years(): number[] {
    return [...new Set(this.entries.map((e) => e.year))];
  }

  /** Entries sorted by year, then code, each built only when asked for. */
  *sorted(): Generator<ComplaintEntry> {
    const records = this.entries.sort((a, b) => a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const record of records) yield this.materialise(record);
  }

  /** Dimension totals per entry, for the cross-row checks, without materialising items. */
  *sums(): Generator<{ code: string; year: number; received: number | null; source: SourceRef; dimension: ComplaintDimension; sum: number; firstSource: SourceRef }> {
    for (const record of this.entries) {
      for (let d = 0; d < DIMENSION_ORDER.length; d++) {
        const columns = record.dimensions[d];
        if (columns === undefined) continue;
        let sum = 0;
        for (const n of columns.received) sum += n;
        yield {
          code: record.code,
          year: record.year,
          received: record.received,
          source: record.source,
          dimension: DIMENSION_ORDER[d]!,
          sum,
          firstSource: { file: this.files[columns.files[0]!]!, line: columns.lines[0]! },
        };
      }
    }
  }

  /** Entries with breakdowns but no totals row. */
  *withoutTotals(): Generator<{ code: string; year: number; source: SourceRef }> {
    for (const record of this.entries) if (record.totalsAt === null) yield { code: record.code, year: record.year, source: record.source };
  }

  private materialise(record: EntryRecord): ComplaintEntry {
    const breakdowns: ComplaintEntry['breakdowns'] = {};
    DIMENSION_ORDER.forEach((dimension, d) => {
      const columns = record.dimensions[d];
      if (columns === undefined) return;
      const items: ComplaintBreakdownItem[] = columns.categories.map((category, i) => ({
        category,
        received: columns.received[i]!,
        resolved: columns.resolved[i]! < 0 ? null : columns.resolved[i]!,
        source: { file: this.files[columns.files[i]!]!, line: columns.lines[i]! },
      }));
      breakdowns[dimension] = items;
    });
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
