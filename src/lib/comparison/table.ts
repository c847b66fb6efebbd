/**
 * The comparison's table (/bandingkan/): a row per year, a column per chosen region, each cell
 * the score, the zone or opinion, and the change since that region's previous assessment.
 * Made in the document it is given, like the chart (./chart.ts); text goes in as text nodes.
 */
import type { Locale } from '../../i18n/index.ts';
import type { CompareData } from '../model/compare-data.ts';
import { htmlNode } from './elements.ts';
import { comparisonNumbers } from './numbers.ts';

export interface ComparisonTableTexts {
  tableCaption: string;
  year: string;
  /** The region was not assessed that year. */
  notAssessed: string;
  /** Nobody was assessed that year (2020). */
  noAssessment: string;
  /** `(vs {year})` after a change that skips years. */
  vsYear: string;
  zones: Record<string, string>;
  opinions: Record<string, string>;
}

export interface ComparisonTableInput {
  /** Null while /bandingkan/data.json loads: caption and head only. */
  data: CompareData | null;
  codes: readonly string[];
  name: (code: string) => string;
  locale: Locale;
  texts: ComparisonTableTexts;
}

/** Years in which any region was assessed (2020 is not), for the "(vs 2019)" note. */
export function assessedYears(data: CompareData): number[] {
  const years = new Set<number>();
  for (const series of Object.values(data.series)) for (const p of series) years.add(p[0]);
  return [...years].sort((a, b) => a - b);
}

/** The table's caption, head (“Tahun”, then the regions' names) and body (a row per year), made in `doc`. */
export function comparisonTable(input: ComparisonTableInput, doc: Document): [HTMLTableCaptionElement, HTMLTableSectionElement, HTMLTableSectionElement] {
  const { data, codes, texts } = input;
  const { score, signed } = comparisonNumbers(input.locale);
  const assessed = data ? assessedYears(data) : [];

  /** A region's cell in a year: not assessed (that year, or nobody), or its score, grade and change. */
  const cell = (data: CompareData, code: string, year: number): HTMLTableCellElement => {
    const td = htmlNode(doc, 'td', { 'data-code': code });
    const series = data.series[code] ?? [];
    const i = series.findIndex((p) => p[0] === year);
    const point = series[i];
    if (!data.bands[year]) td.append(texts.noAssessment);
    else if (!point) td.append(texts.notAssessed);
    else {
      const [, value, zone, category, opinion] = point;
      const grade =
        zone !== null ? `${texts.zones[zone] ?? zone}${category ? ` · ${category}` : ''}` : opinion !== null ? (texts.opinions[opinion] ?? opinion) : '';
      td.append(
        htmlNode(doc, 'span', { class: 'compare-score' }, value === null ? '—' : score(value)),
        ' ',
        htmlNode(doc, 'span', { class: 'compare-grade' }, grade),
      );
      const prev = series[i - 1];
      if (prev && value !== null && prev[1] !== null) {
        const diff = Math.round((value - prev[1]) * 100) / 100;
        const previousAssessed = assessed.filter((y) => y < year).at(-1) ?? null;
        const note = prev[0] !== previousAssessed ? ` ${texts.vsYear.replace('{year}', String(prev[0]))}` : '';
        td.append(htmlNode(doc, 'span', { class: `compare-change ${diff > 0 ? 'change-up' : diff < 0 ? 'change-down' : ''}` }, `${signed(diff)}${note}`));
      }
    }
    return td;
  };

  const head = htmlNode(
    doc,
    'tr',
    {},
    htmlNode(doc, 'th', { scope: 'col' }, texts.year),
    ...codes.map((code) => htmlNode(doc, 'th', { scope: 'col' }, input.name(code))),
  );
  const rows = (data?.years ?? []).map((year) =>
    htmlNode(doc, 'tr', { 'data-year': year }, htmlNode(doc, 'th', { scope: 'row' }, String(year)), ...codes.map((code) => cell(data!, code, year))),
  );
  return [htmlNode(doc, 'caption', {}, texts.tableCaption), htmlNode(doc, 'thead', {}, head), htmlNode(doc, 'tbody', {}, ...rows)];
}
