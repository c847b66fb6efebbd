import { z } from 'zod';
import { parseCount, parseDecimal, parseScore, parseYear, type Parsed } from './numbers.ts';

/**
 * Row schemas (zod): raw cell text in, typed values out. Each field's issues carry
 * the field name as their path, so the reporter can name the column as written.
 */

function fromParser<T>(parse: (s: string) => Parsed<T>) {
  return z.string().transform((text, ctx) => {
    const parsed = parse(text);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: parsed.error, input: text });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** An optional cell: empty (or missing) → null. */
function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .optional()
    .transform((s, ctx): z.output<T> | null => {
      if (s === undefined || s.trim() === '') return null;
      const result = schema.safeParse(s);
      if (result.success) return result.data;
      for (const issue of result.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, input: s });
      return z.NEVER;
    });
}

const text = z.string().transform((s) => s.trim());
const optionalText = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === '' ? null : s.trim()));

export const yearField = fromParser(parseYear);

const exactScore = z
  .number()
  .min(0, 'must be between 0 and 100')
  .max(100, 'must be between 0 and 100')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'has more than two decimals');

/** A score as printed (`78,45`, `78,45 persen`, `di atas 80`): its exact value checked when there is one. */
export const scoreField = fromParser(parseScore).pipe(
  z.object({ value: exactScore.nullable(), bound: z.enum(['above']).nullable() }),
);

export const countField = fromParser(parseCount).pipe(z.number().int().min(0, 'must not be negative'));

const scoreFields = {
  region: text.pipe(z.string().min(1, 'is empty')),
  province: optionalText,
  kind: optionalText,
  year: optional(yearField),
  score: optional(scoreField),
  zone: optionalText,
  grade: optionalText,
  grade2: optionalText,
  rank: optionalText,
  note: optionalText,
  url: optionalText,
};

const complaintFields = {
  region: text.pipe(z.string().min(1, 'is empty')),
  province: optionalText,
  kind: optionalText,
  year: optional(yearField),
  received: optional(countField),
  resolved: optional(countField),
  dimension: optionalText,
  category: optionalText,
  note: optionalText,
  url: optionalText,
};

export const scoreRowSchema = z.object(scoreFields);
export const complaintRowSchema = z.object(complaintFields);

export const subScoreField = optional(fromParser(parseDecimal).pipe(z.number().min(0, 'must not be negative').max(100, 'must be at most 100')));

export type ScoreRow = z.output<typeof scoreRowSchema>;
export type ComplaintRow = z.output<typeof complaintRowSchema>;

export type FieldIssue = { field: string; message: string };

const blankScoreRow = (): ScoreRow => ({
  region: '', province: null, kind: null, year: null, score: null, zone: null, grade: null, grade2: null, rank: null, note: null, url: null,
});
const blankComplaintRow = (): ComplaintRow => ({
  region: '', province: null, kind: null, year: null, received: null, resolved: null, dimension: null, category: null, note: null, url: null,
});
type CachedResult = { ok: true; value: unknown } | { ok: false; messages: string[] };

function parseCell(schema: z.ZodType, cell: string | undefined): CachedResult {
  const parsed = schema.safeParse(cell);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, messages: parsed.error.issues.map((i) => i.message) };
}

/** Fields whose cells repeat across rows (names, years, counts), worth remembering per distinct text. */
const CACHED = new Set(['region', 'province', 'kind', 'year', 'score', 'zone', 'grade', 'received', 'resolved', 'dimension']);
/** Distinct texts remembered per field; past this, cells are validated each time. */
const CACHE_LIMIT = 20_000;

/**
 * Fields read by `plainNumber` first, with the digit counts for which their schema
 * gives a plain digit string its own value (a year has four; a count up to 15 digits, `0042` → 42).
 */
const PLAIN_DIGITS: Record<string, { min: number; max: number }> = { year: { min: 4, max: 4 }, received: { min: 1, max: 15 }, resolved: { min: 1, max: 15 } };

/**
 * The value of a cell of `min` to `max` ASCII digits, or -1 for anything else (left
 * to the schema): the commonest years and counts, read without zod or a cache lookup.
 */
function plainNumber(cell: string, { min, max }: { min: number; max: number }): number {
  const length = cell.length;
  if (length < min || length > max) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = cell.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Free-text fields (optional, trimmed) whose cells are taken as they are when they need no trimming. */
const PLAIN_TEXT = new Set(['category', 'note', 'url', 'rank']);

/** Whether the schema's trim would leave the cell as it is: it starts and ends with visible ASCII. */
function needsNoTrim(cell: string): boolean {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f;
}

/** Distinct texts compared one by one before a column's cache becomes a Map. */
const FEW = 4;

/**
 * Results per distinct cell text, found as cheaply as possible: hashing a new string
 * for a Map lookup costs more than comparing it with a few others. So a cell is
 * first compared with the previous row's (exports list a government's rows
 * together); a column with only a few distinct texts (a dimension's three names, a
 * file's years) keeps them in a short list; past that, they go into a Map.
 */
class CellCache {
  private lastCell: string | null = null;
  private lastResult: CachedResult | null = null;
  /** The distinct texts while there are at most FEW; null once they moved to `map`. */
  private few: string[] | null = [];
  private readonly fewResults: CachedResult[] = [];
  private readonly map = new Map<string, CachedResult>();

  /** @param limit distinct texts remembered (0: only the previous row's). */
  constructor(private readonly limit: number) {}

  get(cell: string): CachedResult | undefined {
    if (cell === this.lastCell) return this.lastResult!;
    let result: CachedResult | undefined;
    const few = this.few;
    if (few === null) result = this.map.size === 0 ? undefined : this.map.get(cell);
    else for (let i = 0; i < few.length && result === undefined; i++) if (few[i] === cell) result = this.fewResults[i];
    if (result !== undefined) {
      this.lastCell = cell;
      this.lastResult = result;
    }
    return result;
  }

  set(cell: string, result: CachedResult): void {
    this.lastCell = cell;
    this.lastResult = result;
    if (this.few !== null && this.few.length < Math.min(FEW, this.limit)) {
      this.few.push(cell);
      this.fewResults.push(result);
      return;
    }
    if (this.few !== null) {
      this.few.forEach((text, i) => this.map.set(text, this.fewResults[i]!));
      this.few = null;
    }
    if (this.map.size < this.limit) this.map.set(cell, result);
  }
}

/**
 * Sets a row field with a named store: a store under a computed name costs several
 * times more, and the validator sets a few fields on every one of a million rows.
 */
function assign(row: Record<string, unknown>, field: string, value: unknown): void {
  switch (field) {
    case 'region': row.region = value; break;
    case 'province': row.province = value; break;
    case 'kind': row.kind = value; break;
    case 'year': row.year = value; break;
    case 'score': row.score = value; break;
    case 'zone': row.zone = value; break;
    case 'grade': row.grade = value; break;
    case 'grade2': row.grade2 = value; break;
    case 'rank': row.rank = value; break;
    case 'received': row.received = value; break;
    case 'resolved': row.resolved = value; break;
    case 'dimension': row.dimension = value; break;
    case 'category': row.category = value; break;
    case 'note': row.note = value; break;
    case 'url': row.url = value; break;
    default: row[field] = value;
  }
}

interface Column {
  field: string;
  index: number;
  schema: z.ZodType;
  digits: { min: number; max: number } | null;
  plainText: boolean;
  cache: CellCache;
}

/**
 * Validates rows against the row schema field by field, remembering the result for
 * each distinct cell text: a million rows repeat a few thousand distinct values, so
 * zod runs once per value, not once per row. The plainest cells (digits for a year
 * or count, free text that needs no trimming) are read directly, as the schema
 * would read them. Same results as `schema.safeParse` of the whole record (no rule
 * spans two fields).
 */
export class RowValidator<Row extends ScoreRow | ComplaintRow> {
  /**
   * The row last validated (when `validate` returned null). One object reused for
   * every row of the file, so read it before validating the next row.
   */
  readonly row: Row;
  private readonly columns: Column[] = [];
  /** Issues of the fields the file has no column for (validated once: an absent required field fails every row). */
  private readonly absentIssues: readonly FieldIssue[] | null;

  constructor(kind: 'kepatuhan' | 'pengaduan', fieldIndexes: Partial<Record<string, number>>) {
    const schemas: Record<string, z.ZodType> = kind === 'kepatuhan' ? scoreFields : complaintFields;
    this.row = (kind === 'kepatuhan' ? blankScoreRow() : blankComplaintRow()) as Row;
    const row = this.row as Record<string, unknown>;
    const absentIssues: FieldIssue[] = [];
    for (const [field, schema] of Object.entries(schemas)) {
      const index = fieldIndexes[field];
      if (index !== undefined) {
        this.columns.push({ field, index, schema, digits: PLAIN_DIGITS[field] ?? null, plainText: PLAIN_TEXT.has(field), cache: new CellCache(CACHED.has(field) ? CACHE_LIMIT : 0) });
        continue;
      }
      const result = parseCell(schema, undefined);
      if (result.ok) row[field] = result.value;
      else for (const message of result.messages) absentIssues.push({ field, message });
    }
    this.absentIssues = absentIssues.length > 0 ? absentIssues : null;
  }

  /** Fills `row` from the cells; returns the issues instead when any field is invalid. */
  validate(cells: readonly string[]): FieldIssue[] | null {
    const row = this.row as Record<string, unknown>;
    let issues: FieldIssue[] | null = null;
    for (let c = 0; c < this.columns.length; c++) {
      const column = this.columns[c]!;
      const cell = cells[column.index] ?? '';
      if (column.digits !== null) {
        const value = plainNumber(cell, column.digits);
        if (value >= 0) {
          assign(row, column.field, value);
          continue;
        }
      }
      if (column.plainText && (cell === '' || needsNoTrim(cell))) {
        assign(row, column.field, cell === '' ? null : cell);
        continue;
      }
      let result = column.cache.get(cell);
      if (result === undefined) {
        result = parseCell(column.schema, cell);
        column.cache.set(cell, result);
      }
      if (result.ok) assign(row, column.field, result.value);
      else for (const message of result.messages) (issues ??= []).push({ field: column.field, message });
    }
    if (this.absentIssues === null) return issues;
    return issues === null ? [...this.absentIssues] : [...this.absentIssues, ...issues];
  }
}
