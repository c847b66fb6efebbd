import type { Locale } from '../../i18n/index.ts';
import { gradeRange, noAssessmentYears, opinionYears, unpublishedYears, zoneBands } from '../charts/bands.ts';
import { fillKey } from '../map/legend.ts';
import { segments } from '../model/series.ts';
import { shareText } from './labels.ts';
import type { OgPoint } from './og.ts';
import { otherLocale, r, text, TREND } from './og-layout.ts';
import { fillColor, resolveVars, token, type Theme } from './palette.ts';
import { truncate } from './text.ts';

/**
 * The share card's mini trend: zone bands, years without an assessment, the opinion
 * method's plain columns, hatched years without a published figure, a bar for a grade
 * without a score, and the scores as a line with dots (a square under the opinion method).
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

export function miniTrend(points: readonly OgPoint[], from: number, to: number, theme: Theme, locale: Locale): string {
  const { x, y, width, height } = TREND;
  const span = to - from + 1;
  const px = (year: number) => x + ((year - from + 0.5) / span) * width;
  const py = (score: number) => y + (1 - score / 100) * height;
  const colX = (year: number) => x + ((year - from) / span) * width;
  const parts: string[] = [];
  for (const band of zoneBands(from, to)) {
    parts.push(
      `<rect x="${r(colX(band.year))}" y="${r(py(band.y2))}" width="${r(width / span)}" height="${r(py(band.y1) - py(band.y2))}" fill="${resolveVars(band.fill, theme)}" fill-opacity="0.32" shape-rendering="crispEdges"/>`,
    );
  }
  const column = (year: number, attrs: string) =>
    `<rect x="${r(colX(year))}" y="${y}" width="${r(width / span)}" height="${height}"${attrs} shape-rendering="crispEdges"/>`;
  const gaps = noAssessmentYears(from, to);
  for (const year of gaps) parts.push(column(year, ` fill="${token(theme, 'chart-gap')}"`));
  // The opinion method: a plain column, tinted with the region's opinion where it has one.
  for (const year of opinionYears(from, to)) parts.push(column(year, ` fill="${token(theme, 'color-surface')}"`));
  for (const p of points) {
    if (p.opinion && p.year >= from && p.year <= to)
      parts.push(column(p.year, ` fill="${fillColor(theme, fillKey(null, null, p.opinion))}" fill-opacity="0.38"`));
  }
  const ink = token(theme, 'color-text');
  const bg = token(theme, 'color-bg');
  // Assessed years without a published figure: hatched, as on the site.
  const unpublished = unpublishedYears(points, from, to);
  // Drawn as lines, not a pattern fill: librsvg renders a rotated pattern about 30 ms slower per card.
  for (const year of unpublished) {
    parts.push(column(year, ` fill="${bg}" fill-opacity="0.6"`));
    parts.push(
      `<path data-hatch="" fill="none" d="${hatchPath(colX(year), y, width / span, height)}" stroke="${token(theme, 'color-muted')}" stroke-width="2.5" stroke-opacity="0.7"/>`,
    );
  }
  // A zone or letter without a score: a bar over its band.
  for (const p of points) {
    const range = p.year >= from && p.year <= to ? gradeRange(p) : null;
    if (!range) continue;
    const w = (width / span) * 0.34;
    parts.push(
      `<rect x="${r(px(p.year) - w / 2)}" y="${r(py(range.y2))}" width="${r(w)}" height="${r(py(range.y1) - py(range.y2))}" fill="${ink}" fill-opacity="0.18" stroke="${ink}" stroke-width="3"/>`,
    );
  }
  const isOpinion = (year: number) => opinionYears(year, year).length > 0;
  const scored = points.filter((p): p is OgPoint & { score: number } => p.score !== null && p.year >= from && p.year <= to);
  const zoneScored = scored.filter((p) => !isOpinion(p.year));
  for (const run of segments(zoneScored)) {
    if (run.length > 1) {
      const d = run.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(px(p.year))} ${r(py(p.score))}`).join('');
      parts.push(`<path d="${d}" fill="none" stroke="${ink}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>`);
    }
  }
  for (const p of zoneScored) parts.push(`<circle cx="${r(px(p.year))}" cy="${r(py(p.score))}" r="8" fill="${ink}" stroke="${bg}" stroke-width="3"/>`);
  // A score under the opinion method: a square, never joined to the years before.
  for (const p of scored.filter((x) => isOpinion(x.year))) {
    const fillOf = p.opinion ? fillColor(theme, fillKey(null, null, p.opinion)) : bg;
    parts.push(`<rect x="${r(px(p.year) - 8)}" y="${r(py(p.score) - 8)}" width="16" height="16" fill="${fillOf}" stroke="${ink}" stroke-width="3"/>`);
  }
  const muted = ` font-size="22" fill="${token(theme, 'color-muted')}"`;
  const base = y + height + 32;
  parts.push(text(x, base, String(from), `${muted} text-anchor="start"`));
  if (to !== from) parts.push(text(x + width, base, String(to), `${muted} text-anchor="end"`));
  if (gaps.length > 0) {
    // Above the trend, in both languages (the card serves both).
    const caption = `${shareText(locale).card.noAssessment} · ${shareText(otherLocale(locale)).card.noAssessment}`;
    parts.push(text(x + width, y - 16, truncate(caption, width, 18), ` font-size="18" fill="${token(theme, 'color-muted')}" text-anchor="end"`));
  }
  return `<g>${parts.join('')}</g>`;
}
