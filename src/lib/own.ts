/**
 * A lookup table's own value for a key read from input, never one inherited from
 * `Object.prototype`: `table['constructor']` is a function on every plain object, so a
 * header, a dimension or a word spelled `constructor` or `toString` must not match.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
