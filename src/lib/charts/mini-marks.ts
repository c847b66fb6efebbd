import { segments, type SeriesPoint } from '../model/series.ts';
import type { OpinionLevel } from '../types.ts';
import { bandFill, gradeRange, noAssessmentYears, opinionYears, schemeChanges, unpublishedYears, zoneBandRuns, type BandRect } from './bands.ts';

/**
 * The mini trend's marks, in data space (x in years, y in score 0–100), computed once from a
 * region's points: what both small trends draw, the province page's small multiples (mini.ts,
 * with Plot) and the share card (images/og-trend.ts, as SVG strings with resolved colours).
 * They only serialise these marks, so the two cannot drift apart. The encoding is the full
 * trend chart's (trend.ts) without axes, medians and labels:
 *
 * - the zone bands of each year's scheme (one rectangle per band and run of years), with a thin
 *   line between bands (D and E are both merah);
 * - a grey column for a year without assessment (2020), a plain column for the opinion method
 *   (2025–), a dashed rule where the scheme changes;
 * - per region: a hatched column for an assessed year without a published figure, its opinion's
 *   tint over an opinion year, a bar over the band of a zone published without a score, the
 *   scores joined only between consecutive years (dots; a lone year is a dot), and a square for a
 *   score under the opinion method, which no line reaches.
 *
 * Colours are the site's CSS custom properties (`var(--zone-hijau)`); the share card resolves them.
 */

/** A point as both callers have it (a SeriesPoint's opinion is reduced to its level). */
export interface MiniPoint extends Pick<SeriesPoint, 'year' | 'score' | 'zone' | 'category'> {
  opinion?: OpinionLevel | null;
}

/** A line between two bands: from x1 to x2 at score y. */
export interface BandEdge {
  y: number;
  x1: number;
  x2: number;
}

/** A zone or letter without a score: a bar over the band it names, in that band's colour. */
export interface GradeBar {
  year: number;
  y1: number;
  y2: number;
  fill: string;
}

export interface ScorePoint {
  year: number;
  score: number;
}

/** The marks every region shares for one axis range. */
export interface MiniBackground {
  bands: BandRect[];
  edges: BandEdge[];
  /** Years without assessment (grey column). */
  gaps: number[];
  /** Years under the opinion method (plain column). */
  methodYears: number[];
  /** x of each scheme change (year − 0.5). */
  changes: number[];
}

/** One region's marks, drawn over the background. */
export interface MiniRegionMarks {
  /** Assessed years without a published figure (hatched column). */
  unpublished: number[];
  /** The region's opinion per opinion year (the column tinted in its colour). */
  opinions: { year: number; level: OpinionLevel }[];
  gradeBars: GradeBar[];
  /** Scores under the zone method, by runs of consecutive years (a line within a run only). */
  runs: ScorePoint[][];
  /** Scores under the opinion method: a square each, filled with the opinion's colour (or none). */
  squares: (ScorePoint & { level: OpinionLevel | null })[];
}

/** Half the width of a grade bar, in years: half a column wide, so it reads as a bar even small. */
export const GRADE_BAR_HALF = 0.25;

export const isOpinionYear = (year: number): boolean => opinionYears(year, year).length > 0;

export function miniBackground(from: number, to: number): MiniBackground {
  const bands = zoneBandRuns(from, to);
  return {
    bands,
    edges: bands.filter((b) => b.y1 > 0).map((b) => ({ y: b.y1, x1: b.x1, x2: b.x2 })),
    gaps: noAssessmentYears(from, to),
    methodYears: opinionYears(from, to),
    changes: schemeChanges(from, to).map((c) => c.x),
  };
}

export function miniRegionMarks(points: readonly MiniPoint[], from: number, to: number): MiniRegionMarks {
  const inRange = [...points].filter((p) => p.year >= from && p.year <= to).sort((a, b) => a.year - b.year);
  const zoneMethod = inRange.filter((p) => !isOpinionYear(p.year));
  const gradeBars = zoneMethod.flatMap((p) => {
    const range = gradeRange(p);
    return range && p.zone ? [{ year: p.year, ...range, fill: bandFill(p.zone, p.category) }] : [];
  });
  const scored = (list: readonly MiniPoint[]) => list.filter((p): p is MiniPoint & { score: number } => p.score !== null);
  return {
    unpublished: unpublishedYears(inRange, from, to),
    opinions: inRange.flatMap((p) => (p.opinion && isOpinionYear(p.year) ? [{ year: p.year, level: p.opinion }] : [])),
    gradeBars,
    runs: segments(scored(zoneMethod)).map((run) => run.map((p) => ({ year: p.year, score: p.score! }))),
    squares: scored(inRange.filter((p) => isOpinionYear(p.year))).map((p) => ({ year: p.year, score: p.score, level: p.opinion ?? null })),
  };
}

/** CSS colour of an opinion level (`var(--zone-opini-tinggi)`). */
export const opinionFill = (level: OpinionLevel): string => `var(--zone-opini-${level})`;
