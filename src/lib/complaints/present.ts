import { t, INTL_LOCALE, type Locale } from '../../i18n/index.ts';
import { formatCount } from '../format.ts';
import type { ComplaintReading } from '../types.ts';
import { BREAKDOWN_DIMENSIONS, measureById } from './measures.ts';

/**
 * Complaint figures in words for the page: the number with what was printed around
 * it ("sekitar 168", "lebih dari 300", "40,99 %", "10–15 %"), a measure's name and
 * definition, a breakdown dimension's name.
 */

const percentFormat = new Map<Locale, Intl.NumberFormat>();
function percentText(value: number, locale: Locale): string {
  let nf = percentFormat.get(locale);
  if (!nf) percentFormat.set(locale, (nf = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 })));
  return nf.format(value);
}

export function figureText(r: Pick<ComplaintReading, 'count' | 'percent' | 'approximate' | 'bound' | 'upTo'>, locale: Locale): string {
  const number = (v: number) => (r.percent ? percentText(v, locale) : formatCount(v, locale));
  let text = r.upTo !== undefined ? `${number(r.count)}–${number(r.upTo)}` : number(r.count);
  if (r.percent) text += ' %';
  if (r.bound === 'more-than') text = `${t('complaints.moreThan', undefined, locale)} ${text}`;
  if (r.approximate) text = `${t('complaints.approximate', undefined, locale)} ${text}`;
  return text;
}

export function measureLabel(id: string, locale: Locale): string {
  return measureById(id)?.label[locale] ?? id;
}

export function measureDefinition(id: string, locale: Locale): string {
  return measureById(id)?.definition[locale] ?? '';
}

export function dimensionLabel(id: string, locale: Locale): string {
  return Object.hasOwn(BREAKDOWN_DIMENSIONS, id) ? BREAKDOWN_DIMENSIONS[id]![locale] : id;
}

/** `2023`, or `2021–2025` for a period. */
export function yearText(f: { year: number; yearTo?: number }, locale: Locale): string {
  return f.yearTo === undefined ? String(f.year) : t('complaints.period', { from: f.year, to: f.yearTo }, locale);
}
