import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gradeRange, noAssessmentYears, opinionYears, schemeChanges, unpublishedYears, zoneBandRuns, zoneBands } from '../../src/lib/charts/bands.ts';
import { renderComplaintsChart } from '../../src/lib/charts/complaints.ts';
import { miniSummary, renderMiniChart } from '../../src/lib/charts/mini.ts';
import { renderTrendChart, type TrendChartInput } from '../../src/lib/charts/trend.ts';
import type { SeriesPoint } from '../../src/lib/model/series.ts';
import { classify, schemeFor } from '../../src/lib/zones.ts';

function p(year: number, score: number | null, zone?: SeriesPoint['zone']): SeriesPoint {
  const band = score === null ? null : classify(year, score);
  return { year, score, zone: zone ?? band!.zone, category: band?.category ?? null, scheme: schemeFor(year)!.id };
}
/** Sampled up to 2019 (gap in 2016), no assessment in 2020, scheme change in 2022. */
const POINTS = [p(2015, 40), p(2017, 48.2), p(2018, 60), p(2019, 82.1), p(2021, 52), p(2022, 52), p(2023, 80), p(2024, 88.54)];
const INPUT: TrendChartInput = {
  id: 'trend',
  name: 'Kabupaten Pesawaran',
  from: 2015,
  to: 2024,
  points: POINTS,
  provinceMedians: new Map([
    [2015, 50],
    [2016, 55.5],
    [2021, 60],
    [2022, 70.25],
  ]),
  nationalMedians: new Map([[2024, 75]]),
};

/** Parses chart markup back into a DOM to inspect it. */
function svgOf(markup: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg') as unknown as SVGSVGElement;
}

describe('zone bands, gaps and scheme changes', () => {
  it('gives each year the bands of its own scheme', () => {
    const bands = zoneBands(2021, 2022);
    expect(bands.filter((b) => b.year === 2021).map((b) => [b.y1, b.y2, b.zone])).toEqual([
      [81, 100, 'hijau'],
      [51, 81, 'kuning'],
      [0, 51, 'merah'],
    ]);
    expect(bands.filter((b) => b.year === 2022).map((b) => [b.y1, b.y2, b.category])).toEqual([
      [88, 100, 'A'],
      [78, 88, 'B'],
      [54, 78, 'C'],
      [32, 54, 'D'],
      [0, 32, 'E'],
    ]);
    expect(bands.find((b) => b.category === 'A')?.fill).toBe('var(--zone-hijau-a)');
    expect(bands.find((b) => b.zone === 'merah')?.fill).toBe('var(--zone-merah)');
  });
  it('draws consecutive years of one scheme as one run, broken by 2020 and by a scheme change', () => {
    const runs = zoneBandRuns(2015, 2025);
    const spans = [...new Set(runs.map((b) => `${b.x1 + 0.5}–${b.x2 - 0.5}`))];
    expect(spans).toEqual(['2015–2019', '2021–2021', '2022–2024']);
    // Same bands per run as per year: every year's band is covered by exactly one run with the same range and fill.
    for (const band of zoneBands(2015, 2025)) {
      const covering = runs.filter((r) => r.x1 <= band.x1 && r.x2 >= band.x2 && r.y1 === band.y1 && r.y2 === band.y2 && r.fill === band.fill);
      expect(covering, `${band.year} ${band.y1}`).toHaveLength(1);
    }
    expect(runs).toHaveLength(3 + 3 + 5);
    expect(zoneBandRuns(2020, 2020)).toEqual([]);
    expect(zoneBandRuns(2019, 2019)).toEqual(zoneBands(2019, 2019));
  });
  it('leaves 2020 without bands and reports it as a year without assessment', () => {
    expect(zoneBands(2020, 2020)).toEqual([]);
    expect(noAssessmentYears(2018, 2022)).toEqual([2020]);
  });
  it('marks the 2021 → 2022 change (categories) and the 2025 change, across 2020 without a false change', () => {
    expect(schemeChanges(2015, 2021)).toEqual([]);
    const changes = schemeChanges(2015, 2026);
    expect(changes.map((c) => [c.x, c.year, c.categories])).toEqual([
      [2021.5, 2022, true],
      [2024.5, 2025, false],
    ]);
  });
});

describe('renderTrendChart', () => {
  const markup = renderTrendChart(INPUT);
  const svg = svgOf(markup);

  it('is accessible: role="img", a <title> and <desc> it is labelled by, role="group" on every <g aria-label>', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('trend-title');
    expect(svg.getAttribute('aria-describedby')).toBe('trend-desc');
    expect(svg.querySelector('#trend-title')?.textContent).toBe('Skor kepatuhan Kabupaten Pesawaran, 2015–2024');
    const groups = [...svg.querySelectorAll('g[aria-label]')];
    expect(groups.length).toBeGreaterThan(5);
    expect(groups.every((g) => g.getAttribute('role') === 'group')).toBe(true);
  });
  it("a second rendering on the page (the narrow one) is labelled by the first one's title and description instead of repeating them", () => {
    const narrow = svgOf(renderTrendChart({ ...INPUT, id: 'trend-narrow', variant: 'narrow', labelledBy: 'trend' }));
    expect(narrow.getAttribute('aria-labelledby')).toBe('trend-title');
    expect(narrow.getAttribute('aria-describedby')).toBe('trend-desc');
    expect(narrow.querySelector(':scope > title, :scope > desc')).toBeNull();
    // The marks keep their own tooltips.
    expect(narrow.querySelectorAll('g title').length).toBe(svg.querySelectorAll('g title').length);
  });
  it('scales: explicit width, height and viewBox, no inline <style>, no fixed font family', () => {
    expect(svg.getAttribute('viewBox')).toBe('0 0 720 340');
    expect(svg.getAttribute('width')).toBe('720');
    expect(svg.getAttribute('height')).toBe('340');
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.hasAttribute('font-family')).toBe(false);
    expect(svg.getAttribute('class')).toBe('chart-svg chart-svg--wide');
  });
  it('prints years as years (never "2,019") and no float noise in coordinates', () => {
    const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(markup).not.toMatch(/\d\.\d{3,}/);
    expect(markup).not.toMatch(/>2[.,]0\d\d</);
  });
  it('draws one dot per score with a tooltip, and lines only between consecutive years', () => {
    const dots = [...svg.querySelectorAll('g.chart-points circle title')].map((t) => t.textContent);
    expect(dots).toEqual([
      '2015: 40,00 (zona merah)',
      '2017: 48,20 (zona merah)',
      '2018: 60,00 (zona kuning)',
      '2019: 82,10 (zona hijau)',
      '2021: 52,00 (zona kuning)',
      '2022: 52,00 (kategori D, zona merah)',
      '2023: 80,00 (kategori B, zona hijau)',
      '2024: 88,54 (kategori A, zona hijau)',
    ]);
    // Runs: 2015 | 2017–2019 | 2021–2024 (2016 missing, 2020 no assessment). Region line = last line mark.
    const lines = [...svg.querySelectorAll('g[aria-label="line"]')];
    const region = lines.at(-1)!;
    expect(region.querySelectorAll('path').length).toBe(3);
    // Province medians: 2015–2016 joined, 2021–2022 joined, nothing across 2017–2020.
    const province = lines.at(-2)!;
    expect(province.querySelectorAll('path').length).toBe(2);
  });
  it('marks the scheme change and the year without assessment, with bands per scheme run', () => {
    expect(svg.textContent).toContain('Kategori A–E sejak 2022');
    expect(svg.textContent).toContain('tidak ada penilaian');
    const rule = svg.querySelector('g[aria-label="rule"] line');
    expect(rule).not.toBeNull();
    // Bands: two three-zone runs (2015–2019, 2021 after 2020's gap) × 3 + one category run (2022–2024) × 5.
    const bandRects = svg.querySelector('g[aria-label="rect"]')!.querySelectorAll('rect');
    expect(bandRects.length).toBe(2 * 3 + 1 * 5);
    // Category letters at the right edge (wide only).
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E']));
  });
  it('has a narrow variant with short year labels and the label on two lines', () => {
    const narrow = svgOf(renderTrendChart({ ...INPUT, id: 'n', variant: 'narrow' }));
    expect(narrow.getAttribute('viewBox')).toBe('0 0 360 330');
    const ticks = [...narrow.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks[0]).toBe('’15');
    expect([...narrow.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['Kategori A–E', 'sejak 2022']);
    expect(narrow.textContent).not.toContain('tidak ada penilaian');
  });
  it('escapes data text (a region name with markup stays text)', () => {
    const evil = renderTrendChart({ ...INPUT, name: '<script>alert("x")</script> & Co' });
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;script&gt;alert(');
    expect(evil).toContain('&amp; Co');
    expect(svgOf(evil).querySelector('script')).toBeNull();
  });
  it('handles a region never assessed (no dots, no lines) and a range without a scheme change', () => {
    const empty = svgOf(renderTrendChart({ ...INPUT, points: [], provinceMedians: null, nationalMedians: null }));
    expect(empty.querySelectorAll('g.chart-points circle').length).toBe(0);
    const early = svgOf(renderTrendChart({ ...INPUT, from: 2015, to: 2019 }));
    expect(early.textContent).not.toContain('Kategori A–E');
    expect(early.querySelectorAll('g.chart-points circle').length).toBe(4);
  });
  it('hatches the assessed years without a published figure (2016), never 2020', () => {
    expect(unpublishedYears(POINTS, 2015, 2024)).toEqual([2016]);
    const hatched = [...svg.querySelectorAll('g.chart-unpublished rect')];
    expect(hatched).toHaveLength(1);
    expect(svg.querySelector('g.chart-unpublished')!.getAttribute('fill')).toBe('url(#trend-hatch)');
    expect(hatched[0]!.querySelector('title')?.textContent).toBe('2016: belum ada angka yang dipublikasikan');
    expect(svg.querySelector('pattern#trend-hatch')).not.toBeNull();
  });
  it('matches the stored snapshot (any change to the drawing shows up in review)', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/trend-wide.svg');
  });
});

describe('zone-only years and the 2025 method', () => {
  const gradeOnly = (year: number, zone: SeriesPoint['zone'], category: SeriesPoint['category'] = null): SeriesPoint => ({
    year,
    score: null,
    zone,
    category,
    scheme: schemeFor(year)!.id,
  });
  const opinion = (score: number | null, level: 'tinggi' | 'rendah' = 'tinggi'): SeriesPoint => ({
    year: 2025,
    score,
    zone: null,
    category: null,
    opinion: { level, quality: null, withoutMaladministration: false },
    scheme: schemeFor(2025)!.id,
  });
  const input: TrendChartInput = {
    ...INPUT,
    to: 2025,
    points: [p(2017, 21.97), gradeOnly(2018, 'hijau'), gradeOnly(2021, 'hijau'), gradeOnly(2022, 'kuning'), p(2023, 80), p(2024, 88.54), opinion(84.43)],
    provinceMedians: new Map([[2025, 70]]),
    nationalMedians: new Map([
      [2024, 75],
      [2025, 72],
    ]),
  };
  const markup = renderTrendChart(input);
  const svg = svgOf(markup);

  it('gives a zone or letter without a score the range of its band in that year', () => {
    expect(gradeRange(gradeOnly(2018, 'hijau'))).toEqual({ y1: 81, y2: 100 });
    expect(gradeRange(gradeOnly(2022, 'kuning'))).toEqual({ y1: 54, y2: 78 });
    expect(gradeRange(gradeOnly(2022, 'hijau'))).toEqual({ y1: 78, y2: 100 });
    expect(gradeRange(gradeOnly(2023, 'hijau', 'A'))).toEqual({ y1: 88, y2: 100 });
    expect(gradeRange(p(2023, 80))).toBeNull();
    const bars = [...svg.querySelectorAll('g.chart-grade-only rect title')].map((t) => t.textContent);
    expect(bars).toEqual(['2018: zona hijau, tanpa skor', '2021: zona hijau, tanpa skor', '2022: zona kuning, tanpa skor']);
  });
  it('draws 2025 in its own column: no zone bands, a label, the opinion tint, a square not joined to 2024', () => {
    expect(opinionYears(2015, 2025)).toEqual([2025]);
    // Zone bands stop at 2024: two three-zone runs × 3 + one category run × 5, none for 2025.
    expect(svg.querySelector('g[aria-label="rect"]')!.querySelectorAll('rect').length).toBe(2 * 3 + 1 * 5);
    expect(svg.textContent).toContain('Metode baru 2025');
    expect(svg.textContent).toContain('Opini Kualitas Tinggi');
    expect(markup).toContain('var(--zone-opini-tinggi)');
    const method = [...svg.querySelectorAll('g.chart-points--method title')].map((t) => t.textContent);
    expect(method).toEqual(['2025: 84,43, opini Kualitas Tinggi (metode baru, tidak sebanding dengan zona)']);
    // The region's line: runs 2017 and 2023–2024; 2025 is never part of it.
    const lines = [...svg.querySelectorAll('g[aria-label="line"]')];
    expect(lines.at(-1)!.querySelectorAll('path').length).toBe(2);
    expect([...svg.querySelectorAll('g.chart-points:not(.chart-points--method) title')].map((t) => t.textContent?.slice(0, 4))).toEqual([
      '2017',
      '2023',
      '2024',
    ]);
    // No median in 2025: the province median (2025 only) draws nothing, the national one only 2024.
    const medianTips = [...svg.querySelectorAll('title')].map((t) => t.textContent).filter((x) => x?.startsWith('Median'));
    expect(medianTips).toEqual(['Median nasional 2024: 75,00']);
    // 2019 and 2016 have no figure; 2025 has one.
    expect([...svg.querySelectorAll('g.chart-unpublished rect title')].map((t) => t.textContent)).toEqual([
      '2015: belum ada angka yang dipublikasikan',
      '2016: belum ada angka yang dipublikasikan',
      '2019: belum ada angka yang dipublikasikan',
    ]);
  });
  it('hatches 2025 too when the region has no 2025 result, and names the short opinion in the narrow chart', () => {
    const without = svgOf(renderTrendChart({ ...input, points: input.points.filter((x) => x.year < 2025) }));
    expect([...without.querySelectorAll('g.chart-unpublished rect title')].map((t) => t.textContent)).toContain('2025: belum ada angka yang dipublikasikan');
    const narrow = svgOf(renderTrendChart({ ...input, id: 'n', variant: 'narrow', points: [opinion(null, 'rendah')] }));
    expect(narrow.textContent).toContain('Kualitas Rendah');
    expect(narrow.textContent).not.toContain('Opini Kualitas Rendah');
    expect(narrow.querySelectorAll('g.chart-points--method circle, g.chart-points--method path').length).toBe(0);
  });
  it('matches the stored snapshot of the 2025 method and zone-only years', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/trend-method.svg');
  });
});

describe('renderComplaintsChart', () => {
  const rows = [
    { year: 2021, received: 40, resolved: 31 },
    { year: 2019, received: 1234, resolved: null },
    { year: 2022, received: null, resolved: null },
  ];
  const svg = svgOf(renderComplaintsChart({ id: 'c', name: 'Kota <Metro>', rows }));
  it('has year labels as strings, in order, and bars only for given values', () => {
    expect([...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent)).toEqual(['2019', '2021', '2022']);
    const bars = [...svg.querySelectorAll('g[aria-label="bar"]')];
    expect(bars).toHaveLength(2);
    expect(bars[0]!.querySelectorAll('rect').length).toBe(2); // received: 2019, 2021
    expect(bars[1]!.querySelectorAll('rect').length).toBe(1); // resolved: 2021
    expect([...svg.querySelectorAll('title')].map((t) => t.textContent)).toContain('2019: 1.234 diterima, — selesai');
  });
  it('is labelled and escapes the name', () => {
    expect(svg.querySelector('#c-title')?.textContent).toBe('Laporan masyarakat tentang Kota <Metro>, 2019–2022');
    expect(renderComplaintsChart({ id: 'c', name: 'Kota <Metro>', rows })).toContain('Kota &lt;Metro&gt;');
    expect([...svg.querySelectorAll('g[aria-label]')].every((g) => g.getAttribute('role') === 'group')).toBe(true);
  });
});

describe('renderMiniChart', () => {
  it('summarises the trend in its title and draws no axes', () => {
    const svg = svgOf(renderMiniChart({ id: 'm', name: 'Kota Metro', from: 2015, to: 2024, points: POINTS }));
    expect(svg.querySelector('title')?.textContent).toBe('Tren skor Kota Metro: 40,00 (2015) sampai 88,54 (2024)');
    expect(svg.querySelector('g[aria-label="x-axis tick"]')).toBeNull();
    expect(svg.querySelector('g[aria-label="line"]')!.querySelectorAll('path').length).toBe(3);
  });
  it('says when there is one score or none, and names zones printed without a score (the chart draws them as bars)', () => {
    expect(miniSummary([p(2019, 82.1)])).toBe('82,10 (2019)');
    expect(miniSummary([])).toBe('belum ada angka yang dipublikasikan');
    expect(miniSummary([], 'en')).toBe('no published figure');
    expect(miniSummary([p(2019, null, 'kuning')])).toBe('tanpa skor: zona kuning (2019)');
    expect(miniSummary([p(2017, 40.5), p(2018, null, 'hijau'), p(2021, null, 'merah')], 'en')).toBe(
      '40.50 (2017); no score: green zone (2018), red zone (2021)',
    );
  });
  it('keeps a 2025 result out of the range and names it apart', () => {
    const opinion: SeriesPoint = {
      year: 2025,
      score: 84.43,
      zone: null,
      category: null,
      opinion: { level: 'tinggi', quality: 'baik', withoutMaladministration: false },
      scheme: schemeFor(2025)!.id,
    };
    expect(miniSummary([p(2019, 82.1), p(2024, 88.54), opinion])).toBe('82,10 (2019) sampai 88,54 (2024); 2025: opini Kualitas Tinggi (metode baru)');
    expect(miniSummary([opinion], 'en')).toBe('2025: opinion Kualitas Tinggi (high quality) (new method)');
    const svg = svgOf(renderMiniChart({ id: 'm', name: 'Kota Metro', from: 2015, to: 2025, points: [p(2024, 88.54), opinion] }));
    // One line run (2024 alone), the 2025 score a separate square.
    expect(svg.querySelector('g[aria-label="line"]')!.querySelectorAll('path').length).toBe(1);
  });
});

describe('valid SVG for the Nu HTML Checker', () => {
  // SVG's `font-variant` attribute takes normal | small-caps: Plot's default "tabular-nums" on
  // axis groups is an error there (tests/full/vnu.test.ts). The charts leave it out; CSS sets
  // font-variant-numeric on chart text (src/styles/global.css).
  const opinion: SeriesPoint = {
    year: 2025,
    score: 84.43,
    zone: null,
    category: null,
    opinion: { level: 'tinggi', quality: 'baik', withoutMaladministration: false },
    scheme: schemeFor(2025)!.id,
  };
  it.each([
    ['trend (wide)', () => renderTrendChart(INPUT)],
    ['trend (narrow)', () => renderTrendChart({ ...INPUT, variant: 'narrow', id: 'n' })],
    ['trend with 2025', () => renderTrendChart({ ...INPUT, to: 2025, points: [...POINTS, opinion], id: 'o' })],
    [
      'complaints',
      () =>
        renderComplaintsChart({
          id: 'c',
          name: 'Kota Metro',
          rows: [
            { year: 2021, received: 40, resolved: 31 },
            { year: 2022, received: 1234, resolved: 900 },
          ],
        }),
    ],
  ])('%s has axis labels and no font-variant attribute', (_name, render) => {
    const markup = render();
    expect(markup).toMatch(/aria-label="y-axis tick label"[^>]*>\s*<text/);
    expect(markup).not.toMatch(/font-variant=/);
  });
});
