/**
 * Text layout for build-time images, where SVG has no line wrapping: text widths
 * from the advance widths of Liberation Sans (metric-compatible with Arial and
 * Helvetica), the first font of FONT_FAMILY. Machines without it fall back to
 * DejaVu Sans, which is about 10 % wider; layouts keep a margin for that
 * (MEASURE_SLACK), and builds are byte-identical only with the same fonts anyway.
 * Tables rather than a font library (opentype.js, a canvas binding): deterministic, no font file or native dependency.
 */

/** For librsvg (fontconfig): metric-compatible fonts first, DejaVu Sans as the last named fallback. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";

/** Widths are multiplied by this before comparing with the space available. */
export const MEASURE_SLACK = 1.04;

// Advance widths (1/1000 em) of Liberation Sans Regular and Bold, U+0020–U+007E.
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Common characters outside ASCII (same in both weights unless listed twice). */
const EXTRA: Record<string, [number, number]> = {
  '–': [556, 556],
  '—': [1000, 1000],
  '‘': [222, 278],
  '’': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '…': [1000, 1000],
  '·': [278, 278],
  '×': [584, 584],
  '−': [584, 584],
  '•': [350, 350],
  '↑': [500, 500],
  '\u00A0': [278, 278],
};
/** Width of anything else (wide enough for most Latin, Greek and Cyrillic letters). */
const FALLBACK = 600;

export type Weight = 'normal' | 'bold';

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return (bold ? BOLD : REGULAR)[code - 0x20]!;
  const extra = EXTRA[ch];
  if (extra) return extra[bold ? 1 : 0];
  // Accented Latin letters are as wide as their base letter (é = e).
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base !== ch && base.length === 1) return charWidth(base, bold);
  if (/\p{M}/u.test(ch)) return 0;
  return FALLBACK;
}

/** Width of `text` in px at `fontSize`. */
export function textWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, weight === 'bold');
  return (units * fontSize) / 1000;
}

/** True when `text` fits in `width` px (with MEASURE_SLACK). */
export function fits(text: string, width: number, fontSize: number, weight: Weight = 'normal'): boolean {
  return textWidth(text, fontSize, weight) * MEASURE_SLACK <= width;
}

/** Cuts `text` to fit `width`, ending it with `…`. */
export function truncate(text: string, width: number, fontSize: number, weight: Weight = 'normal'): string {
  if (fits(text, width, fontSize, weight)) return text;
  const chars = [...text];
  while (chars.length > 0 && !fits(`${chars.join('').trimEnd()}…`, width, fontSize, weight)) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Greedy word wrap into lines no wider than `width`. A word longer than a line is
 * cut with `…`. With `maxLines`, the last line ends with `…` when text is left over.
 */
export function wrap(text: string, width: number, fontSize: number, options: { weight?: Weight; maxLines?: number } = {}): string[] {
  const weight = options.weight ?? 'normal';
  const maxLines = options.maxLines ?? Infinity;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i += 1) {
    const word = words[i]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate, width, fontSize, weight)) {
      line = candidate;
      continue;
    }
    if (line !== '') {
      lines.push(line);
      if (lines.length === maxLines) break;
    }
    line = fits(word, width, fontSize, weight) ? word : truncate(word, width, fontSize, weight);
  }
  if (lines.length < maxLines && line !== '') {
    lines.push(line);
    i = words.length;
  }
  if (i < words.length && lines.length > 0) {
    lines[lines.length - 1] = truncate(`${lines.at(-1)!} ${words.slice(i).join(' ')}`, width, fontSize, weight);
  }
  return lines;
}

export interface FittedText {
  lines: string[];
  fontSize: number;
}

/**
 * The largest font size (from `max` down to `min`, step 2) at which `text` wraps into
 * at most `maxLines` lines of `width`; at `min` it is wrapped and cut with `…`.
 */
export function fitText(text: string, width: number, options: { max: number; min: number; maxLines: number; weight?: Weight }): FittedText {
  const weight = options.weight ?? 'normal';
  for (let size = options.max; size >= options.min; size -= 2) {
    const lines = wrap(text, width, size, { weight });
    if (lines.length <= options.maxLines && !lines.some((l) => l.endsWith('…') && !text.includes(l))) return { lines, fontSize: size };
  }
  return { lines: wrap(text, width, options.min, { weight, maxLines: options.maxLines }), fontSize: options.min };
}
