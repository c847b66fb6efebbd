import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { GRADE_BAR_HALF, miniBackground, miniRegionMarks } from '../../src/lib/charts/mini-marks.ts';
import { renderMiniChart } from '../../src/lib/charts/mini.ts';
import { ogCardSvg, type OgPoint } from '../../src/lib/images/og.ts';
import type { SeriesPoint } from '../../src/lib/model/series.ts';
import { classify, schemeFor } from '../../src/lib/zones.ts';

/** The share card's points (a MiniPoint each). A scored year (zone from the year's scheme), a zone without a score, a 2025 opinion. */
const scored = (year: number, score: number): OgPoint => ({ year, score, ...classify(year, score)! });
const gradeOnly = (year: number, zone: OgPoint['zone'], category: OgPoint['category'] = null): OgPoint => ({ year, score: null, zone, category });
const opinion = (score: number | null): OgPoint => ({ year: 2025, score, zone: null, category: null, opinion: 'tinggi' });

/**
 * 2015 scored; 2016 kuning without a score; 2017 missing (hatched); 2018–2019 scored; 2020 no
 * assessment; 2021 scored alone; 2022 hijau B without a score; 2023–2024 missing; 2025 an opinion with a score.
 */
const POINTS: OgPoint[] = [
  scored(2015, 40),
  gradeOnly(2016, 'kuning'),
  scored(2018, 60),
  scored(2019, 82.1),
  scored(2021, 52),
  gradeOnly(2022, 'hijau', 'B'),
  opinion(84.43),
];

describe('miniBackground: what every region shares', () => {
  const bg = miniBackground(2015, 2025);
  it('has the bands per scheme run, a line between bands, 2020 grey, 2025 plain, the two scheme changes', () => {
    expect([...new Set(bg.bands.map((b) => `${b.x1}…${b.x2}`))]).toEqual(['2014.5…2019.5', '2020.5…2021.5', '2021.5…2024.5']);
    // 3 + 3 + 5 bands, one line above each band that does not start at 0.
    expect(bg.bands).toHaveLength(11);
    expect(bg.edges).toHaveLength(11 - 3);
    expect(bg.edges.filter((e) => e.x1 === 2021.5).map((e) => e.y)).toEqual([88, 78, 54, 32]);
    expect(bg.gaps).toEqual([2020]);
    expect(bg.methodYears).toEqual([2025]);
    expect(bg.changes).toEqual([2021.5, 2024.5]);
  });
});

describe('miniRegionMarks: one region over the background', () => {
  const marks = miniRegionMarks(POINTS, 2015, 2025);
  it('hatches assessed years without a published figure, never 2020, and not a zone without a score', () => {
    expect(marks.unpublished).toEqual([2017, 2023, 2024]);
  });
  it('draws a zone without a score as a bar over its band, in the band colour', () => {
    expect(marks.gradeBars).toEqual([
      { year: 2016, y1: 51, y2: 81, fill: 'var(--zone-kuning)' },
      { year: 2022, y1: 78, y2: 88, fill: 'var(--zone-hijau-b)' },
    ]);
    expect(GRADE_BAR_HALF * 2).toBe(0.5);
  });
  it('joins scores only between consecutive years, keeps a lone year, never joins the opinion method', () => {
    expect(marks.runs.map((run) => run.map((p) => p.year))).toEqual([[2015], [2018, 2019], [2021]]);
    expect(marks.squares).toEqual([{ year: 2025, score: 84.43, level: 'tinggi' }]);
    expect(marks.opinions).toEqual([{ year: 2025, level: 'tinggi' }]);
  });
  it('tints an opinion without a score and draws no square for it; leaves out points outside the range', () => {
    const only = miniRegionMarks([opinion(null), scored(2014, 50)], 2015, 2025);
    expect(only.opinions).toEqual([{ year: 2025, level: 'tinggi' }]);
    expect(only.squares).toEqual([]);
    expect(only.runs).toEqual([]);
    expect(miniRegionMarks(POINTS, 2015, 2019).squares).toEqual([]);
  });
});

describe('the two mini trends draw the same marks', () => {
  const series: SeriesPoint[] = POINTS.map(({ opinion: level, ...p }) => ({
    ...p,
    scheme: schemeFor(p.year)!.id,
    ...(level ? { opinion: { level, quality: 'baik', withoutMaladministration: false } } : {}),
  }));
  const mini = parseHTML(
    `<!doctype html><html><body>${renderMiniChart({ id: 'm', name: 'Kota Metro', from: 2015, to: 2025, points: series })}</body></html>`,
  ).document;
  const card = ogCardSvg({ kind: 'region', name: 'Kota Metro', points: POINTS, from: 2015, to: 2025, demo: false, locale: 'id' });
  const count = (re: RegExp) => card.match(re)?.length ?? 0;
  const inMini = (selector: string) => mini.querySelectorAll(selector).length;

  it('the province page (Plot) and the share card (strings) agree mark for mark', () => {
    expect(inMini('g.chart-unpublished rect')).toBe(3);
    expect(count(/<path data-hatch=""/g)).toBe(3);
    expect(inMini('g.chart-grade-only rect')).toBe(2);
    expect(count(/<rect data-grade=""/g)).toBe(2);
    expect(inMini('g.chart-opinion rect')).toBe(1);
    expect(count(/ data-opinion=""/g)).toBe(1);
    // Four scores under the zone method: four dots, one line (2018–2019); one square.
    expect(inMini('g.chart-points:not(.chart-points--method) circle')).toBe(4);
    expect(count(/<circle /g)).toBe(4);
    expect(inMini('g[aria-label="line"] path')).toBe(3);
    expect(count(/<path d="M[^"]*" fill="none" stroke/g)).toBe(1);
    expect(inMini('g.chart-points--method path')).toBe(1);
    expect(count(/<rect data-square=""/g)).toBe(1);
    // The hatch pattern is defined once, in this SVG only.
    expect(inMini('pattern#m-hatch')).toBe(1);
  });
  it('both draw the background: two dashed scheme changes and the lines between bands', () => {
    expect(inMini('g[aria-label="rule"] line[stroke-dasharray], g[aria-label="rule"][stroke-dasharray] line')).toBe(2);
    expect(card.match(/<path data-change="" d="([^"]*)"/)![1]!.match(/M/g)).toHaveLength(2);
    expect(card.match(/<path data-edges="" d="([^"]*)"/)![1]!.match(/M/g)).toHaveLength(8);
  });
});
