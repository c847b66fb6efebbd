import { id } from './id.ts';

/** Site languages. Only `id` has a dictionary so far; `en` falls back to it. */
export type Locale = 'id' | 'en';
export const DEFAULT_LOCALE: Locale = 'id';

/** The shape every dictionary follows (the Indonesian one is the reference). */
export type Dictionary = typeof id;

const dictionaries: Record<Locale, Dictionary> = {
  id,
  // English comes later; until then it falls back to Indonesian.
  en: id,
};

/** `'zone.predikat.merah'`-style paths to every string in the dictionary. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? `${K}.${Paths<T[K]>}` : never;
}[keyof T & string];
export type MessageKey = Paths<Dictionary>;

export type MessageParams = Record<string, string | number>;

/** The dictionary for a locale. */
export function dictionary(locale: Locale = DEFAULT_LOCALE): Dictionary {
  return dictionaries[locale];
}

/**
 * The text for `key`, with `{name}` placeholders filled from `params`
 * (numbers should be formatted by the caller, see src/lib/format.ts).
 * Unknown placeholders are left as they are, which makes them easy to spot.
 */
export function t(key: MessageKey, params?: MessageParams, locale: Locale = DEFAULT_LOCALE): string {
  let node: unknown = dictionaries[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`i18n: no text for key "${key}" (${locale})`);
  if (!params) return node;
  return node.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

export { id };
