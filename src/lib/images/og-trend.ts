import type { Locale } from '../../i18n/index.ts';
import { noAssessmentYears } from '../charts/bands.ts';
import { GRADE_BAR_HALF, miniBackground, miniRegionMarks, opinionFill } from '../charts/mini-marks.ts';
import { shareText } from './labels.ts';
import type { OgPoint } from './og.ts';
import { otherLocale, r, text, TREND } from './og-layout.ts';
import { resolveVars, token, type Theme } from './palette.ts';
import { truncate } from './text.ts';

/**
 * The share card's mini trend: the marks of charts/mini-marks.ts (the province page's small
 * multiples draw the same ones), serialised as SVG strings with the theme's colours (librsvg
 * cannot resolve CSS custom properties) at the card's scale, plus the first and last year
 * under the box and, when the range has a year without assessment, a caption above it.
 */

/** Diagonal lines ("/") 10 px apart, clipped to the box: the site's hatching for "no published figure". */
export function hatchPath(x: number, y: number, width: number, height: number, gap = 10): string {
  const step = gap * Math.SQRT2;
  const segments: string[] = [];
  // Lines px + py = c, from the box's top-left corner to its bottom-right one.
  for (let c = x + y + step / 2; c < x + width + y + height; c += step) {
    const x0 = Math.max(x, c - (y + height));
    const x1 = Math.min(x + width, c - y);
    if (x1 > x0) segments.push(`M${r(x0)} ${r(c - x0)}L${r(x1)} ${r(c - x1)}`);
  }
  return segments.join('');
}

/** Pixel scales of the card's trend box: x in years (column edges at year ± 0.5), y in score 0–100. */
function scales(from: number, to: number) {
  const { x, y, width, height } = TREND;
  const span = to - from + 1;
  return { sx: (year: number) => x + ((year - from + 0.5) / span) * width, sy: (score: number) => y + (1 - score / 100) * height, col: width / span };
}

/** The marks every card with this range shares: bands with lines between them, 2020, the opinion method's columns, the scheme change. */
function backgroundSvg(from: number, to: number, theme: Theme): string[] {
  const { sx, sy, col } = scales(from, to);
  const { y, height } = TREND;
  const marks = miniBackground(from, to);
  const parts = marks.bands.map(
    (b) =>
      `<rect x="${r(sx(b.x1))}" y="${r(sy(b.y2))}" width="${r(sx(b.x2) - sx(b.x1))}" height="${r(sy(b.y1) - sy(b.y2))}" fill="${resolveVars(b.fill, theme)}" fill-opacity="0.32" shape-rendering="crispEdges"/>`,
  );
  const bg = token(theme, 'color-bg');
  if (marks.edges.length)
    parts.push(
      `<path data-edges="" d="${marks.edges.map((e) => `M${r(sx(e.x1))} ${r(sy(e.y))}H${r(sx(e.x2))}`).join('')}" stroke="${bg}" stroke-opacity="0.9" stroke-width="2"/>`,
    );
  const column = (year: number, fill: string) =>
    `<rect x="${r(sx(year - 0.5))}" y="${y}" width="${r(col)}" height="${height}" fill="${fill}" shape-rendering="crispEdges"/>`;
  for (const year of marks.gaps) parts.push(column(year, token(theme, 'chart-gap')));
  for (const year of marks.methodYears) parts.push(column(year, token(theme, 'color-surface')));
  if (marks.changes.length)
    parts.push(
      `<path data-change="" d="${marks.changes.map((c) => `M${r(sx(c))} ${y}V${y + height}`).join('')}" stroke="${token(theme, 'color-text')}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
  return parts;
}

/** One region's marks (mini-marks.ts) as SVG with the theme's colours. */
function regionSvg(points: readonly OgPoint[], from: number, to: number, theme: Theme): string[] {
  const { sx, sy, col } = scales(from, to);
  const { y, height } = TREND;
  const marks = miniRegionMarks(points, from, to);
  const ink = token(theme, 'color-text');
  const bg = token(theme, 'color-bg');
  const column = (year: number, attrs: string) =>
    `<rect x="${r(sx(year - 0.5))}" y="${y}" width="${r(col)}" height="${height}"${attrs} shape-rendering="crispEdges"/>`;
  const parts: string[] = [];
  // Drawn as lines, not a pattern fill: librsvg renders a rotated pattern about 30 ms slower per card.
  for (const year of marks.unpublished) {
    parts.push(column(year, ` fill="${bg}" fill-opacity="0.6"`));
    parts.push(
      `<path data-hatch="" fill="none" d="${hatchPath(sx(year - 0.5), y, col, height)}" stroke="${token(theme, 'color-muted')}" stroke-width="2.5" stroke-opacity="0.7"/>`,
    );
  }
  for (const o of marks.opinions) parts.push(column(o.year, ` data-opinion="" fill="${resolveVars(opinionFill(o.level), theme)}" fill-opacity="0.38"`));
  for (const b of marks.gradeBars) {
    parts.push(
      `<rect data-grade="" x="${r(sx(b.year - GRADE_BAR_HALF))}" y="${r(sy(b.y2))}" width="${r(2 * GRADE_BAR_HALF * col)}" height="${r(sy(b.y1) - sy(b.y2))}" fill="${resolveVars(b.fill, theme)}" stroke="${ink}" stroke-width="3"/>`,
    );
  }
  for (const run of marks.runs.filter((run) => run.length > 1)) {
    const d = run.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(sx(p.year))} ${r(sy(p.score))}`).join('');
    parts.push(`<path d="${d}" fill="none" stroke="${ink}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>`);
  }
  for (const p of marks.runs.flat()) parts.push(`<circle cx="${r(sx(p.year))}" cy="${r(sy(p.score))}" r="8" fill="${ink}" stroke="${bg}" stroke-width="3"/>`);
  // A score under the opinion method: a square, never joined to the years before.
  for (const p of marks.squares) {
    const fillOf = p.level ? resolveVars(opinionFill(p.level), theme) : bg;
    parts.push(
      `<rect data-square="" x="${r(sx(p.year) - 8)}" y="${r(sy(p.score) - 8)}" width="16" height="16" fill="${fillOf}" stroke="${ink}" stroke-width="3"/>`,
    );
  }
  return parts;
}

export function miniTrend(points: readonly OgPoint[], from: number, to: number, theme: Theme, locale: Locale): string {
  const { x, y, width, height } = TREND;
  const parts = [...backgroundSvg(from, to, theme), ...regionSvg(points, from, to, theme)];
  const muted = ` font-size="22" fill="${token(theme, 'color-muted')}"`;
  const base = y + height + 32;
  parts.push(text(x, base, String(from), `${muted} text-anchor="start"`));
  if (to !== from) parts.push(text(x + width, base, String(to), `${muted} text-anchor="end"`));
  if (noAssessmentYears(from, to).length > 0) {
    // Above the trend, in both languages (the card serves both).
    const caption = `${shareText(locale).card.noAssessment} · ${shareText(otherLocale(locale)).card.noAssessment}`;
    parts.push(text(x + width, y - 16, truncate(caption, width, 18), ` font-size="18" fill="${token(theme, 'color-muted')}" text-anchor="end"`));
  }
  return `<g>${parts.join('')}</g>`;
}
