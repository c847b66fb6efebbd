import { z } from 'zod';
import type { ScoreSource } from '../types.ts';
import { parseCount, parseDecimal, parseScore, parseYear, type Parsed } from '../printed/numbers.ts';

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
const optionalText = optional(text);

export const yearField = fromParser(parseYear);

export const HTTP_LINK = /^https?:\/\/\S+$/i;

/** A row's source: the raw row, and its source cell as the page it cites (an http(s) link) or as other text (a label). */
export function sourceOf(file: string, line: number, cell: string | null): ScoreSource {
  if (cell === null) return { file, line };
  return HTTP_LINK.test(cell) ? { file, line, url: cell } : { file, line, label: cell };
}

const exactScore = z
  .number()
  .min(0, 'must be between 0 and 100')
  .max(100, 'must be between 0 and 100')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'has more than two decimals');

/** A score as printed (`78,45`, `78,45 persen`, `di atas 80`): its exact value checked when there is one. */
export const scoreField = fromParser(parseScore).pipe(z.object({ value: exactScore.nullable(), bound: z.enum(['above']).nullable() }));

export const countField = fromParser(parseCount).pipe(z.number().int().min(0, 'must not be negative'));

/** The cells that place a row: its government (region, with province and kind when given) and year. */
const placeFields = {
  region: text.pipe(z.string().min(1, 'is empty')),
  province: optionalText,
  kind: optionalText,
  year: optional(yearField),
};

const scoreFields = {
  ...placeFields,
  score: optional(scoreField),
  zone: optionalText,
  grade: optionalText,
  grade2: optionalText,
  rank: optionalText,
  note: optionalText,
  url: optionalText,
};

const complaintFields = {
  ...placeFields,
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

export type Validated<Row> = { ok: true; row: Row } | { ok: false; issues: FieldIssue[] };

/** Distinct cell texts remembered per column; past this, cells are validated each time. */
const CACHE_LIMIT = 20_000;

/**
 * Validates rows against the row schema field by field, remembering the result for each distinct
 * cell text (a file repeats its names, years and counts on thousands of rows). Same results as
 * `schema.safeParse` of the whole record (no rule spans two fields), whose issues of the fields the
 * file has no column for come first.
 */
export class RowValidator<Row extends ScoreRow | ComplaintRow> {
  private readonly columns: { field: string; index: number | undefined; schema: z.ZodType; cache: Map<string | undefined, z.ZodSafeParseResult<unknown>> }[];

  constructor(kind: 'kepatuhan' | 'pengaduan', fieldIndexes: Partial<Record<string, number>>) {
    const schemas: Record<string, z.ZodType> = kind === 'kepatuhan' ? scoreFields : complaintFields;
    const columns = Object.entries(schemas).map(([field, schema]) => ({ field, index: fieldIndexes[field], schema, cache: new Map() }));
    this.columns = [...columns.filter((c) => c.index === undefined), ...columns.filter((c) => c.index !== undefined)];
  }

  validate(cells: readonly string[]): Validated<Row> {
    const row: Record<string, unknown> = {};
    const issues: FieldIssue[] = [];
    for (const { field, index, schema, cache } of this.columns) {
      const cell = index === undefined ? undefined : (cells[index] ?? '');
      let result = cache.get(cell);
      if (result === undefined) {
        result = schema.safeParse(cell);
        if (cache.size < CACHE_LIMIT) cache.set(cell, result);
      }
      if (result.success) row[field] = result.data;
      else for (const issue of result.error.issues) issues.push({ field, message: issue.message });
    }
    return issues.length === 0 ? { ok: true, row: row as Row } : { ok: false, issues };
  }
}
