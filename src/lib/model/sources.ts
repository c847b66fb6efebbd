import { t, type Locale } from '../../i18n/index.ts';
import { formatScore } from '../format.ts';
import { hasValue, sourceClass } from '../precedence.ts';
import { hostOf, safeUrl } from '../links.ts';
import type { ScoreEntry, ScoreMention, ScoreReading, ScoreSource } from '../types.ts';
import { schemeFor } from '../zones.ts';
import { gradePhrase } from './summary.ts';

/**
 * Where a region's figures come from, shaped for the region page: the link text
 * of a source (its host name), which readings of a government-year agree with the
 * one shown and which differ, why the shown one was chosen (the precedence rules of
 * src/lib/precedence.ts, in words), and one row per year on the axis saying
 * whether there was an assessment, a published figure or only a mention.
 */

/** Re-exported for the region page's callers; the one home is src/lib/links.ts. */
export { hostOf, safeUrl };

/** A source as the page links it: href and host, or the source's own label when it has no link. */
export interface SourceLink {
  href: string | null;
  /** Host name, or the source label, or null when the row cites nothing. */
  text: string | null;
  file: string;
  line: number;
}

export function sourceLink(source: ScoreSource): SourceLink {
  const href = safeUrl(source.url) ?? null;
  return { href, text: href ? hostOf(href) : (source.label ?? null), file: source.file, line: source.line };
}

/** Why the shown reading comes first (precedence.ts): the first rule that tells it from the other. */
export type ChoiceReason = 'value' | 'score' | 'ombudsman' | 'wire' | 'link' | 'listedFirst';

export function choiceReason(shown: ScoreReading, other: ScoreReading): ChoiceReason {
  if (hasValue(shown) !== hasValue(other)) return 'value';
  if ((shown.score !== null) !== (other.score !== null)) return 'score';
  const a = sourceClass(shown.source.url);
  const b = sourceClass(other.source.url);
  if (a !== b) return a === 'ombudsman' ? 'ombudsman' : a === 'wire' ? 'wire' : 'link';
  return 'listedFirst';
}

export type Alternative = NonNullable<ScoreEntry['alternatives']>[number];

export interface YearSources {
  /** The reading shown (the entry itself). */
  shown: ScoreReading;
  /** Other readings with a different score, zone, letter or opinion, in precedence order. */
  differing: Alternative[];
  /** Other readings that agree with (or say less than) the one shown. */
  agreeing: Alternative[];
  /** Why the shown reading was chosen over the first differing one (else the first other one); null with one source. */
  reason: ChoiceReason | null;
}

export function yearSources(entry: ScoreEntry): YearSources {
  const others = entry.alternatives ?? [];
  const differing = others.filter((a) => a.differs);
  const agreeing = others.filter((a) => !a.differs);
  const rival = differing[0] ?? others[0];
  return { shown: entry, differing, agreeing, reason: rival ? choiceReason(entry, rival) : null };
}

/** Lower case, `zona`/`kategori`/punctuation removed: what is left of a grade text once its zone or letter is named. */
function gradeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,;:()"'“”/-]+/g, ' ')
    .replace(/\b(zona|zone|kategori|category|predikat|opini|opinion)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the printed grade says more than the zone/letter the page already shows:
 * "Kategori A opini kualitas tertinggi" does, "zona hijau" or "B" does not.
 */
export function printedGradeAddsInfo(reading: Pick<ScoreReading, 'printed' | 'zone' | 'category' | 'opinion'>): boolean {
  const printed = reading.printed?.grade?.trim();
  if (!printed) return false;
  const left = gradeWords(printed);
  if (left === '') return false;
  const plain = new Set<string>();
  if (reading.zone) plain.add(reading.zone);
  if (reading.category) {
    plain.add(reading.category.toLowerCase());
    if (reading.zone) {
      plain.add(`${reading.zone} ${reading.category.toLowerCase()}`);
      plain.add(`${reading.category.toLowerCase()} ${reading.zone}`);
    }
  }
  if (reading.opinion) {
    // "Opini Kualitas Tinggi Tanpa Maladministrasi" says what the badge says.
    const level = `kualitas ${reading.opinion.level}`;
    plain.add(reading.opinion.withoutMaladministration ? `${level} tanpa maladministrasi` : level);
  }
  return !plain.has(left);
}

/**
 * Whether the printed score says more than the number shown: always when no exact
 * score was read ("di atas 80"), else when it is not a plain number ("44 persen").
 */
export function printedScoreAddsInfo(reading: Pick<ScoreReading, 'printed' | 'score'>): boolean {
  const printed = reading.printed?.score?.trim();
  if (!printed) return false;
  if (reading.score === null) return true;
  return !/^\d{1,3}(?:[.,]\d+)?$/.test(printed);
}

/** One year on a region's axis. */
export type YearStatus =
  /** ORI did not assess anyone that year (2020). */
  | { kind: 'no-assessment' }
  /** An assessed year without a published figure for this region (maybe with mentions). */
  | { kind: 'unpublished' }
  | { kind: 'published'; entry: ScoreEntry };

export interface RegionYear {
  year: number;
  status: YearStatus;
  /** Sources that name the region in this year without a figure. */
  mentions: ScoreMention[];
}

/**
 * Every year from `from` to `to`: what is published for the region. `entries` and
 * `mentions` are the region's own (any order); a year with two entries keeps the
 * first, as the series does.
 */
export function regionYears(entries: readonly ScoreEntry[], mentions: readonly ScoreMention[], from: number, to: number): RegionYear[] {
  const byYear = new Map<number, ScoreEntry>();
  for (const e of entries) if (!byYear.has(e.year)) byYear.set(e.year, e);
  const rows: RegionYear[] = [];
  for (let year = from; year <= to; year += 1) {
    const entry = byYear.get(year);
    const status: YearStatus = entry ? { kind: 'published', entry } : schemeFor(year) === null ? { kind: 'no-assessment' } : { kind: 'unpublished' };
    rows.push({ year, status, mentions: mentions.filter((m) => m.year === year) });
  }
  return rows;
}

/** What a reading says, in words: "74,00 · zona kuning", "zona merah", "opini Kualitas Tinggi", or "tanpa nilai". */
export function readingLabel(reading: Pick<ScoreReading, 'score' | 'zone' | 'category' | 'opinion'>, locale: Locale = 'id'): string {
  const parts: string[] = [];
  if (reading.score !== null) parts.push(formatScore(reading.score, locale));
  if (reading.zone !== null || reading.opinion) parts.push(gradePhrase(reading, locale));
  return parts.length ? parts.join(' · ') : t('sources.noValue', undefined, locale);
}

/** The one line on why the shown reading was chosen ("Ditampilkan: krjogja.com — skor pasti didahulukan …"). */
export function choiceText(sources: YearSources, locale: Locale = 'id'): string | null {
  if (sources.reason === null) return null;
  const host = sourceLink(sources.shown.source).text ?? t('sources.noLink', undefined, locale);
  return t('sources.chosen', { source: host, reason: t(`sources.reason.${sources.reason}`, undefined, locale) }, locale);
}

/** What a page printed, each part labelled where a bare value would be unclear: “81,03” · “zona hijau” · "Peringkat tertulis: 11". */
export function printedParts(printed: ScoreReading['printed'], locale: Locale = 'id'): string[] {
  const parts: string[] = [];
  if (printed?.score) parts.push(`“${printed.score}”`);
  if (printed?.grade) parts.push(`“${printed.grade}”`);
  if (printed?.rank) parts.push(t('sources.printedRank', { text: printed.rank }, locale));
  return parts;
}
