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
