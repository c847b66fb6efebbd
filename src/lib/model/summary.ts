import { INTL_LOCALE, t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import { SCHEMES, type Scheme } from '../zones.ts';
import type { SeriesPoint } from './series.ts';
import { yearOverYear } from './series.ts';
import type { StandingResult } from './stats.ts';

/**
 * The plain-language summary of a region, built from its data, e.g.
 * "Skor Kabupaten Pesawaran naik dari 48,20 (zona merah) pada 2018 menjadi
 * 82,10 (zona hijau) pada 2019."
 *
 * Sentences, in order (each only when it applies):
 *  1. the latest assessment against the one before it (or "first/only assessment",
 *     or "never assessed"), with the grade under each year's own scheme;
 *  2. years in between in which the region was not assessed (sample years);
 *  3. years in between without any assessment (2020);
 *  4. a scheme change between the two years ("Sejak 2022 Ombudsman memakai kategori A–E …");
 *  5. the region was not assessed in the latest year ORI assessed;
 *  6. where the latest score stands against the province median (± 1 population SD).
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
}

/** "2016, 2017, dan 2018" (id) / "2016, 2017 and 2018" (en). */
export function formatYearList(years: readonly number[], locale: Locale = 'id'): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(years.map(String));
}

/** "zona merah" under the three-zone scheme; "kategori B, zona hijau" when there is a category; the opinion from 2025. */
export function gradePhrase(point: Pick<SeriesPoint, 'zone' | 'category' | 'opinion'>, locale: Locale = 'id'): string {
  if (point.opinion) {
    const opinion = t(`places.opinion.${point.opinion.level}`, undefined, locale);
    return point.opinion.withoutMaladministration ? t('places.grade.opinionClean', { opinion }, locale) : t('places.grade.opinion', { opinion }, locale);
  }
  if (point.zone === null) return t('places.grade.none', undefined, locale);
  const zone = t(`places.zoneWord.${point.zone}`, undefined, locale);
  return point.category
    ? t('places.grade.category', { category: point.category, zone }, locale)
    : t('places.grade.zone', { zone }, locale);
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
  const hasCategories = to.bands.some((b) => b.category !== null) && from.bands.every((b) => b.category === null);
  if (hasCategories) {
    const fmt = (v: number | null) => (v === null ? '—' : formatScore(v, locale));
    return t(
      'places.summary.schemeCategories',
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
  return t('places.summary.schemeOther', { year: to.from, label: to.label }, locale);
}

export function regionSummary(input: SummaryInput, locale: Locale = 'id'): string[] {
  const { name } = input;
  const changes = yearOverYear(input.points);
  const last = changes.at(-1);
  const sentences: string[] = [];
  if (!last) return [t('places.summary.never', { name }, locale)];

  const { point, previous } = last;
  const score = (v: number) => formatScore(v, locale);
  if (!previous) {
    const isLatest = input.latestYear === null || point.year >= input.latestYear;
    const params = { name, year: point.year, grade: gradePhrase(point, locale) };
    if (point.score === null) {
      sentences.push(t(isLatest ? 'places.summary.firstGradeOnly' : 'places.summary.onceGradeOnly', params, locale));
    } else {
      sentences.push(t(isLatest ? 'places.summary.first' : 'places.summary.once', { ...params, score: score(point.score) }, locale));
    }
  } else {
    const params = {
      name,
      fromYear: previous.year,
      toYear: point.year,
      fromGrade: gradePhrase(previous, locale),
      toGrade: gradePhrase(point, locale),
    };
    if (point.score === null || previous.score === null || last.change === null) {
      sentences.push(t('places.summary.gradeOnly', params, locale));
    } else {
      const key = last.change > 0 ? 'places.summary.up' : last.change < 0 ? 'places.summary.down' : 'places.summary.same';
      sentences.push(t(key, { ...params, from: score(previous.score), to: score(point.score) }, locale));
    }
    if (last.missedYears.length) {
      sentences.push(t('places.summary.missed', { name, years: formatYearList(last.missedYears, locale) }, locale));
    }
    if (last.noAssessmentYears.length) {
      sentences.push(t('places.summary.noAssessment', { years: formatYearList(last.noAssessmentYears, locale) }, locale));
    }
    if (last.schemeChanged) {
      const sentence = schemeChangeSentence(previous.scheme, point.scheme, locale);
      if (sentence) sentences.push(sentence);
    }
  }

  if (input.latestYear !== null && point.year < input.latestYear) {
    sentences.push(t('places.summary.notLatest', { name, year: input.latestYear }, locale));
  }

  const standing = input.standing;
  if (standing) {
    const { result, year } = standing;
    const key =
      result.standing === 'above'
        ? 'places.summary.standingAbove'
        : result.standing === 'below'
          ? 'places.summary.standingBelow'
          : 'places.summary.standingWithin';
    sentences.push(t(key, { year, difference: score(Math.abs(result.difference)), median: score(result.median) }, locale));
  }
  return sentences;
}
