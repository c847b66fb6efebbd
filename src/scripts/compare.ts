/**
 * The comparison page (/bandingkan/?d=18.09,33.02): up to 6 regions, overlaid trends
 * drawn as a small SVG here (no Plot in the browser), and a year-over-year table.
 * The selection lives in `?d=`, so the URL can be shared. Data: /bandingkan/data.json
 * (series and zone bands) and /cari.json (names); all text is set with textContent.
 */
import type { CompareData } from '../lib/model/places.ts';
import type { SearchEntry } from '../lib/model/search.ts';
import { attachCombobox, loadEntries } from './region-search.ts';
import { attachDownloads } from './compare-downloads.ts';
import { svgElement as el } from './svg-element.ts';
import { comparisonRows } from '../lib/export/comparison.ts';

interface Texts {
  remove: string;
  empty: string;
  full: string;
  unknown: string;
  loadError: string;
  chartTitle: string;
  tableCaption: string;
  year: string;
  notAssessed: string;
  noAssessment: string;
  schemeChange: string;
  yLabel: string;
  vsYear: string;
  zones: Record<string, string>;
  opinions: Record<string, string>;
  results: string;
  none: string;
  loading: string;
  source: string;
}

export const MAX_REGIONS = 6;
const CODE = /^\d{2}\.\d{2}$/;

/** Codes from `?d=`: valid, unique, at most MAX_REGIONS, in order. Also accepts `1809`. */
export function parseSelection(value: string | null): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const code = /^\d{4}$/.test(part) ? `${part.slice(0, 2)}.${part.slice(2)}` : part;
    if (!CODE.test(code)) invalid.push(part);
    else if (!codes.includes(code) && codes.length < MAX_REGIONS) codes.push(code);
  }
  return { codes, invalid };
}

const COLOURS = ['#0b4f9c', '#b34700', '#6a3d9a', '#00666b', '#a3005f', '#1d2330'];
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '14 4', '4 2'];
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'circle-open', 'square-open'] as const;

function marker(shape: (typeof SHAPES)[number], x: number, y: number, colour: string): SVGElement {
  const open = shape.endsWith('-open');
  const paint = open ? { fill: 'var(--color-bg)', stroke: colour, 'stroke-width': 2 } : { fill: colour, stroke: 'var(--color-bg)', 'stroke-width': 1.5 };
  if (shape.startsWith('square')) return el('rect', { x: x - 4, y: y - 4, width: 8, height: 8, ...paint });
  if (shape === 'triangle') return el('path', { d: `M${x},${y - 5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`, ...paint });
  if (shape === 'diamond') return el('path', { d: `M${x},${y - 5.5}L${x + 5.5},${y}L${x},${y + 5.5}L${x - 5.5},${y}Z`, ...paint });
  return el('circle', { cx: x, cy: y, r: 4.5, ...paint });
}

const ZONE_FILL: Record<string, string> = { merah: 'var(--zone-merah)', kuning: 'var(--zone-kuning)', hijau: 'var(--zone-hijau)' };
const bandFill = (zone: string, category: string | null) =>
  zone === 'hijau' && category === 'A' ? 'var(--zone-hijau-a)' : zone === 'hijau' && category === 'B' ? 'var(--zone-hijau-b)' : (ZONE_FILL[zone] ?? 'none');

function init(root: HTMLElement): void {
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const dataUrl = root.dataset.data!;
  const indexUrl = root.dataset.index!;
  const numberLocale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  const fmt = new Intl.NumberFormat(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const score = (v: number) => fmt.format(v).replace(/^-/, '\u2212');
  const signed = (v: number) => (fmt.format(Math.abs(v)) === fmt.format(0) ? fmt.format(0) : `${v > 0 ? '+' : '\u2212'}${fmt.format(Math.abs(v))}`);

  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const chips = q<HTMLUListElement>('[data-chips]');
  const message = q<HTMLElement>('[data-message]');
  const chart = q<HTMLElement>('[data-chart]');
  const table = q<HTMLTableElement>('[data-table]');
  const share = q<HTMLAnchorElement>('[data-share]');
  const input = q<HTMLInputElement>('input[type="search"]');

  let { codes, invalid } = parseSelection(new URLSearchParams(window.location.search).get('d'));
  let names = new Map<string, SearchEntry>();
  let data: CompareData | null = null;

  function writeUrl(): void {
    const url = new URL(window.location.href);
    if (codes.length) url.searchParams.set('d', codes.join(','));
    else url.searchParams.delete('d');
    // Keep the commas readable in a shared link.
    const search = url.search.replace(/%2C/gi, ',');
    window.history.replaceState(null, '', `${url.pathname}${search}${url.hash}`);
    share.href = `${url.pathname}${search}`;
    share.textContent = new URL(share.href, window.location.href).href;
    // The embed code under the comparison (ShareTools) embeds the current selection.
    for (const code of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]')) {
      const src = new URL(code.dataset.embedCode!, window.location.href);
      src.search = search;
      // A replacer function: `$&` and friends in a URL must not act as patterns; quotes and ampersands escaped for the attribute.
      code.value = code.value.replace(/src="[^"]*"/, () => `src="${src.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-embed-link], a[data-embed-back]')) link.search = search;
  }

  function renderChips(): void {
    chips.replaceChildren(
      ...codes.map((code, i) => {
        const li = document.createElement('li');
        li.dataset.code = code;
        const swatch = el('svg', { width: 30, height: 12, viewBox: '0 0 30 12', 'aria-hidden': 'true', focusable: 'false' });
        swatch.append(el('line', { x1: 1, y1: 6, x2: 29, y2: 6, stroke: COLOURS[i]!, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i]! }), marker(SHAPES[i]!, 15, 6, COLOURS[i]!));
        const link = document.createElement('a');
        const entry = names.get(code);
        link.textContent = entry?.n ?? code;
        link.href = entry?.u ?? '#';
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = '×';
        button.setAttribute('aria-label', texts.remove.replace('{name}', entry?.n ?? code));
        button.addEventListener('click', () => {
          codes = codes.filter((c) => c !== code);
          update();
          input.focus();
        });
        li.append(swatch, link, button);
        return li;
      }),
    );
  }

  function renderMessage(): void {
    const parts: string[] = [];
    if (!codes.length) parts.push(texts.empty);
    if (codes.length >= MAX_REGIONS) parts.push(texts.full.replace('{max}', String(MAX_REGIONS)));
    if (invalid.length) parts.push(texts.unknown.replace('{codes}', invalid.join(', ')));
    message.textContent = parts.join(' ');
    input.disabled = codes.length >= MAX_REGIONS;
  }

  function renderChart(): void {
    chart.replaceChildren();
    if (!data || !codes.length || !data.years.length) return;
    const years = data.years;
    // Drawn at the container's width so text stays 12 px on a phone.
    const W = Math.round(Math.max(300, Math.min(720, chart.clientWidth || 720)));
    const H = W < 500 ? 300 : 340;
    const m = { l: 34, r: 10, t: 34, b: 30 };
    const first = years[0]!;
    const last = years.at(-1)!;
    const x = (year: number) => m.l + ((year - first + 0.5) / (last - first + 1)) * (W - m.l - m.r);
    const y = (v: number) => m.t + (1 - v / 100) * (H - m.t - m.b);
    const col = (W - m.l - m.r) / (last - first + 1);
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', class: 'compare-svg', 'font-size': 12 });
    const title = el('title', {});
    title.textContent = `${texts.chartTitle}: ${codes.map((c) => names.get(c)?.n ?? c).join(', ')}`;
    svg.append(title);
    let previousScheme: string | null = null;
    for (const year of years) {
      const bands = data.bands[year];
      if (!bands) {
        svg.append(el('rect', { x: x(year) - col / 2, y: y(100), width: col, height: y(0) - y(100), fill: 'var(--chart-gap)' }));
        continue;
      }
      let top = 100;
      for (const [min, zone, category] of bands) {
        svg.append(el('rect', { x: x(year) - col / 2, y: y(top), width: col, height: y(min) - y(top), fill: bandFill(zone, category), 'fill-opacity': 0.32, 'shape-rendering': 'crispEdges' }));
        if (min > 0) svg.append(el('line', { x1: x(year) - col / 2, x2: x(year) + col / 2, y1: y(min), y2: y(min), stroke: 'var(--color-bg)', 'shape-rendering': 'crispEdges' }));
        top = min;
      }
      const scheme = data.schemes[year] ?? null;
      if (previousScheme && scheme && scheme !== previousScheme) {
        const bx = x(year) - col / 2;
        svg.append(el('line', { x1: bx, x2: bx, y1: y(100), y2: y(0), stroke: 'currentColor', 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }));
        const text = texts.schemeChange.replace('{year}', String(year));
        const label = el('text', { x: bx + 4, y: y(100) - 8, 'font-weight': 600, fill: 'currentColor' });
        // Two lines when one would run past the right edge ("Kategori A–E" / "sejak 2022").
        const cut = text.lastIndexOf(' ', text.lastIndexOf(' ') - 1);
        if (text.length * 6.5 > W - m.r - bx && cut > 0) {
          const a = el('tspan', { x: bx + 4, dy: '-1.1em' });
          a.textContent = text.slice(0, cut);
          const b = el('tspan', { x: bx + 4, dy: '1.1em' });
          b.textContent = text.slice(cut + 1);
          label.append(a, b);
        } else label.textContent = text;
        svg.append(label);
      }
      if (scheme) previousScheme = scheme;
    }
    const yLabel = el('text', { x: 4, y: 14, fill: 'currentColor' });
    yLabel.textContent = `↑ ${texts.yLabel}`;
    svg.append(yLabel);
    for (const v of [0, 20, 40, 60, 80, 100]) {
      const label = el('text', { x: m.l - 8, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: 'currentColor' });
      label.textContent = String(v);
      svg.append(label);
    }
    for (const year of years) {
      const label = el('text', { x: x(year), y: H - m.b + 18, 'text-anchor': 'middle', fill: 'currentColor' });
      label.textContent = col < 42 ? `’${String(year).slice(2)}` : String(year);
      svg.append(label);
    }
    codes.forEach((code, i) => {
      const points = (data!.series[code] ?? []).filter((p) => p[1] !== null);
      const colour = COLOURS[i]!;
      const group = el('g', { 'data-code': code });
      // Join only consecutive years: a gap stays a gap.
      let path = '';
      points.forEach((p, j) => {
        const prev = points[j - 1];
        path += `${prev && prev[0] === p[0] - 1 ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]!).toFixed(1)}`;
      });
      group.append(el('path', { d: path, fill: 'none', stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i]!, 'stroke-linejoin': 'round' }));
      for (const p of points) {
        const dot = marker(SHAPES[i]!, x(p[0]), y(p[1]!), colour);
        const tip = el('title', {});
        tip.textContent = `${names.get(code)?.n ?? code} ${p[0]}: ${score(p[1]!)}`;
        dot.append(tip);
        group.append(dot);
      }
      svg.append(group);
    });
    chart.append(svg);
  }

  function renderTable(): void {
    const caption = document.createElement('caption');
    caption.textContent = texts.tableCaption;
    const head = document.createElement('tr');
    const corner = document.createElement('th');
    corner.scope = 'col';
    corner.textContent = texts.year;
    head.append(corner);
    for (const code of codes) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = names.get(code)?.n ?? code;
      head.append(th);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    if (data) {
      const seriesByCode = new Map(codes.map((c) => [c, data!.series[c] ?? []]));
      for (const year of data.years) {
        const tr = document.createElement('tr');
        tr.dataset.year = String(year);
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = String(year);
        tr.append(th);
        for (const code of codes) {
          const td = document.createElement('td');
          td.dataset.code = code;
          const series = seriesByCode.get(code)!;
          const i = series.findIndex((p) => p[0] === year);
          const point = series[i];
          if (!data.bands[year]) td.textContent = texts.noAssessment;
          else if (!point) td.textContent = texts.notAssessed;
          else {
            const [, value, zone, category, opinion] = point;
            const main = document.createElement('span');
            main.className = 'compare-score';
            main.textContent = value === null ? '—' : score(value);
            const grade = document.createElement('span');
            grade.className = 'compare-grade';
            grade.textContent = zone !== null ? `${texts.zones[zone] ?? zone}${category ? ` · ${category}` : ''}` : opinion !== null ? (texts.opinions[opinion] ?? opinion) : '';
            td.append(main, ' ', grade);
            const prev = series[i - 1];
            if (prev && value !== null && prev[1] !== null) {
              const change = document.createElement('span');
              const diff = Math.round((value - prev[1]) * 100) / 100;
              change.className = `compare-change ${diff > 0 ? 'change-up' : diff < 0 ? 'change-down' : ''}`;
              change.textContent = `${signed(diff)}${prev[0] !== previousAssessed(year) ? ` ${texts.vsYear.replace('{year}', String(prev[0]))}` : ''}`;
              td.append(change);
            }
          }
          tr.append(td);
        }
        tbody.append(tr);
      }
    }
    table.replaceChildren(caption, thead, tbody);
    table.closest<HTMLElement>('[data-results]')!.hidden = codes.length === 0;
  }

  /** Years in which any region was assessed (2020 is not), for the "(vs 2019)" note. */
  let assessedYears: number[] = [];
  const previousAssessed = (year: number) => assessedYears.filter((y) => y < year).at(-1) ?? null;

  function update(): void {
    writeUrl();
    renderChips();
    renderMessage();
    renderChart();
    renderTable();
  }

  attachCombobox({
    input,
    listbox: q<HTMLElement>('[data-listbox]'),
    status: q<HTMLElement>('[data-status]'),
    indexUrl,
    texts: { results: texts.results, none: texts.none, loading: texts.loading },
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
  if (downloads) {
    attachDownloads(downloads, () => ({
      rows: codes.flatMap((code) =>
        comparisonRows(
          { code, name: names.get(code)?.n ?? code, provinceName: names.get(code)?.p ?? '' },
          (data?.series[code] ?? []).map(([year, score, zone, category, opinion]) => ({ year, score, zone, category, opinion, scheme: data?.schemes[year] ?? null })),
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
    }));
  }

  root.hidden = false;
  for (const note of Array.from(document.querySelectorAll<HTMLElement>('[data-no-js]'))) note.hidden = true;
  update();
  Promise.all([
    fetch(dataUrl).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<CompareData>;
    }),
    loadEntries(indexUrl),
  ]).then(
    ([compare, entries]) => {
      data = compare;
      const years = new Set<number>();
      for (const series of Object.values(compare.series)) for (const p of series) years.add(p[0]);
      assessedYears = [...years].sort((a, b) => a - b);
      names = new Map(entries.map((e) => [e.c, e]));
      const unknown = codes.filter((c) => !names.has(c));
      if (unknown.length) {
        invalid = [...invalid, ...unknown];
        codes = codes.filter((c) => names.has(c));
      }
      update();
    },
    () => {
      message.textContent = texts.loadError;
    },
  );
}

for (const root of Array.from(document.querySelectorAll<HTMLElement>('[data-compare]'))) init(root);
