import type { PrintedGrade, PrintedText, ScoreReading } from '../types.ts';
import { classify, type Scheme } from '../zones.ts';
import { HTTP_LINK, sourceOf, type ScoreRow } from './fields.ts';
import { describeGrade, readGrade } from './grades.ts';
import { quote } from './report.ts';

/**
 * One compliance row → one source's reading of a government-year: the score,
 * the zone/letter/opinion as printed, and where they disagree with the year's
 * cut-offs. Pure: the caller resolves the government and the year first.
 */

/** A problem in one cell: the column (field name) and a message. */
export interface CellProblem {
  field: 'score' | 'zone' | 'grade' | 'grade2' | 'url';
  message: string;
  severity: 'error' | 'warning';
}

export type RowReading = { ok: true; reading: ScoreReading; warnings: CellProblem[] } | { ok: false; problems: CellProblem[] };

type Failed = Extract<RowReading, { ok: false }>;
const fail = (field: CellProblem['field'], message: string): Failed => ({ ok: false, problems: [{ field, severity: 'error', message }] });

const GRADE_FIELDS = ['zone', 'grade', 'grade2'] as const;

/** Merges the grade columns of one row: each field taken where any column states it; columns must agree. */
function mergeGrades(parts: { field: (typeof GRADE_FIELDS)[number]; text: string; grade: PrintedGrade }[]): { ok: true; grade: PrintedGrade | null } | Failed {
  if (parts.length === 0) return { ok: true, grade: null };
  const merged: PrintedGrade = { ...parts[0]!.grade };
  for (const part of parts.slice(1)) {
    for (const key of ['zone', 'category', 'opinion', 'quality'] as const) {
      const value = part.grade[key];
      if (value === null) continue;
      if (merged[key] !== null && merged[key] !== value) {
        const first = parts[0]!;
        return fail(part.field, `${quote(first.text)} (${describeGrade(first.grade)}) and ${quote(part.text)} (${describeGrade(part.grade)}) disagree`);
      }
      Object.assign(merged, { [key]: value });
    }
    merged.withoutMaladministration ||= part.grade.withoutMaladministration;
    merged.statementOnly &&= part.grade.statementOnly;
    merged.conflict ??= part.grade.conflict;
  }
  return { ok: true, grade: merged };
}

export function readScoreRow(row: ScoreRow, rawScore: string | null, scheme: Scheme, year: number, file: string, line: number): RowReading {
  const problems: CellProblem[] = [];
  const warnings: CellProblem[] = [];
  const parts: Parameters<typeof mergeGrades>[0] = [];
  for (const field of GRADE_FIELDS) {
    const text = row[field];
    if (text === null) continue;
    const read = readGrade(text, scheme.method);
    if (read.ok) parts.push({ field, text, grade: read.grade });
    else problems.push({ field, severity: 'error', message: read.message });
  }
  if (problems.length > 0) return { ok: false, problems };
  const merged = mergeGrades(parts);
  if (!merged.ok) return merged;
  const grade = merged.grade;
  const gradeField = parts[0]?.field ?? 'grade';
  const cited = row.url !== null && HTTP_LINK.test(row.url);
  if (row.url !== null && !cited)
    warnings.push({ field: 'url', severity: 'warning', message: `${quote(row.url)} is not an http(s) link: kept as text, not linked` });

  const score = row.score?.value ?? null;
  let zone = grade?.zone ?? null;
  let category = grade?.category ?? null;
  let bandOfScore: ScoreReading['bandOfScore'];
  if (grade?.conflict && !cited)
    return fail(gradeField, `${quote(parts[0]!.text)} contradicts itself (${grade.conflict}); a source (url column) is needed to keep a result as printed`);
  const band = score !== null ? classify(year, score) : null;
  if (band !== null) {
    const printedZone = zone;
    const agrees = (printedZone === null || printedZone === band.zone) && (category === null || band.category === null || category === band.category);
    if (!agrees) {
      if (!cited) {
        return fail(
          gradeField,
          `published grade ${quote(parts.map((p) => p.text).join(' / '))} = ${grade ? describeGrade(grade) : '?'} disagrees with score ${score!.toFixed(2)}, which is ${band.category !== null ? `${band.category} (${band.zone})` : band.zone} under the ${year} scheme (${scheme.label}); a source (url column) is needed to keep a published grade that disagrees`,
        );
      }
      bandOfScore = { zone: band.zone, category: band.category };
    } else {
      zone = band.zone;
      category ??= band.category;
    }
  }
  if (score === null && grade === null && rawScore === null && !cited && row.note === null)
    return fail('score', 'needs a score or a published grade/zone (or a source link saying what was published)');

  const printed: PrintedText = {};
  if (rawScore !== null) printed.score = rawScore.trim();
  if (parts.length > 0) printed.grade = parts.map((p) => p.text).join(' / ');
  if (row.rank !== null) printed.rank = row.rank;
  const reading: ScoreReading = {
    score,
    zone,
    category,
    ...(grade?.opinion ? { opinion: { level: grade.opinion, quality: grade.quality, withoutMaladministration: grade.withoutMaladministration } } : {}),
    printed,
    ...(bandOfScore ? { bandOfScore } : {}),
    ...(grade?.conflict ? { conflict: grade.conflict } : {}),
    ...(row.note !== null ? { note: row.note } : {}),
    source: sourceOf(file, line, row.url),
  };
  return { ok: true, reading, warnings };
}
