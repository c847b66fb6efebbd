import type { Locale } from '../../i18n/index.ts';
import { escapeHtml } from '../escape.ts';

/** The share card's size and layout, and the SVG text both its parts (og.ts, og-trend.ts) draw with. */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The card's margin on every side. */
export const MARGIN = 64;
/** Where the mini trend goes: the right half, below the name. */
export const TREND = { x: 640, y: 404, width: OG_WIDTH - MARGIN - 640, height: 140 };

/** Rounds to hundredths, for short coordinates. */
export function r(n: number): number {
  return Math.round(n * 100) / 100;
}

/** One `<text>`, its content escaped. */
export function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${r(x)}" y="${r(y)}"${attrs}>${escapeHtml(content)}</text>`;
}

/** The card's second language: each label is printed in `locale`, then smaller in the other. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'id' ? 'en' : 'id';
}
