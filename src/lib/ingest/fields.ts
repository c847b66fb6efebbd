import { z } from 'zod';
import { parseCount, parseDecimal, parseYear, type Parsed } from './numbers.ts';

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

export const scoreField = fromParser(parseDecimal).pipe(
  z
    .number()
    .min(0, 'must be between 0 and 100')
    .max(100, 'must be between 0 and 100')
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'has more than two decimals'),
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

const blankScoreRow = (): Record<string, unknown> => ({
  region: '', province: null, kind: null, year: null, score: null, zone: null, grade: null, note: null, url: null,
});
const blankComplaintRow = (): Record<string, unknown> => ({
  region: '', province: null, kind: null, year: null, received: null, resolved: null, dimension: null, category: null, note: null, url: null,
});
type CachedResult = { ok: true; value: unknown } | { ok: false; messages: string[] };

function parseCell(schema: z.ZodType, cell: string | undefined): CachedResult {
  const parsed = schema.safeParse(cell);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, messages: parsed.error.issues.map((i) => i.message) };
}

/** Fields whose cells repeat across rows (names, years, counts), worth remembering per distinct text. */
const CACHED = new Set(['region', 'province', 'kind', 'year', 'score', 'zone', 'grade', 'received', 'resolved', 'dimension', 'category']);
/** Distinct texts remembered per field; past this, cells are validated each time. */
const CACHE_LIMIT = 20_000;

/**
 * Validates rows against the row schema field by field, remembering the result for
 * each distinct cell text: a million rows repeat a few thousand distinct values, so
 * zod runs once per value, not once per row. Same results as `schema.safeParse`
 * of the whole record (no rule spans two fields).
 */
export class RowValidator<Row> {
  private readonly present: { field: string; index: number; schema: z.ZodType; cache: Map<string, CachedResult> | null }[];
  /** Values of the fields the file has no column for (validated once: an absent required field fails every row). */
  private readonly absent: Record<string, unknown> = {};
  private readonly absentIssues: FieldIssue[] | null = null;
  private readonly absentEntries: [string, unknown][];
  private readonly blank: () => Record<string, unknown>;

  constructor(kind: 'kepatuhan' | 'pengaduan', fieldIndexes: Partial<Record<string, number>>) {
    const schemas: Record<string, z.ZodType> = kind === 'kepatuhan' ? scoreFields : complaintFields;
    this.present = [];
    const absentIssues: FieldIssue[] = [];
    for (const [field, schema] of Object.entries(schemas)) {
      const index = fieldIndexes[field];
      if (index !== undefined) {
        this.present.push({ field, index, schema, cache: CACHED.has(field) ? new Map() : null });
        continue;
      }
      const result = parseCell(schema, undefined);
      if (result.ok) this.absent[field] = result.value;
      else for (const message of result.messages) absentIssues.push({ field, message });
    }
    this.absentIssues = absentIssues.length > 0 ? absentIssues : null;
    this.absentEntries = Object.entries(this.absent);
    this.blank = kind === 'kepatuhan' ? blankScoreRow : blankComplaintRow;
  }

  validate(cells: readonly string[]): { ok: true; row: Row } | { ok: false; issues: FieldIssue[] } {
    // A fresh object of one fixed shape per kind keeps property access fast.
    const row = this.blank();
    for (const [field, value] of this.absentEntries) row[field] = value;
    let issues: FieldIssue[] | null = this.absentIssues;
    for (const column of this.present) {
      const cell = cells[column.index] ?? '';
      let result = column.cache?.get(cell);
      if (result === undefined) {
        result = parseCell(column.schema, cell);
        if (column.cache !== null && column.cache.size < CACHE_LIMIT) column.cache.set(cell, result);
      }
      if (result.ok) row[column.field] = result.value;
      else for (const message of result.messages) (issues = issues === this.absentIssues ? [...(issues ?? [])] : (issues ?? [])).push({ field: column.field, message });
    }
    return issues === null ? { ok: true, row: row as Row } : { ok: false, issues };
  }
}
