/**
 * Shows another year on a map already drawn (src/scripts/map-year.ts): the regions' fills, the
 * legend's rows and counts, its sentence, and every heading, label, link and note that names the
 * year. Only within one method (zones or opinions): the legend's rows are those of the page.
 */
import { legend, legendSentenceKey, legendSentenceParams, type FillKey } from '../lib/map/legend.ts';
import type { MapYearData } from '../lib/map/data.ts';
import { formatCount } from '../lib/format.ts';
import { fillTemplate } from '../i18n/template.ts';
import { datumFill, methodGroup, setFill, type MapView } from './map-view.ts';

/** Recolours the regions and shows the legend's rows (shown, counts, detail) for `data`; returns its sentence. */
function showLegend(view: MapView, year: number, data: MapYearData): string {
  const { root, locale } = view;
  const fills: FillKey[] = [];
  for (const region of view.regions) {
    const key = datumFill(data.regions[region.dataset.code!]);
    setFill(region, key);
    fills.push(key);
  }
  // Regions the map cannot draw still count in the legend.
  const gapCodes = (root.dataset.gapCodes ?? '').split(' ').filter(Boolean);
  for (const code of gapCodes) fills.push(datumFill(data.regions[code]));
  const gaps = gapCodes.length;
  const opinions = methodGroup(data.method) === 'opinion';
  const result = legend({ fills, gaps, categories: data.categories, opinions });
  for (const item of result.items) {
    const row = root.querySelector<HTMLElement>(`[data-legend-key="${item.key}"]`);
    if (!row) continue;
    row.hidden = !item.shown;
    const count = row.querySelector('[data-legend-count]');
    if (count) count.textContent = formatCount(item.count, locale);
    const detail = row.querySelector<HTMLElement>('[data-detail]');
    if (detail) detail.textContent = (data.categories ? detail.dataset.detailCategories : detail.dataset.detail) ?? '';
  }
  const { counts } = result;
  const sentence = fillTemplate(
    view.text[legendSentenceKey(counts, opinions)],
    legendSentenceParams(year, counts, (n) => formatCount(n, locale)),
  );
  const sentenceEl = root.querySelector('[data-legend-sentence]');
  if (sentenceEl) sentenceEl.textContent = sentence;
  return sentence;
}

/** Headings, the SVG's title and description, the year links, links to the year's files and the provinces' counts. */
function showYearText({ root, svg, text, locale }: MapView, year: number, sentence: string): void {
  const yearText = String(year);
  // The embed/download tools and the coverage line of the year now shown (ZoneMap renders one of each per year).
  for (const tools of root.querySelectorAll<HTMLElement>('[data-tools-year]')) tools.hidden = tools.dataset.toolsYear !== yearText;
  for (const note of root.querySelectorAll<HTMLElement>('[data-coverage-year]')) note.hidden = note.dataset.coverageYear !== yearText;
  const legendHeading = root.querySelector<HTMLElement>('[data-legend-heading]');
  if (legendHeading?.dataset.template) legendHeading.textContent = fillTemplate(legendHeading.dataset.template, { year });
  const listLabel = root.querySelector('[data-legend-list]');
  listLabel?.setAttribute('aria-label', (listLabel.getAttribute('aria-label') ?? '').replace(/\d{4}$/, yearText));
  for (const el of root.querySelectorAll('[data-map-year]')) el.textContent = yearText;
  const title = svg.querySelector(':scope > title');
  if (title) title.textContent = fillTemplate(text.svgTitle, { year });
  const desc = svg.querySelector(':scope > desc');
  if (desc) desc.textContent = fillTemplate(text.svgDesc, { sentence });
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-year-link]')) {
    if (Number(link.dataset.yearLink) === year) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-href-template]')) {
    // A province without a figure in the year has no page for it: its link goes to the province page.
    const counts = link.closest('li')?.querySelector<HTMLElement>('[data-published]')?.dataset.published;
    const none = link.dataset.hrefNoFigures !== undefined && counts !== undefined && (JSON.parse(counts) as Record<string, number>)[yearText] === 0;
    link.href = none ? link.dataset.hrefNoFigures! : link.dataset.hrefTemplate!.replace('{year}', yearText);
  }
  // Provinces: how many of their kabupaten/kota have a figure in the year now shown.
  for (const count of root.querySelectorAll<HTMLElement>('[data-published]')) {
    const published = (JSON.parse(count.dataset.published!) as Record<string, number>)[yearText];
    if (published === undefined) continue;
    const n = formatCount(published, locale);
    const short = count.querySelector('[data-count-short]');
    const long = count.querySelector('[data-count-long]');
    if (short) short.textContent = fillTemplate(count.dataset.template ?? '', { published: n });
    if (long) long.textContent = fillTemplate(count.dataset.labelTemplate ?? '', { published: n });
  }
}

/** Shows `year` on the map from its data; returns the legend's sentence (for the status line). */
export function showYear(view: MapView, year: number, data: MapYearData): string {
  view.root.dataset.year = String(year);
  const sentence = showLegend(view, year, data);
  showYearText(view, year, sentence);
  return sentence;
}
