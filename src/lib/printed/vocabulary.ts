import { z } from 'zod';

/**
 * The vocabularies of printed text are data, in data/reference/*.json (described in its README.md):
 * each module imports its file and checks it here against its schema, so a mistake in one stops the
 * ingest (and the build) at once, naming the file.
 */
export function vocabulary<T extends z.ZodType>(file: string, schema: T, json: unknown): z.output<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`data/reference/${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A list of words or phrases, as lower-case text. */
export const phrases = z.array(
  z
    .string()
    .min(1)
    .regex(/^[^A-Z]*$/, 'must be lower case'),
);

export { byPhrase } from './phrases.ts';
