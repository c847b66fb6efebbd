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

export const scoreRowSchema = z.object({
  region: text.pipe(z.string().min(1, 'is empty')),
  province: optionalText,
  kind: optionalText,
  year: optional(yearField),
  score: optional(scoreField),
  zone: optionalText,
  grade: optionalText,
  note: optionalText,
  url: optionalText,
});

export const complaintRowSchema = z.object({
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
});

export const subScoreField = optional(fromParser(parseDecimal).pipe(z.number().min(0, 'must not be negative').max(100, 'must be at most 100')));

export type ScoreRow = z.output<typeof scoreRowSchema>;
export type ComplaintRow = z.output<typeof complaintRowSchema>;
