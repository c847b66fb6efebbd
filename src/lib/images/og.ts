import type { Locale } from '../../i18n/index.ts';
import { opinionYears } from '../charts/bands.ts';
import { formatCount, formatScore } from '../format.ts';
import { fillKey } from '../map/legend.ts';
import type { ZoneCounts } from '../model/queries.ts';
import type { Category, OpinionLevel, Zone } from '../types.ts';
import { fill, shareText, type ShareText } from './labels.ts';
import { MARGIN, OG_HEIGHT, OG_WIDTH, otherLocale, r, text, TREND } from './og-layout.ts';
import { miniTrend } from './og-trend.ts';
import { fillColor, onFillColor, token, type Theme } from './palette.ts';
import { rasterize, type PngResult, type RasterOptions } from './raster.ts';
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
 *
 * The mini trend is drawn in og-trend.ts, the card's input from a dataset is made in
 * og-input.ts, the PNG is encoded by raster.ts.
 */

export { OG_HEIGHT, OG_WIDTH } from './og-layout.ts';

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

/** The zone badge text: "Zona hijau · Kategori A" / "Hijau (green) zone · Category A"; from 2025 "Opini Kualitas Tinggi". */
export function zoneLabel(zone: Zone | null, category: Category | null, locale: Locale, opinion?: OpinionLevel): string {
  const t = shareText(locale);
  if (zone === null) return opinion ? fill(t.card.opinion, { opinion: t.opinion[opinion] }) : t.card.noZone;
  return category === null ? fill(t.card.zone, { zone: t.zone[zone] }) : fill(t.card.zoneWithCategory, { zone: t.zone[zone], category });
}

function countsBar(counts: ZoneCounts, x: number, y: number, width: number, theme: Theme): string {
  if (counts.total === 0) return '';
  const parts: string[] = [];
  let cx = x;
  for (const zone of ['merah', 'kuning', 'hijau'] as const) {
    const w = (counts[zone] / counts.total) * width;
    if (w > 0) parts.push(`<rect x="${r(cx)}" y="${y}" width="${r(w)}" height="16" fill="${fillColor(theme, zone)}"/>`);
    cx += w;
  }
  parts.push(`<rect x="${x + 0.5}" y="${y + 0.5}" width="${width - 1}" height="15" fill="none" stroke="${token(theme, 'color-swatch-outline')}"/>`);
  return parts.join('');
}

/** Top line: the site name, and the demo mark at the right when the dataset is demo data. */
function headerSvg(input: OgCardInput, theme: Theme): string {
  const t = shareText(input.locale);
  let out = text(MARGIN, 92, t.siteName, ` font-size="32" font-weight="bold" fill="${token(theme, 'color-link')}"`);
  if (input.demo) {
    const w = Math.ceil(textWidth(t.demoMark, 24, 'bold') + 36);
    out +=
      `<rect x="${OG_WIDTH - MARGIN - w}" y="56" width="${w}" height="48" rx="6" fill="${token(theme, 'color-banner-bg')}" stroke="${token(theme, 'color-banner-border')}" stroke-width="2"/>` +
      text(OG_WIDTH - MARGIN - w / 2, 89, t.demoMark, ` font-size="24" font-weight="bold" text-anchor="middle" fill="${token(theme, 'color-banner-text')}"`);
  }
  return out;
}

/** A label in the card's second language: smaller and muted, truncated to `max`. */
function secondLine(x: number, baseline: number, content: string, max: number, theme: Theme): string {
  return text(x, baseline, truncate(content, max, 20), ` font-size="20" fill="${token(theme, 'color-muted')}"`);
}

/** A province card's line under the name: its kabupaten/kota per zone in words (both languages) and as a bar. */
function countsSvg(input: OgCardInput, y: number, theme: Theme): string {
  const { locale } = input;
  const c = input.counts;
  const countsLine = (dict: ShareText) =>
    c && c.total > 0
      ? fill(dict.card.counts, {
          total: formatCount(c.total, locale),
          year: c.year,
          merah: formatCount(c.merah, locale),
          kuning: formatCount(c.kuning, locale),
          hijau: formatCount(c.hijau, locale),
        })
      : dict.card.countsNone;
  let out = text(MARGIN, y, truncate(countsLine(shareText(locale)), OG_WIDTH - 2 * MARGIN, 28), ` font-size="28" fill="${token(theme, 'color-muted')}"`);
  out += secondLine(MARGIN, y + 28, countsLine(shareText(otherLocale(locale))), OG_WIDTH - 2 * MARGIN, theme);
  if (c) out += countsBar(c, MARGIN, y + 42, OG_WIDTH - 2 * MARGIN, theme);
  return out;
}

/** The name (2 lines at most, 64 px down to 36 px), then the region's province or the province's zone counts. */
function nameSvg(input: OgCardInput, theme: Theme): string {
  const t = shareText(input.locale);
  const parts: string[] = [];
  const name = input.kind === 'province' ? fill(t.card.provinceName, { name: input.name }) : input.name;
  const fitted = fitText(name, OG_WIDTH - 2 * MARGIN, { max: 64, min: 36, maxLines: 2, weight: 'bold' });
  const lineHeight = Math.round(fitted.fontSize * 1.14);
  let y = 120 + fitted.fontSize;
  fitted.lines.forEach((line, i) => parts.push(text(MARGIN, y + i * lineHeight, line, ` font-size="${fitted.fontSize}" font-weight="bold"`)));
  y += (fitted.lines.length - 1) * lineHeight + 52;
  if (input.kind === 'region' && input.provinceName) {
    parts.push(
      text(
        MARGIN,
        y,
        truncate(fill(t.card.province, { name: input.provinceName }), OG_WIDTH - 2 * MARGIN, 28),
        ` font-size="28" fill="${token(theme, 'color-muted')}"`,
      ),
    );
  }
  if (input.kind === 'province') parts.push(countsSvg(input, y, theme));
  return parts.join('');
}

/** Width of the score block, left of the mini trend. */
const SCORE_WIDTH = TREND.x - MARGIN - 40;

/** Words instead of a number: fitted to the score block (one line, else two smaller ones). */
function wordsSvg(content: string, baseline: number, max: number, attrs: string): string {
  const fitted = fitText(content, SCORE_WIDTH, { max, min: 26, maxLines: 2, weight: 'bold' });
  const lineHeight = Math.round(fitted.fontSize * 1.15);
  const top = baseline - ((fitted.lines.length - 1) * lineHeight) / 2;
  return fitted.lines.map((line, i) => text(MARGIN, top + i * lineHeight, line, ` font-size="${fitted.fontSize}" font-weight="bold"${attrs}`)).join('');
}

/** The latest result, left of the mini trend: its year, the score (or words), the zone badge; every label also in the other language, smaller. */
function scoreSvg(input: OgCardInput, latest: OgPoint | null, theme: Theme): string {
  const { locale } = input;
  const t = shareText(locale);
  const t2 = shareText(otherLocale(locale));
  const muted = token(theme, 'color-muted');
  if (latest === null) return wordsSvg(t.card.noScore, 480, 40, ` fill="${muted}"`) + secondLine(MARGIN, 556, t2.card.noScore, SCORE_WIDTH, theme);
  const labelKey = input.kind === 'province' ? 'governmentScore' : 'score';
  const key =
    latest.zone === null && (latest.opinion || opinionYears(latest.year, latest.year).length > 0) && input.kind === 'region' ? 'opinionYear' : labelKey;
  const parts = [
    text(MARGIN, 398, fill(t.card[key], { year: latest.year }), ` font-size="26" fill="${muted}"`),
    secondLine(MARGIN, 426, fill(t2.card[key], { year: latest.year }), SCORE_WIDTH, theme),
  ];
  if (latest.score === null) parts.push(wordsSvg(t.card.gradeOnly, 486, 30, ''));
  else parts.push(text(MARGIN - 4, 504, formatScore(latest.score, locale), ` font-size="84" font-weight="bold"`));
  const fillOf = fillKey(latest.zone, latest.category, latest.opinion ?? null);
  const label = truncate(zoneLabel(latest.zone, latest.category, locale, latest.opinion), SCORE_WIDTH - 24, 24, 'bold');
  const w = Math.ceil(textWidth(label, 24, 'bold') + 36);
  parts.push(
    `<rect x="${MARGIN}" y="522" width="${w}" height="44" rx="6" fill="${fillColor(theme, fillOf)}" stroke="${token(theme, 'color-swatch-outline')}"/>` +
      text(MARGIN + 18, 552, label, ` font-size="24" font-weight="bold" fill="${onFillColor(theme, fillOf)}"`),
  );
  parts.push(secondLine(MARGIN, 596, zoneLabel(latest.zone, latest.category, otherLocale(locale), latest.opinion), SCORE_WIDTH, theme));
  return parts.join('');
}

/** The card as an SVG string, exactly OG_WIDTH × OG_HEIGHT. */
export function ogCardSvg(input: OgCardInput): string {
  const theme = input.theme ?? 'light';
  const points = [...input.points].sort((a, b) => a.year - b.year);
  const latest = points.at(-1) ?? null;
  // Header, name, score block (left) and mini trend (right).
  const parts = [headerSvg(input, theme), nameSvg(input, theme), scoreSvg(input, latest, theme)];
  const from = input.from ?? points[0]?.year ?? null;
  const to = input.to ?? points.at(-1)?.year ?? null;
  if (from !== null && to !== null && to >= from) parts.push(miniTrend(points, from, to, theme, input.locale));

  // Bottom stripe in the zone colour (grey without a zone).
  const stripe = latest ? fillColor(theme, fillKey(latest.zone, latest.category, latest.opinion ?? null)) : token(theme, 'color-border');
  parts.push(`<rect y="${OG_HEIGHT - 14}" width="${OG_WIDTH}" height="14" fill="${stripe}"/>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT_FAMILY}" fill="${token(theme, 'color-text')}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${token(theme, 'color-bg')}"/>${parts.join('')}</svg>`
  );
}

/** The card as PNG (1200×630), through the cache when `cacheDir` is given. */
export async function renderOgCard(input: OgCardInput, options: RasterOptions = {}): Promise<PngResult> {
  const result = await rasterize(ogCardSvg(input), options);
  if (result.width !== OG_WIDTH || result.height !== OG_HEIGHT) throw new Error(`images: OG card is ${result.width}×${result.height}`);
  return result;
}
