import { INTL_LOCALE, t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import { hasCategories, SCHEMES, schemeFor, type Scheme } from '../zones.ts';
import { yearOverYear, type SeriesPoint, type YearChange } from './series.ts';
import type { StandingResult } from './stats.ts';

/**
 * The plain-language summary of a region, built from its data, e.g.
 * "Skor Kabupaten Pesawaran naik dari 48,20 (zona merah) pada 2018 menjadi
 * 82,10 (zona hijau) pada 2019."
 *
 * Coverage is partial: a year without an entry means no published figure was found,
 * never "not assessed" (only 2020 had no assessment). Sentences, in order (each only
 * when it applies):
 *  1. the latest result against the one before it (or the only one, or none at all),
 *     with the grade under each year's own scheme; under the 2025– opinion method the
 *     opinion, the method break, and the last result before it (never a change across it);
 *  2. years in between without a published figure for the region;
 *  3. years in between without any assessment (2020);
 *  4. a scheme change between the two years ("Sejak 2022 Ombudsman memakai kategori A–E …");
 *  5. assessed years after the latest result without a published figure;
 *  6. years in which sources disagree;
 *  7. where the latest score stands against the province median (± 1 population SD);
 *  8. years in which a source names the region without a figure.
 */

export interface SummaryInput {
  /** Full name with prefix, e.g. "Kabupaten Pesawaran". */
  name: string;
  /** The region's assessments (any order). */
  points: readonly SeriesPoint[];
  /** The latest year ORI assessed anyone in the data, or null. */
  latestYear: number | null;
  /** The region's standing against its province median in its latest assessed year. */
  standing?: { year: number; result: StandingResult } | null;
  /** Years in which another source gives a different value. */
  differingYears?: readonly number[];
  /** Years without a figure in which a source names the region (mentions.json). */
  mentionYears?: readonly number[];
}

/** "2016, 2017, dan 2018" (id) / "2016, 2017 and 2018" (en). */
export function formatYearList(years: readonly number[], locale: Locale = 'id'): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(years.map(String));
}

/** "zona merah" under the three-zone scheme; "kategori B, zona hijau" when there is a category; the opinion from 2025. */
export function gradePhrase(point: Pick<SeriesPoint, 'zone' | 'category' | 'opinion'>, locale: Locale = 'id'): string {
  if (point.opinion) {
    const opinion = t(`grade.opinionLevel.${point.opinion.level}`, undefined, locale);
    return point.opinion.withoutMaladministration ? t('grade.opinionClean', { opinion }, locale) : t('grade.opinion', { opinion }, locale);
  }
  if (point.zone === null) return t('grade.none', undefined, locale);
  const zone = t(`grade.zoneWord.${point.zone}`, undefined, locale);
  return point.category ? t('grade.category', { category: point.category, zone }, locale) : t('grade.zone', { zone }, locale);
}

function schemeById(id: string): Scheme | undefined {
  return SCHEMES.find((s) => s.id === id);
}

/** Lowest score of a zone under a scheme (its lowest band). */
function zoneMin(scheme: Scheme, zone: 'hijau' | 'kuning'): number | null {
  const mins = scheme.bands.filter((b) => b.zone === zone).map((b) => b.min);
  return mins.length ? Math.min(...mins) : null;
}

/** The sentence about a scheme change to `toId` (from `fromId`), or null when either scheme is unknown. */
export function schemeChangeSentence(fromId: string, toId: string, locale: Locale = 'id'): string | null {
  const from = schemeById(fromId);
  const to = schemeById(toId);
  if (!from || !to || from.id === to.id) return null;
  if (hasCategories(to) && !hasCategories(from)) {
    const fmt = (v: number | null) => (v === null ? '—' : formatScore(v, locale));
    return t(
      'region.summary.schemeCategories',
      {
        year: to.from,
        hijau: fmt(zoneMin(to, 'hijau')),
        kuning: fmt(zoneMin(to, 'kuning')),
        oldHijau: fmt(zoneMin(from, 'hijau')),
        oldKuning: fmt(zoneMin(from, 'kuning')),
      },
      locale,
    );
  }
  return t('region.summary.schemeOther', { year: to.from, label: to.label }, locale);
}

/** Assessed years after `year` up to `latestYear` (2020 and other years without assessment left out). */
function assessedAfter(year: number, latestYear: number | null): number[] {
  const years: number[] = [];
  if (latestYear !== null) for (let y = year + 1; y <= latestYear; y += 1) if (schemeFor(y) !== null) years.push(y);
  return years;
}

function isOpinionYear(year: number): boolean {
  return schemeFor(year)?.method === 'opinion';
}

/** Years as a list in the locale, oldest first. */
function yearList(list: readonly number[], locale: Locale): string {
  return formatYearList(
    [...list].sort((a, b) => a - b),
    locale,
  );
}

/** "…: 2021, skor 62,10 (zona kuning)." or "…: 2022, zona kuning, tanpa skor." */
function resultParams(name: string, p: SeriesPoint, locale: Locale) {
  return { name, year: p.year, grade: gradePhrase(p, locale), ...(p.score === null ? {} : { score: formatScore(p.score, locale) }) };
}

/**
 * The first result under the 2025– method: the opinion as printed, the method break, and the last
 * result before it. No change and no zone comparison across the break.
 */
function methodBreakSentences(name: string, changes: readonly YearChange[], locale: Locale): string[] {
  const last = changes.at(-1)!;
  const { point } = last;
  const sentences: string[] = [];
  if (point.opinion) {
    sentences.push(t(point.score === null ? 'region.summary.opinion' : 'region.summary.opinionScore', resultParams(name, point, locale), locale));
  } else if (point.score !== null) {
    sentences.push(t('region.summary.opinionScoreOnly', resultParams(name, point, locale), locale));
  }
  const schemeNew = schemeFor(point.year)!;
  sentences.push(t('region.summary.methodBreak', { year: schemeNew.from }, locale));
  const before = [...changes].reverse().find((c) => !isOpinionYear(c.point.year));
  if (before) {
    sentences.push(
      t(before.point.score === null ? 'region.summary.beforeBreakGradeOnly' : 'region.summary.beforeBreak', resultParams(name, before.point, locale), locale),
    );
  }
  if (last.missedYears.length) sentences.push(t('region.summary.missed', { name, years: yearList(last.missedYears, locale) }, locale));
  return sentences;
}

/** The latest result against the one before it, then the years between without a figure or an assessment, and a scheme change. */
function changeSentences(name: string, last: YearChange, previous: SeriesPoint, locale: Locale): string[] {
  const { point } = last;
  const sentences: string[] = [];
  const params = {
    name,
    fromYear: previous.year,
    toYear: point.year,
    fromGrade: gradePhrase(previous, locale),
    toGrade: gradePhrase(point, locale),
  };
  if (point.score === null || previous.score === null || last.change === null) {
    const unscored = [previous, point].filter((p) => p.score === null).map((p) => p.year);
    sentences.push(t('region.summary.gradeOnly', { ...params, years: yearList(unscored, locale) }, locale));
  } else {
    const key = last.change > 0 ? 'region.summary.up' : last.change < 0 ? 'region.summary.down' : 'region.summary.same';
    sentences.push(t(key, { ...params, from: formatScore(previous.score, locale), to: formatScore(point.score, locale) }, locale));
  }
  if (last.missedYears.length) {
    sentences.push(t('region.summary.missed', { name, years: yearList(last.missedYears, locale) }, locale));
  }
  if (last.noAssessmentYears.length) {
    sentences.push(t('region.summary.noAssessment', { years: yearList(last.noAssessmentYears, locale) }, locale));
  }
  if (last.schemeChanged) {
    const sentence = schemeChangeSentence(previous.scheme, point.scheme, locale);
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}

/** Where the latest score stands against the province median; none under the opinion method. */
function standingSentence(standing: SummaryInput['standing'], locale: Locale): string | null {
  if (!standing || isOpinionYear(standing.year)) return null;
  const { result, year } = standing;
  const key =
    result.standing === 'above'
      ? 'region.summary.standingAbove'
      : result.standing === 'below'
        ? 'region.summary.standingBelow'
        : 'region.summary.standingWithin';
  return t(key, { year, difference: formatScore(Math.abs(result.difference), locale), median: formatScore(result.median, locale) }, locale);
}

export function regionSummary(input: SummaryInput, locale: Locale = 'id'): string[] {
  const { name } = input;
  const changes = yearOverYear(input.points);
  const last = changes.at(-1);
  const mentionYears = [...new Set(input.mentionYears ?? [])];
  const mentioned = mentionYears.length ? [t('region.summary.mentioned', { name, years: yearList(mentionYears, locale) }, locale)] : [];
  if (!last) return [t('region.summary.never', { name }, locale), ...mentioned];

  const { point, previous } = last;
  const sentences: string[] = [];
  if (isOpinionYear(point.year) && (!previous || !isOpinionYear(previous.year))) {
    sentences.push(...methodBreakSentences(name, changes, locale));
  } else if (!previous) {
    sentences.push(t(point.score === null ? 'region.summary.onceGradeOnly' : 'region.summary.once', resultParams(name, point, locale), locale));
  } else {
    sentences.push(...changeSentences(name, last, previous, locale));
  }

  const after = assessedAfter(point.year, input.latestYear);
  if (after.length) sentences.push(t('region.summary.notLatest', { name, years: yearList(after, locale) }, locale));

  const differing = [...new Set(input.differingYears ?? [])];
  if (differing.length) sentences.push(t('region.summary.sourcesDiffer', { years: yearList(differing, locale) }, locale));

  const standing = standingSentence(input.standing, locale);
  if (standing) sentences.push(standing);
  sentences.push(...mentioned);
  return sentences;
}
