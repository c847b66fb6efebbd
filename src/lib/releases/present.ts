/**
 * Releases in words, for `/perubahan/`, its Atom feed and the region pages: dates (from the
 * release ids only, formatted in UTC, so a build never depends on the clock or the machine's
 * time zone), anchors, a value as a phrase ("21,97 (zona merah)"), one change as parts the
 * page links and the feed writes as text, and a release's summary sentence.
 */
import { formatDate } from '../format.ts';
import { INTL_LOCALE, t, type Locale } from '../../i18n/index.ts';
import { formatCount, formatScore } from '../format.ts';
import { hostOf, safeUrl } from '../links.ts';
import { gradePhrase } from '../model/summary.ts';
import type { ChangeCounts, ChangeKind, YearChange } from './diff.ts';
import type { ReleaseRecord } from './history.ts';
import { parseReleaseId } from './ids.ts';
import type { ReleaseValue } from './types.ts';

/** A release by its date: "4 Desember 2026", or "4 Desember 2026 (ke-2)" for a further release the same day. */
export function releaseName(id: string, locale: Locale): string {
  const parsed = parseReleaseId(id);
  if (!parsed) throw new Error(`releases: not a release id: ${JSON.stringify(id)}`);
  const date = formatDate(parsed.date, locale);
  return parsed.sequence === 1 ? date : t('changes.releaseSequence', { date, sequence: parsed.sequence }, locale);
}

/** "Rilis 4 Desember 2026", "Release of 4 December 2026 (no. 2 that day)". */
export function releaseHeading(id: string, locale: Locale): string {
  return t('changes.releaseHeading', { release: releaseName(id, locale) }, locale);
}

/** The release's section on `/perubahan/`: `r-2026-12-04`, `r-2026-12-04_2` (ids: letters, digits, `-` and `_` only). */
export function releaseAnchor(id: string): string {
  return `r-${id.replace('.', '_')}`;
}

/** One government's changes inside a release's section: `r-2026-12-04_2-18_09`, `r-2026-12-04-18`. */
export function governmentAnchor(id: string, code: string): string {
  return `${releaseAnchor(id)}-${code.replace('.', '_')}`;
}

/** `21,97 (zona merah)`, `zona kuning`, `opini Kualitas Tinggi tanpa maladministrasi`, `62,57 (opini …)`, `45,10`. */
export function valueText(value: ReleaseValue, locale: Locale): string {
  const hasGrade = value.zone !== null || value.opinion !== null;
  const grade = hasGrade ? gradePhrase({ zone: value.zone, category: value.category, opinion: value.opinion ?? undefined }, locale) : null;
  if (value.score === null) return grade ?? t('grade.none', undefined, locale);
  const score = formatScore(value.score, locale);
  return grade ? `${score} (${grade})` : score;
}

/** A source page as the page shows it: a link (host name as its text) when it is an http(s) URL, else its text. */
export interface SourceView {
  href: string | null;
  text: string;
}

export function sourceView(page: string): SourceView {
  const href = safeUrl(page) ?? null;
  return { href, text: href ? (hostOf(href) ?? href) : page };
}

/** One changed government-year in parts: what the page and the feed say about it. */
export interface ChangeView {
  year: number;
  kind: ChangeKind;
  /** "ditambahkan", "berubah", … */
  label: string;
  /** The value: new (added), old (removed, "sebelumnya …"), "old → new" (changed), unchanged (sources). */
  value: string;
  /** The shown value's page: after (added, sources), before (removed); both when it changed. */
  shown: { before: SourceView | null; after: SourceView | null };
  sourcesAdded: SourceView[];
  sourcesRemoved: SourceView[];
}

const view = (page: string | null) => (page === null ? null : sourceView(page));

export function changeView(change: YearChange, locale: Locale): ChangeView {
  const label = t(`changes.kind.${change.kind}`, undefined, locale);
  switch (change.kind) {
    case 'added':
      return {
        year: change.entry.year,
        kind: change.kind,
        label,
        value: valueText(change.entry, locale),
        shown: { before: null, after: view(change.entry.source) },
        sourcesAdded: [],
        sourcesRemoved: [],
      };
    case 'removed':
      return {
        year: change.entry.year,
        kind: change.kind,
        label,
        value: t('changes.was', { value: valueText(change.entry, locale) }, locale),
        shown: { before: view(change.entry.source), after: null },
        sourcesAdded: [],
        sourcesRemoved: [],
      };
    case 'changed': {
      const sourceMoved = change.before.source !== change.after.source;
      return {
        year: change.after.year,
        kind: change.kind,
        label,
        value: `${valueText(change.before, locale)} → ${valueText(change.after, locale)}`,
        shown: { before: sourceMoved ? view(change.before.source) : null, after: view(change.after.source) },
        sourcesAdded: change.sourcesAdded.filter((p) => p !== change.after.source).map(sourceView),
        sourcesRemoved: change.sourcesRemoved.filter((p) => p !== change.before.source).map(sourceView),
      };
    }
    case 'sources':
      return {
        year: change.after.year,
        kind: change.kind,
        label,
        value: t('changes.unchanged', { value: valueText(change.after, locale) }, locale),
        shown: change.shownSourceChanged ? { before: view(change.before.source), after: view(change.after.source) } : { before: null, after: null },
        sourcesAdded: change.sourcesAdded.filter((p) => !change.shownSourceChanged || p !== change.after.source).map(sourceView),
        sourcesRemoved: change.sourcesRemoved.filter((p) => !change.shownSourceChanged || p !== change.before.source).map(sourceView),
      };
  }
}

/** `ChangeView` as one line of plain text (the feed): `2017 ditambahkan: 21,97 (zona merah); sumber: sinarlampung.co`. */
export function changeText(change: ChangeView, locale: Locale): string {
  const list = (items: readonly SourceView[]) => items.map((s) => s.text).join(', ');
  const parts = [`${change.year} ${change.label}: ${change.value}`];
  const { before, after } = change.shown;
  const none = t('changes.noSource', undefined, locale);
  if (before && after) parts.push(`${t('changes.source', undefined, locale)}: ${before.text} → ${after.text}`);
  else if (before || after) parts.push(`${t('changes.source', undefined, locale)}: ${(before ?? after)!.text}`);
  else if (change.kind === 'added') parts.push(none);
  if (change.sourcesAdded.length > 0) parts.push(`${t('changes.sourcesAdded', undefined, locale)}: ${list(change.sourcesAdded)}`);
  if (change.sourcesRemoved.length > 0) parts.push(`${t('changes.sourcesRemoved', undefined, locale)}: ${list(change.sourcesRemoved)}`);
  return parts.join('; ');
}

/** "12 angka ditambahkan, 3 angka berubah, …", only the counts that are not zero; "tidak ada …" when all are. */
export function countsText(counts: ChangeCounts, locale: Locale): string {
  const keys = ['added', 'changed', 'removed', 'sources', 'newSourcePages'] as const;
  const plural = new Intl.PluralRules(INTL_LOCALE[locale]);
  const parts = keys
    .filter((k) => counts[k] > 0)
    .map((k) => t(plural.select(counts[k]) === 'one' ? `changes.countOne.${k}` : `changes.count.${k}`, { count: formatCount(counts[k], locale) }, locale));
  if (parts.length === 0) return t('changes.nothing', undefined, locale);
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(parts);
}

/** The release's summary: the first one's size, or what changed since the one before. */
export function releaseSummary(record: ReleaseRecord, locale: Locale): string {
  const { stats, previous, diff } = record;
  if (previous === null) {
    const years = stats.firstYear === null ? '—' : stats.firstYear === stats.lastYear ? `${stats.firstYear}` : `${stats.firstYear}–${stats.lastYear}`;
    return t('changes.first', { entries: formatCount(stats.entries, locale), governments: formatCount(stats.governments, locale), years }, locale);
  }
  return t('changes.since', { previous: releaseName(previous.id, locale), parts: countsText(diff.counts, locale) }, locale);
}
