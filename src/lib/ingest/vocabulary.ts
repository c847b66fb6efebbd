import { z } from 'zod';

/**
 * The ingest's vocabularies are data, in data/reference/*.json (described in its README.md): each
 * module imports its file and checks it here against its schema, so a mistake in one stops the
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

/** `{ value: [phrase, …] }` tables → a map from each phrase to its value (phrases are unique). */
export function byPhrase<V extends string>(...tables: Partial<Record<V, string[]>>[]): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, list] of tables.flatMap((t) => Object.entries(t) as [V, string[]][])) {
    for (const phrase of list) {
      if (map.has(phrase)) throw new Error(`vocabulary: "${phrase}" is listed twice`);
      map.set(phrase, value);
    }
  }
  return map;
}
