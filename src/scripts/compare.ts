/**
 * The comparison page (/bandingkan/?d=18.09,33.02): up to 6 regions, overlaid trends and a
 * year-over-year table. This file is the wiring: the selection in `?d=` (compare-url.ts),
 * the picker (region-search.ts), loading /bandingkan/data.json (series and zone bands) and
 * /cari.json (names), and redrawing. What is drawn comes from src/lib/comparison/, which makes
 * it in the document it is given and so also runs in Node: the chart (chart.ts), the table
 * (table.ts) and the chips' swatches (style.ts). All text is set as text.
 */
import type { CompareData } from '../lib/model/compare-data.ts';
import type { SearchEntry } from '../lib/model/search.ts';
import { drawComparison } from '../lib/comparison/chart.ts';
import { MAX_REGIONS, parseSelection } from '../lib/comparison/selection.ts';
import { comparisonTable, type ComparisonTableTexts } from '../lib/comparison/table.ts';
import { comparisonRows } from '../lib/export/comparison.ts';
import { attachCombobox, loadEntries } from './region-search.ts';
import { attachDownloads, type ComparisonFigures } from './compare-downloads.ts';
import { writeSelection } from './compare-url.ts';
import { renderChips } from './compare-view.ts';

interface Texts extends ComparisonTableTexts {
  remove: string;
  empty: string;
  full: string;
  unknown: string;
  loadError: string;
  chartTitle: string;
  schemeChange: string;
  schemeChangeOther: string;
  methodBreak: string;
  yLabel: string;
  results: string;
  none: string;
  loading: string;
  source: string;
}

function init(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const locale = document.documentElement.lang === 'en' ? 'en' : 'id';
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const chips = q<HTMLUListElement>('[data-chips]');
  const message = q<HTMLElement>('[data-message]');
  const chart = q<HTMLElement>('[data-chart]');
  const table = q<HTMLTableElement>('[data-table]');
  const input = q<HTMLInputElement>('input[type="search"]');
  // `invalid`: the parts of `?d=` that are not (or turn out not to be) a region.
  let { codes, invalid } = parseSelection(new URLSearchParams(window.location.search).get('d'));
  let names = new Map<string, SearchEntry>();
  let data: CompareData | null = null;
  const name = (code: string) => names.get(code)?.n ?? code;

  function renderChart(): void {
    // Emptied first: the chart is drawn at the width of its container without it.
    chart.replaceChildren();
    const svg = data && drawComparison({ data, codes, name, width: chart.clientWidth, locale, texts }, document);
    if (svg) chart.append(svg);
  }

  function update(): void {
    writeSelection(codes, q<HTMLAnchorElement>('[data-share]'));
    renderChips(chips, codes, names, texts.remove, (code) => {
      codes = codes.filter((c) => c !== code);
      update();
      input.focus();
    });
    message.textContent = [
      ...(codes.length ? [] : [texts.empty]),
      ...(codes.length >= MAX_REGIONS ? [texts.full.replace('{max}', String(MAX_REGIONS))] : []),
      ...(invalid.length ? [texts.unknown.replace('{codes}', invalid.join(', '))] : []),
    ].join(' ');
    input.disabled = codes.length >= MAX_REGIONS;
    renderChart();
    table.replaceChildren(...comparisonTable({ data, codes, name, locale, texts }, document));
    table.closest<HTMLElement>('[data-results]')!.hidden = codes.length === 0;
  }

  attachCombobox({
    input,
    listbox: q<HTMLElement>('[data-listbox]'),
    status: q<HTMLElement>('[data-status]'),
    indexUrl: root.dataset.index!,
    texts,
    onSelect: (entry) => {
      if (!codes.includes(entry.c) && codes.length < MAX_REGIONS) codes = [...codes, entry.c];
      input.value = '';
      update();
    },
  });
  let drawnWidth = 0;
  window.addEventListener('resize', () => {
    if (Math.abs(chart.clientWidth - drawnWidth) > 40) {
      drawnWidth = chart.clientWidth;
      renderChart();
    }
  });
  const downloads = root.querySelector<HTMLElement>('[data-downloads]');
  if (downloads) attachDownloads(downloads, () => figures(codes, names, data, texts, chart, chips));

  root.hidden = false;
  for (const note of document.querySelectorAll<HTMLElement>('[data-no-js]')) note.hidden = true;
  update();
  load(root).then(
    ([compare, entries]) => {
      data = compare;
      names = new Map(entries.map((e) => [e.c, e]));
      const unknown = codes.filter((c) => !names.has(c));
      if (unknown.length) {
        invalid = [...invalid, ...unknown];
        codes = codes.filter((c) => names.has(c));
      }
      update();
    },
    () => (message.textContent = texts.loadError),
  );
}

/** The series and zone bands, and the names of every region. */
function load(root: HTMLElement): Promise<[CompareData, SearchEntry[]]> {
  return Promise.all([
    fetch(root.dataset.data!).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<CompareData>;
    }),
    loadEntries(root.dataset.index!),
  ]);
}

/** What the downloads hold: the figures behind the chart, the chart as drawn and its key (the chips). */
function figures(
  codes: string[],
  names: Map<string, SearchEntry>,
  data: CompareData | null,
  texts: Texts,
  chart: HTMLElement,
  chips: HTMLElement,
): ComparisonFigures {
  return {
    rows: codes.flatMap((code) =>
      comparisonRows(
        { code, name: names.get(code)?.n ?? code, provinceName: names.get(code)?.p ?? '' },
        (data?.series[code] ?? []).map(([year, score, zone, category, opinion]) => ({
          year,
          score,
          zone,
          category,
          opinion,
          scheme: data?.schemes[year] ?? null,
        })),
      ),
    ),
    svg: chart.querySelector('svg'),
    // The names are in the key under the picture; a title listing six of them would not fit.
    title: texts.chartTitle,
    source: texts.source,
    legend: [...chips.querySelectorAll('li')].map((li) => ({
      name: li.querySelector('a')?.textContent ?? li.dataset.code ?? '',
      swatch: li.querySelector('svg')!,
    })),
  };
}

for (const root of document.querySelectorAll<HTMLElement>('[data-compare]')) init(root);
