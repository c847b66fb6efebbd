import type { Manifest, ScoreEntry } from '../types.ts';
import { SCHEMES, schemeFor } from '../zones.ts';
import { combineFigures } from './complaint-figures.ts';
import type { IngestResult, IngestSummary } from './ingest.ts';
import { describeGovernment } from '../printed/match.ts';
import { quote, sortProblems } from './report.ts';
import { combineReadings } from './score-entries.ts';
import { error, warn, type Session } from './session.ts';

/**
 * Once every row is in: the checks that span rows, the readings combined into
 * entries, the summary and, when there is no error, the output with its manifest.
 */

export function finish(s: Session): IngestResult {
  checkComplaints(s);
  const { scores, mentions, sourcesDiffer } = combineReadings(s.candidates.values());
  const { figures: complaintFigures, restated } = combineFigures(s.figures);
  const years = [...new Set(scores.map((e) => e.year))].sort((a, b) => a - b);
  warnMissingRegions(s, scores, years);
  if (s.dataFiles === 0 && !s.problems.some((p) => p.severity === 'error')) error(s, '', 0, 'no CSV files found in kepatuhan/ or pengaduan/');
  const errors = s.problems.filter((p) => p.severity === 'error').length;
  const summary: IngestSummary = {
    files: s.dataFiles,
    rows: s.rows,
    scores: scores.length,
    sourcesDiffer,
    mentions: mentions.length,
    complaintFigures: complaintFigures.length,
    restatedFigures: restated,
    complaints: s.complaints.size,
    governments: new Set([...scores.map((e) => e.code), ...s.complaints.codes()]).size,
    years: [...new Set([...years, ...s.complaints.years()])].sort((a, b) => a - b),
    yearFromFileName: s.manifestFiles.flatMap((f) => (f.yearFromFileName !== undefined ? [{ file: f.path, year: f.yearFromFileName }] : [])),
    errors,
    warnings: s.problems.length - errors,
  };
  const result: IngestResult = { problems: sortProblems(s.problems), summary };
  if (errors > 0) return result;
  const { registry } = s;
  const manifest: Manifest = {
    formatVersion: 1,
    demo: s.demo,
    demoNote: s.demoNote,
    files: s.manifestFiles,
    schemes: SCHEMES.map(({ id, label, method, cutoffsVerified }) => ({
      id,
      label,
      method,
      years: years.filter((y) => schemeFor(y)?.id === id),
      cutoffsVerified,
    })),
    schemeByYear: Object.fromEntries(years.map((year) => [String(year), schemeFor(year)!.id])),
    skipped: s.skipped,
    counts: {
      scores: scores.length,
      complaints: s.complaints.size,
      regions: registry.regions.length,
      provinces: registry.provinces.length,
      years,
      mentions: mentions.length,
      sourcesDiffer,
      complaintFigures: complaintFigures.length,
    },
    registry: registry.source,
  };
  result.output = { registry, scores, mentions, complaintFigures, manifest, complaints: s.complaints.sorted() };
  return result;
}

/** Cross-row checks on complaints: a category given twice, breakdowns without a total, or adding up to more than it. */
function checkComplaints(s: Session): void {
  const government = (code: string) => describeGovernment(s.names.byCode.get(code)!);
  for (const d of s.complaints.duplicates) {
    error(
      s,
      d.source.file,
      d.source.line,
      `duplicate: ${government(d.code)} ${d.year} ${d.dimension} ${quote(d.category)} already at ${d.first.file}:${d.first.line}`,
      s.categoryColumns.get(d.source.file),
    );
  }
  for (const c of s.complaints.withoutTotals()) {
    warn(s, c.source.file, c.source.line, `${government(c.code)} ${c.year}: breakdowns but no total row (reports received left empty)`);
  }
  for (const sum of s.complaints.sums()) {
    if (sum.received !== null && sum.sum > sum.received) {
      warn(
        s,
        sum.firstSource.file,
        sum.firstSource.line,
        `${government(sum.code)} ${sum.year}: ${sum.dimension} adds up to ${sum.sum}, more than the ${sum.received} reports received`,
      );
    }
  }
}

/** Regions without a score in a year that has scores (one warning per year). */
function warnMissingRegions(s: Session, scores: readonly ScoreEntry[], years: readonly number[]): void {
  const regions = s.registry.regions;
  for (const year of years) {
    const have = new Set(scores.filter((e) => e.year === year).map((e) => e.code));
    const missing = regions.filter((r) => !have.has(r.code));
    if (missing.length > 0 && missing.length < regions.length) {
      const list = missing
        .slice(0, 5)
        .map((r) => r.code)
        .join(', ');
      warn(s, '', 0, `${year}: ${missing.length} of ${regions.length} kabupaten/kota have no published figure (${list}${missing.length > 5 ? ', …' : ''})`);
    }
  }
}
