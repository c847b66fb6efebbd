/**
 * Numbers as printed in Indonesian and English exports: decimal comma or dot
 * (`45,67`, `45.67`), thousands separators in counts (`1.234`, `1,234`, `1 234`).
 * Each parser returns a number or an error message; nothing is guessed.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** NFKC, no-break spaces as spaces, trimmed; with `collapse`, each run of white space one space. */
export function plainText(text: string, collapse = false): string {
  const s = text
    .normalize('NFKC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();
  return collapse ? s.replace(/\s+/g, ' ') : s;
}

/**
 * Trims, and removes spaces only where they group digits by three (`1 234`, `1 234,5`);
 * any other inner space is kept so the number is rejected (`4 5` is not 45).
 */
function clean(text: string): string {
  const s = plainText(text);
  return /^[-+]?\d{1,3}( \d{3})+([.,]\d+)?$/.test(s) ? s.replace(/ /g, '') : s;
}

/**
 * A decimal number such as a score: `45,67`, `45.67`, `45`, `1.234,5` (dot thousands,
 * comma decimal) or `1,234.5`. A single separator followed by exactly three digits
 * (`1.234`) is read as a decimal here, because scores never reach a thousand;
 * range checks catch the rest.
 */
export function parseDecimal(text: string): Parsed<number> {
  const s = clean(text);
  if (s === '') return fail('is empty');
  if (/^(nan|inf|infinity|-inf|n\/a|na|null|undefined)$/i.test(s)) return fail(`is not a number (${text.trim()})`);
  let normal: string;
  if (/^[-+]?\d+$/.test(s)) normal = s;
  else if (/^[-+]?\d+[.,]\d+$/.test(s)) normal = s.replace(',', '.');
  else if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(s)) normal = s.replace(/,/g, '');
  else return fail(`is not a number: "${text.trim()}"`);
  const value = Number(normal);
  if (!Number.isFinite(value)) return fail(`is not a finite number: "${text.trim()}"`);
  return ok(value);
}

/**
 * A whole count: `1234`, `1.234`, `1,234`, `1 234`. Rejects decimals (`12,5`),
 * negatives are returned (validation reports them), and absurd sizes.
 */
export function parseCount(text: string): Parsed<number> {
  const s = clean(text);
  if (s === '') return fail('is empty');
  let digits: string;
  if (/^[-+]?\d+$/.test(s)) digits = s;
  else if (/^[-+]?\d{1,3}([.,]\d{3})+$/.test(s) && !/\..*,|,.*\./.test(s)) digits = s.replace(/[.,]/g, '');
  else if (/^[-+]?\d+[.,]\d*$/.test(s)) return fail(`must be a whole number, not "${text.trim()}"`);
  else return fail(`is not a count: "${text.trim()}"`);
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return fail(`is too large: "${text.trim()}"`);
  return ok(value);
}

/** A four-digit year: `2022`, `2022.0` is rejected, `2023/2024` is rejected with a clear message. */
export function parseYear(text: string): Parsed<number> {
  const s = text.normalize('NFKC').trim();
  if (s === '') return fail('is empty');
  if (/^\d{4}\s*[-/–]\s*\d{4}$/.test(s)) return fail(`must be one year, not a range "${text.trim()}"`);
  if (!/^\d{4}$/.test(s)) return fail(`is not a year: "${text.trim()}"`);
  return ok(Number(s));
}

/** A score as printed: the exact value, or null when the text gives only a bound (`di atas 80`). */
export interface PrintedScore {
  value: number | null;
  /** The text says more or less than an exact score (`di atas 80`, `lebih dari 95 poin`). */
  bound: 'above' | null;
}

/** Words around a score that say nothing about its value: `di angka 79`, `80,71 poin`, `94,01 persen`, `86,06%`. */
const SCORE_PREFIX = /^(?:(?:skor|nilai|sebesar|di angka|pada angka|score(?: of)?)\s+)+/i;
const SCORE_SUFFIX = /\s*(?:%|persen|poin|point|points)$/i;
const SCORE_BOUND = /^(?:(?:skor|nilai|score)\s+)?(?:di atas|diatas|lebih dari|above|over)\s+/i;

/**
 * A compliance score as press releases print it: `45,67`, `45.67`, an integer, one
 * decimal, a stray space after the decimal comma (`99, 23`), with `persen`/`%`/`poin`
 * (ORI's scores run 0–100, so a percentage is the score itself), or a bound
 * (`di atas 80`) that is kept as text and gives no value.
 */
export function parseScore(text: string): Parsed<PrintedScore> {
  let s = plainText(text, true);
  if (s === '') return fail('is empty');
  let bound: PrintedScore['bound'] = null;
  const boundMatch = s.match(SCORE_BOUND);
  if (boundMatch) {
    bound = 'above';
    s = s.slice(boundMatch[0].length);
  }
  s = s.replace(SCORE_PREFIX, '').replace(SCORE_SUFFIX, '').trim();
  // `99, 23` (a space typed after the decimal comma): one group of one or two digits after it.
  const spaced = s.match(/^(\d{1,3})[,.] (\d{1,2})$/);
  if (spaced) s = `${spaced[1]},${spaced[2]}`;
  const number = parseDecimal(s);
  if (!number.ok) return fail(`is not a score: "${text.trim()}" (expected e.g. 78,45, 78.45, 78, 78,45 persen or di atas 80)`);
  return bound === null ? ok({ value: number.value, bound }) : ok({ value: null, bound });
}
