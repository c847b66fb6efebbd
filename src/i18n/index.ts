import { id } from './id.ts';
import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { fillTemplate } from './template.ts';

export { fillTemplate };

/** Site languages: Bahasa Indonesia first (at `/`), English second (at `/en/`). */
export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];
export const DEFAULT_LOCALE: Locale = 'id';

/** The shape every dictionary follows (the Indonesian one is the reference). */
export type Dictionary = Messages<typeof id>;

const dictionaries: Record<Locale, Dictionary> = { id, en };

/** `'zone.grade.merah'`-style paths to every string in the dictionary. */
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
  return fillTemplate(node, params);
}

export { id };

/**
 * The page's language from Astro's i18n routing (`Astro.currentLocale`, set from the
 * URL by the `i18n` block in astro.config.mjs); anything else is the default language.
 */
export function asLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** `t` bound to one language: `const t = translator(locale)` in a page or component. */
export function translator(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(key, params, locale);
}

/** The Intl locale tag of a site language (numbers, dates, collation). */
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
