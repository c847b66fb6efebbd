/** Scores in the comparison: two decimals in the page's language, a real minus sign (U+2212). */
import type { Locale } from '../../i18n/index.ts';

export interface ComparisonNumbers {
  /** `45.67` → `45,67` (id), `45.67` (en). */
  score: (value: number) => string;
  /** A change: `+3,50`, `−2,00`, and `0,00` without a sign for anything that rounds to zero. */
  signed: (value: number) => string;
}

export function comparisonNumbers(locale: Locale): ComparisonNumbers {
  const fmt = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    score: (v) => fmt.format(v).replace(/^-/, '\u2212'),
    signed: (v) => {
      const magnitude = fmt.format(Math.abs(v));
      return magnitude === fmt.format(0) ? magnitude : `${v > 0 ? '+' : '\u2212'}${magnitude}`;
    },
  };
}
