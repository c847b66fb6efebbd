import { z } from 'zod';
import numberWordsJson from '../../../data/reference/number-words.json';
import { parseCount, parseDecimal, plainText, type Parsed } from './numbers.ts';
import { vocabulary } from './vocabulary.ts';

/**
 * A complaint figure as printed: `1.480`, `6,176` (thousands), `dua`, `sekitar 168`,
 * `300 lebih`, `di atas 200`, `40,99%`, `33.23 percent`. What can be read exactly is
 * read; an approximate or bounded figure keeps its number with a flag; a percentage
 * stays a percentage (never turned into a count). The printed text is kept by the caller.
 */

export interface PrintedCount {
  /** The number read: a count, or a percentage when `percent`. */
  value: number;
  percent: boolean;
  /** `sekitar 168`: about. */
  approximate: boolean;
  /** `300 lebih`, `di atas 200`: at least / more than. */
  bound: 'more-than' | null;
  /** `10-15 persen`: the upper end of a printed range (`value` is the lower end). */
  upTo?: number;
}

/** Indonesian number words up to 20 (as press releases write small counts): data/reference/number-words.json. */
const WORDS = new Map(Object.entries(vocabulary('number-words.json', z.record(z.string(), z.number().int().min(0)), numberWordsJson)));

const APPROX = /^(?:sekitar|sekiranya|kurang lebih|kira-kira|hampir|about|around|approximately|±|~)\s*/i;
/** `90-an`: ninety-odd. */
const ODD = /^(\d+)-an$/i;
/** `10-15`: a range. */
const RANGE = /^(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)$/;
const MORE_PREFIX = /^(?:di atas|diatas|lebih dari|lebih|more than|over)\s+/i;
const MORE_SUFFIX = /\s+(?:lebih|lebih banyak|\+)$/i;
const PERCENT = /\s*(?:%|persen|percent|per cent)$/i;

export function parsePrintedCount(text: string): Parsed<PrintedCount> {
  let s = plainText(text, true);
  if (s === '') return { ok: false, error: 'is empty' };
  let approximate = false;
  let bound: PrintedCount['bound'] = null;
  if (APPROX.test(s)) {
    approximate = true;
    s = s.replace(APPROX, '');
  }
  if (MORE_PREFIX.test(s)) {
    bound = 'more-than';
    s = s.replace(MORE_PREFIX, '');
  }
  if (MORE_SUFFIX.test(s)) {
    bound = 'more-than';
    s = s.replace(MORE_SUFFIX, '');
  }
  const percent = PERCENT.test(s);
  s = s.replace(PERCENT, '');
  if (MORE_SUFFIX.test(s)) {
    bound = 'more-than';
    s = s.replace(MORE_SUFFIX, '');
  }
  const word = WORDS.get(s.toLowerCase());
  if (word !== undefined && !percent) return { ok: true, value: { value: word, percent, approximate, bound } };
  const odd = s.match(ODD);
  if (odd) return { ok: true, value: { value: Number(odd[1]), percent, approximate: true, bound } };
  const range = s.match(RANGE);
  if (range) {
    const [low, high] = [parseDecimal(range[1]!), parseDecimal(range[2]!)];
    if (low.ok && high.ok && low.value < high.value) return { ok: true, value: { value: low.value, percent, approximate, bound, upTo: high.value } };
  }
  if (percent) {
    // A share can pass 100 (reports closed this year include last year's): only negatives are impossible.
    const p = parseDecimal(s);
    if (!p.ok || p.value < 0) return { ok: false, error: `is not a percentage: "${text.trim()}"` };
    return { ok: true, value: { value: p.value, percent, approximate, bound } };
  }
  const c = parseCount(s);
  if (!c.ok) return { ok: false, error: `is not a count: "${text.trim()}" (expected e.g. 1.480, dua, sekitar 168, 300 lebih, 40,99%)` };
  if (c.value < 0) return { ok: false, error: 'must not be negative' };
  return { ok: true, value: { value: c.value, percent, approximate, bound } };
}
