import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { drawComparison, type ComparisonChartInput } from '../../src/lib/comparison/chart.ts';
import { SVG_NS } from '../../src/lib/comparison/elements.ts';
import { MAX_REGIONS, parseSelection } from '../../src/lib/comparison/selection.ts';
import { COLORS, DASHES, swatch } from '../../src/lib/comparison/style.ts';
import { comparisonTable, type ComparisonTableInput } from '../../src/lib/comparison/table.ts';
import { compareData } from '../../src/lib/model/compare-data.ts';
import { OPINION_2025, sampleDataset } from './export-fixture.ts';

/** The comparison draws into the document it is given: here linkedom's, in the browser the page's. */
const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** The hand-made sample (tests/fixtures/processed-sample): 2019, 2021 and 2022 assessed, 2020 not, categories from 2022. */
const dataset = sampleDataset();
const DATA = compareData(dataset);
const names = new Map(dataset.registry.regions.map((r) => [r.code, r.name]));
const name = (code: string) => names.get(code) ?? code;
const TEXTS = {
  chartTitle: t('compare.chartTitle'),
  schemeChange: t('chart.schemeChange'),
  schemeChangeOther: t('chart.schemeChangeOther'),
  methodBreak: t('chart.methodBreak'),
  yLabel: t('chart.yLabel'),
};
/** Pesawaran (2019, 2021, 2022), Kota Pasuruan (2021; 2022 a grade without a score), Kota Metro (2019, 2021). */
const INPUT: ComparisonChartInput = { data: DATA, codes: ['18.09', '35.75', '18.72'], name, width: 720, locale: 'id', texts: TEXTS };

const draw = (input: ComparisonChartInput = INPUT) => drawComparison(input, doc)!;
const all = (root: Element, selector: string) => [...root.querySelectorAll(selector)];

/**
 * Standalone SVG markup, one element per line, so a change to the drawing reads as a diff. linkedom
 * lists attributes last-set first; they are put back in the order the renderer set them (the page's).
 */
function snapshotMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    const attributes = element.getAttributeNames().map((key) => [key, element.getAttribute(key)!] as const);
    for (const [key] of attributes) element.removeAttribute(key);
    for (const [key, value] of attributes) element.setAttribute(key, value);
  }
  copy.setAttribute('xmlns', SVG_NS);
  return `${copy.outerHTML.replace(/></g, '>\n<')}\n`;
}

describe('drawComparison', () => {
  const svg = draw();

  it('matches the stored snapshot (any change to the drawing shows up in review)', async () => {
    await expect(snapshotMarkup(svg)).toMatchFileSnapshot('./__snapshots__/compare-sample.svg');
  });

  it('is drawn at the container width (300–720 px) with a title naming the regions', () => {
    expect([svg.getAttribute('viewBox'), svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('role')]).toEqual([
      '0 0 720 340',
      '720',
      '340',
      'img',
    ]);
    expect(svg.querySelector(':scope > title')?.textContent).toBe('Skor kepatuhan per tahun: Kabupaten Pesawaran, Kota Pasuruan, Kota Metro');
    // Narrow containers are drawn at 300 px (text stays 12 px), and an unknown width (0) at 720.
    expect(draw({ ...INPUT, width: 200 }).getAttribute('viewBox')).toBe('0 0 300 300');
    expect(draw({ ...INPUT, width: 0 }).getAttribute('width')).toBe('720');
  });

  it('draws one line per region, in the order chosen, each with its own colour, dash and marker', () => {
    const groups = all(svg, 'g[data-code]');
    expect(groups.map((g) => g.getAttribute('data-code'))).toEqual(['18.09', '35.75', '18.72']);
    groups.forEach((g, i) => {
      const lines = all(g, 'path[fill="none"]');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.getAttribute('stroke')).toBe(COLORS[i]);
      expect(lines[0]!.getAttribute('stroke-dasharray')).toBe(DASHES[i]);
    });
    // Markers: circles, squares, triangles; one per published score, none for Kota Pasuruan's 2022 grade without a score.
    expect(all(groups[0]!, 'circle')).toHaveLength(3);
    expect(all(groups[1]!, 'rect')).toHaveLength(1);
    expect(all(groups[2]!, 'path:not([fill="none"])')).toHaveLength(2);
    expect(all(groups[0]!, 'circle > title').map((n) => n.textContent)).toEqual([
      'Kabupaten Pesawaran 2019: 45,67',
      'Kabupaten Pesawaran 2021: 62,10',
      'Kabupaten Pesawaran 2022: 88,50',
    ]);
  });

  it('breaks a line across 2020 (no assessment) and joins consecutive years', () => {
    const d = (code: string) => svg.querySelector(`g[data-code="${code}"] > path[fill="none"]`)!.getAttribute('d')!;
    expect(d('18.09').match(/[ML]/g)).toEqual(['M', 'M', 'L']);
    expect(d('18.72').match(/[ML]/g)).toEqual(['M', 'M']);
    // 2020: one grey column and no zone bands; the other years have their scheme's bands (3 zones, then 5 categories).
    expect(all(svg, 'rect[fill="var(--chart-gap)"]')).toHaveLength(1);
    expect(all(svg, 'rect[fill-opacity]')).toHaveLength(3 + 3 + 5);
    expect(all(svg, 'rect[fill="var(--zone-hijau-a)"]')).toHaveLength(1);
  });

  it('marks the scheme change of 2022 once, with its label', () => {
    expect(all(svg, 'line[stroke-dasharray="4 3"]')).toHaveLength(1);
    expect(all(svg, 'text[font-weight]').map((n) => n.textContent)).toEqual(['Kategori A–E sejak 2022']);
  });

  it('labels the 2025 method as a new method (not "Kategori A–E"), at the right edge and a line above the 2022 label', () => {
    const long = compareData({ ...dataset, scores: [...dataset.scores, OPINION_2025] });
    expect(long.changes).toEqual([
      [2022, 'categories'],
      [2025, 'method'],
    ]);
    for (const width of [720, 300]) {
      const chart = draw({ ...INPUT, data: long, width });
      const labels = all(chart, 'text[font-weight]');
      expect(labels.map((n) => n.textContent)).toEqual([width === 720 ? 'Kategori A–E sejak 2022' : 'Kategori A–Esejak 2022', 'Metode baru 2025']);
      const [categories, method] = labels;
      // The method label ends at the right edge, above every line of the 2022 label, and inside the chart.
      expect([method!.getAttribute('x'), method!.getAttribute('text-anchor')]).toEqual([String(width - 10), 'end']);
      const firstLine = Number(categories!.getAttribute('y'));
      expect(Number(method!.getAttribute('y'))).toBe(firstLine - 14);
      expect(Number(method!.getAttribute('y'))).toBeGreaterThanOrEqual(12);
      // 2025 gets the opinion tint, not zone bands.
      expect(all(chart, 'rect[fill="var(--color-surface)"]')).toHaveLength(1);
    }
    const en = draw({ ...INPUT, data: long, locale: 'en', texts: { ...TEXTS, methodBreak: t('chart.methodBreak', undefined, 'en') } });
    expect(all(en, 'text[font-weight]').at(-1)?.textContent).toBe('New method 2025');
  });

  it('has a score axis from 0 to 100 and a label per year (shortened when columns are narrow)', () => {
    const texts = all(svg, 'text:not([font-weight])').map((n) => n.textContent);
    expect(texts).toEqual(['↑ Skor', '0', '20', '40', '60', '80', '100', '2019', '2020', '2021', '2022']);
    const long = compareData({ ...dataset, scores: [...dataset.scores, OPINION_2025] });
    const narrow = draw({ ...INPUT, data: long, width: 300 });
    expect(all(narrow, 'text[text-anchor="middle"]').map((n) => n.textContent)).toEqual(['’19', '’20', '’21', '’22', '’23', '’24', '’25']);
  });

  it('writes scores in the page language and keeps names as text', () => {
    const en = draw({ ...INPUT, locale: 'en', codes: ['18.09'], name: () => '<b>Evil & "Co"</b>' });
    expect(en.querySelector('circle > title')?.textContent).toBe('<b>Evil & "Co"</b> 2019: 45.67');
    expect(en.querySelector('b')).toBeNull();
    expect(en.outerHTML).toContain('&lt;b&gt;Evil &amp; "Co"&lt;/b&gt; 2019');
  });

  it('draws nothing without a region', () => {
    expect(drawComparison({ ...INPUT, codes: [] }, doc)).toBeNull();
  });

  it('gives each chip the swatch of its line', () => {
    const chip = swatch(doc, 1);
    expect(chip.querySelector('line')?.getAttribute('stroke-dasharray')).toBe(DASHES[1]);
    expect(chip.querySelector('rect')?.getAttribute('fill')).toBe(COLORS[1]);
    expect(chip.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('comparisonTable', () => {
  const input: ComparisonTableInput = {
    data: DATA,
    codes: ['18.09', '35.75'],
    name,
    locale: 'id',
    texts: {
      tableCaption: t('compare.tableCaption'),
      year: t('compare.year'),
      notAssessed: t('region.notAssessed'),
      noAssessment: t('region.noAssessmentYear'),
      vsYear: t('region.vsYear'),
      zones: { merah: t('zone.merah'), kuning: t('zone.kuning'), hijau: t('zone.hijau') },
      opinions: {},
    },
  };
  const table = doc.createElement('table');
  table.append(...comparisonTable(input, doc));
  const cells = (year: number) => all(table, `tr[data-year="${year}"] td`).map((td) => [td.getAttribute('data-code'), td.textContent]);

  it('has a caption, a column per region and a row per year', () => {
    expect(table.querySelector('caption')?.textContent).toBe('Skor dan perubahan per tahun');
    expect(all(table, 'thead th[scope="col"]').map((th) => th.textContent)).toEqual(['Tahun', 'Kabupaten Pesawaran', 'Kota Pasuruan']);
    expect(all(table, 'tbody th[scope="row"]').map((th) => th.textContent)).toEqual(['2019', '2020', '2021', '2022']);
  });

  it('gives the score, the grade and the change since the previous assessment', () => {
    expect(cells(2019)).toEqual([
      ['18.09', '45,67 Merah'],
      ['35.75', 'tidak dinilai'],
    ]);
    expect(cells(2020)).toEqual([
      ['18.09', 'tidak ada penilaian'],
      ['35.75', 'tidak ada penilaian'],
    ]);
    // 2019 → 2021 skips only 2020, in which nobody was assessed: no "(vs 2019)".
    expect(cells(2021)[0]).toEqual(['18.09', '62,10 Kuning+16,43']);
    expect(table.querySelector('tr[data-year="2021"] .compare-change')?.getAttribute('class')).toBe('compare-change change-up');
    expect(cells(2022)).toEqual([
      ['18.09', '88,50 Hijau · A+26,40'],
      ['35.75', '— Kuning · C'],
    ]);
  });

  it('says "(vs year)" when a change skips an assessment', () => {
    const gap = comparisonTable(
      { ...input, codes: ['18.09'], data: { ...DATA, series: { ...DATA.series, '18.09': DATA.series['18.09']!.filter((p) => p[0] !== 2021) } } },
      doc,
    );
    const row = gap[2].querySelector('tr[data-year="2022"] .compare-change');
    expect(row?.textContent).toBe('+42,83 (vs 2019)');
  });

  it('has only its caption and head while the data loads', () => {
    const [, head, body] = comparisonTable({ ...input, data: null }, doc);
    expect(head.querySelectorAll('th')).toHaveLength(3);
    expect(body.children).toHaveLength(0);
  });
});

describe('parseSelection', () => {
  it('keeps valid, unique codes in order (also 1809), at most six, and reports the rest', () => {
    expect(parseSelection('18.09, 3302,abc,18.09,,99')).toEqual({ codes: ['18.09', '33.02'], invalid: ['abc', '99'] });
    const seven = ['11.01', '11.02', '11.03', '11.04', '11.05', '11.06', '11.07'];
    expect(parseSelection(seven.join(',')).codes).toEqual(seven.slice(0, MAX_REGIONS));
    expect(parseSelection(null)).toEqual({ codes: [], invalid: [] });
  });
});
