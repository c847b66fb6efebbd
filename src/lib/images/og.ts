import type { Locale } from '../../i18n/index.ts';
import { noAssessmentYears, zoneBands } from '../charts/bands.ts';
import { gradeRange, opinionYears, unpublishedYears } from '../charts/trend.ts';
import { escapeHtml } from '../escape.ts';
import { formatCount, formatScore } from '../format.ts';
import { fillKey } from '../map/legend.ts';
import type { Dataset } from '../model/load.ts';
import { assessedYears, provinceZoneCounts, type ZoneCounts } from '../model/queries.ts';
import { segments, seriesOf } from '../model/series.ts';
import type { Category, OpinionLevel, ScoreEntry, Zone } from '../types.ts';
import { fill, shareText } from './labels.ts';
import { fillColour, onFillColour, resolveVars, token, type Theme } from './palette.ts';
import { rasterise, type PngResult, type RasterOptions } from './raster.ts';
import { fitText, FONT_FAMILY, textWidth, truncate } from './text.ts';

/**
 * The Open Graph / Twitter card of a region or province page: a 1200×630 PNG with
 * the site name, the place's name (wrapped or shrunk to fit), its province (region)
 * or its kabupaten/kota per zone (province), the latest zone as colour AND words,
 * the score (locale-formatted) and its year, a mini trend with gaps where there was
 * no score, and the demo-data mark when the dataset is demo data. From 2025 the result
 * is an opinion (its own colours and words, labelled "Opini Ombudsman 2025"); the mini
 * trend gives that year a plain column (its opinion's tint), hatches assessed years
 * without a published figure and draws a zone published without a score as a bar over
 * its band.
 *
 * A province card shows the provincial government's own score (never mixed with
 * kabupaten/kota), plus the zone counts of its kabupaten/kota in the latest year.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgPoint {
  year: number;
  /** Null for a grade-only assessment. */
  score: number | null;
  /** Null from 2025 (an opinion, not a zone). */
  zone: Zone | null;
  category: Category | null;
  opinion?: OpinionLevel;
}

export interface OgCardInput {
  kind: 'region' | 'province';
  /** Region name (`Kabupaten Pesawaran`) or province name (`Lampung`). */
  name: string;
  /** A region's province name. */
  provinceName?: string | null;
  /** The assessments shown (a region's, or the provincial government's), any order. */
  points: readonly OgPoint[];
  /** The mini trend's axis (the site's first and last assessed year); default: the points' range. */
  from?: number | null;
  to?: number | null;
  /** Province card: its kabupaten/kota per zone in `year`. */
  counts?: (ZoneCounts & { year: number }) | null;
  demo: boolean;
  locale: Locale;
  theme?: Theme;
}

const M = 64;
const TREND = { x: 640, y: 404, width: OG_WIDTH - M - 640, height: 140 };

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${r(x)}" y="${r(y)}"${attrs}>${escapeHtml(content)}</text>`;
}

/** The zone badge text: "Zona hijau · Kategori A" / "Hijau (green) zone · Category A"; from 2025 "Opini Kualitas Tinggi". */
export function zoneLabel(zone: Zone | null, category: Category | null, locale: Locale, opinion?: OpinionLevel): string {
  const t = shareText(locale);
  if (zone === null) return opinion ? fill(t.card.opinion, { opinion: t.opinion[opinion] }) : t.card.noZone;
  return category === null ? fill(t.card.zone, { zone: t.zone[zone] }) : fill(t.card.zoneWithCategory, { zone: t.zone[zone], category });
}

/** The card's second language: each label is printed in `locale`, then smaller in the other. */
function otherLocale(locale: Locale): Locale {
  return locale === 'id' ? 'en' : 'id';
}

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

function miniTrend(points: readonly OgPoint[], from: number, to: number, theme: Theme, locale: Locale): string {
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
      parts.push(column(p.year, ` fill="${fillColour(theme, fillKey(null, null, p.opinion))}" fill-opacity="0.38"`));
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
    const fillOf = p.opinion ? fillColour(theme, fillKey(null, null, p.opinion)) : bg;
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

function countsBar(counts: ZoneCounts, x: number, y: number, width: number, theme: Theme): string {
  if (counts.total === 0) return '';
  const parts: string[] = [];
  let cx = x;
  for (const zone of ['merah', 'kuning', 'hijau'] as const) {
    const w = (counts[zone] / counts.total) * width;
    if (w > 0) parts.push(`<rect x="${r(cx)}" y="${y}" width="${r(w)}" height="16" fill="${fillColour(theme, zone)}"/>`);
    cx += w;
  }
  parts.push(`<rect x="${x + 0.5}" y="${y + 0.5}" width="${width - 1}" height="15" fill="none" stroke="${token(theme, 'color-swatch-outline')}"/>`);
  return parts.join('');
}

/** The card as an SVG string, exactly OG_WIDTH × OG_HEIGHT. */
export function ogCardSvg(input: OgCardInput): string {
  const theme = input.theme ?? 'light';
  const { locale } = input;
  const t = shareText(locale);
  const ink = token(theme, 'color-text');
  const muted = token(theme, 'color-muted');
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const latest = points.at(-1) ?? null;
  const parts: string[] = [];

  // Header: site name, demo mark.
  parts.push(text(M, 92, t.siteName, ` font-size="32" font-weight="bold" fill="${token(theme, 'color-link')}"`));
  if (input.demo) {
    const w = Math.ceil(textWidth(t.demoMark, 24, 'bold') + 36);
    parts.push(
      `<rect x="${OG_WIDTH - M - w}" y="56" width="${w}" height="48" rx="6" fill="${token(theme, 'color-banner-bg')}" stroke="${token(theme, 'color-banner-border')}" stroke-width="2"/>` +
        text(OG_WIDTH - M - w / 2, 89, t.demoMark, ` font-size="24" font-weight="bold" text-anchor="middle" fill="${token(theme, 'color-banner-text')}"`),
    );
  }

  // Name (2 lines at most, 64 px down to 36 px), then the province or the zone counts.
  const name = input.kind === 'province' ? fill(t.card.provinceName, { name: input.name }) : input.name;
  const fitted = fitText(name, OG_WIDTH - 2 * M, { max: 64, min: 36, maxLines: 2, weight: 'bold' });
  const lineHeight = Math.round(fitted.fontSize * 1.14);
  let y = 120 + fitted.fontSize;
  fitted.lines.forEach((line, i) => parts.push(text(M, y + i * lineHeight, line, ` font-size="${fitted.fontSize}" font-weight="bold"`)));
  y += (fitted.lines.length - 1) * lineHeight + 52;
  const sub = ` font-size="28" fill="${muted}"`;
  if (input.kind === 'region' && input.provinceName) {
    parts.push(text(M, y, truncate(fill(t.card.province, { name: input.provinceName }), OG_WIDTH - 2 * M, 28), sub));
  }
  const t2 = shareText(otherLocale(locale));
  const second = (x: number, baseline: number, content: string, max: number) =>
    parts.push(text(x, baseline, truncate(content, max, 20), ` font-size="20" fill="${muted}"`));
  if (input.kind === 'province') {
    const c = input.counts;
    const countsLine = (dict: typeof t) =>
      c && c.total > 0
        ? fill(dict.card.counts, {
            total: formatCount(c.total, locale),
            year: c.year,
            merah: formatCount(c.merah, locale),
            kuning: formatCount(c.kuning, locale),
            hijau: formatCount(c.hijau, locale),
          })
        : dict.card.countsNone;
    parts.push(text(M, y, truncate(countsLine(t), OG_WIDTH - 2 * M, 28), sub));
    second(M, y + 28, countsLine(t2), OG_WIDTH - 2 * M);
    if (c) parts.push(countsBar(c, M, y + 42, OG_WIDTH - 2 * M, theme));
  }

  // Score block (left) and mini trend (right); every label also in the other language, smaller.
  const labelKey = input.kind === 'province' ? 'governmentScore' : 'score';
  const left = TREND.x - M - 40;
  // Words instead of a number: fitted to the space left of the mini trend (one line, else two smaller ones).
  const words = (content: string, baseline: number, max: number, attrs: string) => {
    const fitted = fitText(content, left, { max, min: 26, maxLines: 2, weight: 'bold' });
    const lineHeight = Math.round(fitted.fontSize * 1.15);
    const top = baseline - ((fitted.lines.length - 1) * lineHeight) / 2;
    fitted.lines.forEach((line, i) => parts.push(text(M, top + i * lineHeight, line, ` font-size="${fitted.fontSize}" font-weight="bold"${attrs}`)));
  };
  if (latest === null) {
    words(t.card.noScore, 480, 40, ` fill="${muted}"`);
    second(M, 556, t2.card.noScore, left);
  } else {
    const key =
      latest.zone === null && (latest.opinion || opinionYears(latest.year, latest.year).length > 0) && input.kind === 'region' ? 'opinionYear' : labelKey;
    parts.push(text(M, 398, fill(t.card[key], { year: latest.year }), ` font-size="26" fill="${muted}"`));
    second(M, 426, fill(t2.card[key], { year: latest.year }), left);
    if (latest.score === null) words(t.card.gradeOnly, 486, 30, '');
    else parts.push(text(M - 4, 504, formatScore(latest.score, locale), ` font-size="84" font-weight="bold"`));
    const fillOf = fillKey(latest.zone, latest.category, latest.opinion ?? null);
    const label = truncate(zoneLabel(latest.zone, latest.category, locale, latest.opinion), left - 24, 24, 'bold');
    const w = Math.ceil(textWidth(label, 24, 'bold') + 36);
    parts.push(
      `<rect x="${M}" y="522" width="${w}" height="44" rx="6" fill="${fillColour(theme, fillOf)}" stroke="${token(theme, 'color-swatch-outline')}"/>` +
        text(M + 18, 552, label, ` font-size="24" font-weight="bold" fill="${onFillColour(theme, fillOf)}"`),
    );
    second(M, 596, zoneLabel(latest.zone, latest.category, otherLocale(locale), latest.opinion), left);
  }
  const from = input.from ?? points[0]?.year ?? null;
  const to = input.to ?? points.at(-1)?.year ?? null;
  if (from !== null && to !== null && to >= from) parts.push(miniTrend(points, from, to, theme, locale));

  // Bottom stripe in the zone colour (grey without a zone).
  const stripe = latest ? fillColour(theme, fillKey(latest.zone, latest.category, latest.opinion ?? null)) : token(theme, 'color-border');
  parts.push(`<rect y="${OG_HEIGHT - 14}" width="${OG_WIDTH}" height="14" fill="${stripe}"/>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT_FAMILY}" fill="${ink}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${token(theme, 'color-bg')}"/>${parts.join('')}</svg>`
  );
}

/** The card as PNG (1200×630), through the cache when `cacheDir` is given. */
export async function renderOgCard(input: OgCardInput, options: RasterOptions = {}): Promise<PngResult> {
  const result = await rasterise(ogCardSvg(input), options);
  if (result.width !== OG_WIDTH || result.height !== OG_HEIGHT) throw new Error(`images: OG card is ${result.width}×${result.height}`);
  return result;
}

type CardData = Pick<Dataset, 'registry' | 'scores' | 'manifest'>;

interface CardIndex {
  years: number[];
  byCode: Map<string, ScoreEntry[]>;
}
const indexes = new WeakMap<readonly ScoreEntry[], CardIndex>();

/** Scores per government code (region and provincial rows apart), built once per dataset. */
function cardIndex(scores: readonly ScoreEntry[]): CardIndex {
  let index = indexes.get(scores);
  if (!index) {
    const byCode = new Map<string, ScoreEntry[]>();
    for (const e of scores) {
      const key = `${e.level === 'provinsi' ? 'p' : 'r'}:${e.code}`;
      const list = byCode.get(key);
      if (list) list.push(e);
      else byCode.set(key, [e]);
    }
    index = { years: assessedYears(scores), byCode };
    indexes.set(scores, index);
  }
  return index;
}

function toPoints(entries: readonly ScoreEntry[]): OgPoint[] {
  return seriesOf(entries).map((p) => ({
    year: p.year,
    score: p.score,
    zone: p.zone,
    category: p.category,
    ...(p.opinion ? { opinion: p.opinion.level } : {}),
  }));
}

/** The card of a kabupaten/kota page, or null for a code outside the registry. */
export function regionCardInput(data: CardData, code: string, locale: Locale, theme?: Theme): OgCardInput | null {
  const region = data.registry.regions.find((r) => r.code === code);
  if (!region) return null;
  const index = cardIndex(data.scores);
  return {
    kind: 'region',
    name: region.name,
    provinceName: data.registry.provinces.find((p) => p.code === region.provinceCode)?.name ?? null,
    points: toPoints(index.byCode.get(`r:${code}`) ?? []),
    from: index.years[0] ?? null,
    to: index.years.at(-1) ?? null,
    demo: data.manifest.demo,
    locale,
    ...(theme ? { theme } : {}),
  };
}

/** The card of a province page, or null for a code outside the registry. */
export function provinceCardInput(data: CardData, provinceCode: string, locale: Locale, theme?: Theme): OgCardInput | null {
  const province = data.registry.provinces.find((p) => p.code === provinceCode);
  if (!province) return null;
  const index = cardIndex(data.scores);
  const year = index.years.at(-1) ?? null;
  return {
    kind: 'province',
    name: province.name,
    points: toPoints(index.byCode.get(`p:${provinceCode}`) ?? []),
    from: index.years[0] ?? null,
    to: year,
    counts: year === null ? null : { ...provinceZoneCounts(data, provinceCode, year), year },
    demo: data.manifest.demo,
    locale,
    ...(theme ? { theme } : {}),
  };
}
