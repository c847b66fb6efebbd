import { INTL_LOCALE, type Locale } from '../i18n/index.ts';

/** Shown in place of a missing number. */
export const MISSING = '—';
/** U+2212 MINUS SIGN, used instead of the hyphen-minus for negative numbers. */
export const MINUS = '\u2212';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, decimals: number | null): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(
      INTL_LOCALE[locale],
      decimals === null ? { maximumFractionDigits: 0 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    cache.set(key, nf);
  }
  return nf;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Replaces any hyphen-minus that Intl produced with a real minus sign. */
function realMinus(text: string): string {
  return text.replace(/^-/, MINUS);
}

/** A 0–100 compliance score with exactly two decimals: `45.67` → `45,67` (id), `45.67` (en). */
export function formatScore(value: number | null | undefined, locale: Locale = 'id'): string {
  if (!isNumber(value)) return MISSING;
  return realMinus(numberFormat(locale, 2).format(value));
}

/** A whole count with grouping: `1234` → `1.234` (id), `1,234` (en). */
export function formatCount(value: number | null | undefined, locale: Locale = 'id'): string {
  if (!isNumber(value)) return MISSING;
  return realMinus(numberFormat(locale, null).format(value));
}

/**
 * A signed score change with two decimals: `3.5` → `+3,50`, `-2` → `−2,00`
 * (U+2212), and `0` (or anything that rounds to it) → `0,00` with no sign.
 */
export function formatChange(value: number | null | undefined, locale: Locale = 'id'): string {
  if (!isNumber(value)) return MISSING;
  const nf = numberFormat(locale, 2);
  const magnitude = nf.format(Math.abs(value));
  if (magnitude === nf.format(0)) return magnitude;
  return `${value > 0 ? '+' : MINUS}${magnitude}`;
}

/**
 * A calendar date `yyyy-mm-dd` in words: `2026-02-03` → `3 Februari 2026` (id), `3 February 2026` (en).
 * Read and written in UTC, so the build machine's time zone never shifts the day. Throws on anything else.
 */
export function formatDate(iso: string, locale: Locale = 'id'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) throw new Error(`not a yyyy-mm-dd date: ${iso}`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
