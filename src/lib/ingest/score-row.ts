import type { PrintedGrade, PrintedText, ScoreReading } from '../types.ts';
import { classify, schemeFor, type Scheme } from '../zones.ts';
import { HTTP_LINK, sourceOf, subScoreField, type ScoreRow } from './fields.ts';
import { describeGrade, readGrade } from '../printed/grades.ts';
import type { FileState } from './header-check.ts';
import { describeGovernment, type Government } from '../printed/match.ts';
import { quote } from './report.ts';
import { error, placeRow, warn, type Session } from './session.ts';

/**
 * One compliance row (`kepatuhan/`) → one source's reading of a government-year: the score, the
 * zone/letter/opinion as printed, and where they disagree with the year's cut-offs. It is kept with
 * every other reading of it (precedence chooses later, score-entries.ts).
 */

type GradeField = 'zone' | 'grade' | 'grade2';
type GradePart = { field: GradeField; text: string; grade: PrintedGrade };

/** Reports an error in one of the row's cells (under its column's header); null. */
type Fail = (field: 'score' | GradeField, message: string) => null;

export function handleScoreRow(s: Session, f: FileState, line: number, cells: string[]): void {
  const { names, mapping } = f.table!;
  const subScores = readSubScores(s, f, line, cells);
  const place = placeRow<ScoreRow>(s, f, line, cells);
  if (place === null || subScores === null) return;
  const { row, year, government } = place;
  const scheme = schemeFor(year)!;
  const scoreAt = mapping.fields.score;
  const rawScore = scoreAt !== undefined && (cells[scoreAt] ?? '').trim() !== '' ? cells[scoreAt]! : null;
  const fail: Fail = (field, message) => {
    error(s, f.path, line, message, names[field]);
    return null;
  };
  const reading = readScoreRow(row, rawScore, scheme, year, f.path, line, fail);
  if (reading === null) return;
  if (row.url !== null && !HTTP_LINK.test(row.url)) warn(s, f.path, line, `${quote(row.url)} is not an http(s) link: kept as text, not linked`, names.url);
  if (!checkRepeat(s, f, line, government, year, row, reading)) return;
  const key = `${government.code}|${year}`;
  if (!s.candidates.has(key)) s.candidates.set(key, []);
  s.candidates.get(key)!.push({
    code: government.code,
    level: government.level,
    year,
    scheme: scheme.id,
    ...(Object.keys(subScores).length > 0 ? { subScores } : {}),
    reading,
  });
}

/** The sub-scores of a row by column name; null (after reporting) when one is not a number from 0 to 100. */
function readSubScores(s: Session, f: FileState, line: number, cells: readonly string[]): Record<string, number> | null {
  const subScores: Record<string, number> = {};
  let ok = true;
  for (const sub of f.table!.mapping.subScores) {
    const value = subScoreField.safeParse(cells[sub.index] ?? '');
    if (!value.success) {
      for (const issue of value.error.issues) error(s, f.path, line, issue.message, sub.name);
      ok = false;
    } else if (value.data !== null) subScores[sub.name] = value.data;
  }
  return ok ? subScores : null;
}

/** The row's grade columns, each read and then merged: each field taken where any column states it; columns must agree. */
function readGrades(row: ScoreRow, scheme: Scheme, fail: Fail): { parts: GradePart[]; grade: PrintedGrade | null } | null {
  const parts: GradePart[] = [];
  let failed = false;
  for (const field of ['zone', 'grade', 'grade2'] as const) {
    const text = row[field];
    if (text === null) continue;
    const read = readGrade(text, scheme.method);
    if (read.ok) parts.push({ field, text, grade: read.grade });
    else {
      fail(field, read.message);
      failed = true;
    }
  }
  if (failed || parts.length === 0) return failed ? null : { parts, grade: null };
  const [first, ...rest] = parts as [GradePart, ...GradePart[]];
  const merged: PrintedGrade = { ...first.grade };
  for (const part of rest) {
    for (const key of ['zone', 'category', 'opinion', 'quality'] as const) {
      const value = part.grade[key];
      if (value === null) continue;
      if (merged[key] !== null && merged[key] !== value) {
        return fail(part.field, `${quote(first.text)} (${describeGrade(first.grade)}) and ${quote(part.text)} (${describeGrade(part.grade)}) disagree`);
      }
      Object.assign(merged, { [key]: value });
    }
    merged.withoutMaladministration ||= part.grade.withoutMaladministration;
    merged.statementOnly &&= part.grade.statementOnly;
    merged.conflict ??= part.grade.conflict;
  }
  return { parts, grade: merged };
}

/** One row's reading, checked against the year's cut-offs; null when it cannot be kept (reported through `fail`). */
function readScoreRow(row: ScoreRow, rawScore: string | null, scheme: Scheme, year: number, file: string, line: number, fail: Fail): ScoreReading | null {
  const grades = readGrades(row, scheme, fail);
  if (grades === null) return null;
  const { parts, grade } = grades;
  const gradeField = parts[0]?.field ?? 'grade';
  const cited = row.url !== null && HTTP_LINK.test(row.url);
  const score = row.score?.value ?? null;
  let zone = grade?.zone ?? null;
  let category = grade?.category ?? null;
  let bandOfScore: ScoreReading['bandOfScore'];
  if (grade?.conflict && !cited)
    return fail(gradeField, `${quote(parts[0]!.text)} contradicts itself (${grade.conflict}); a source (url column) is needed to keep a result as printed`);
  const band = score !== null ? classify(year, score) : null;
  if (band !== null) {
    const agrees = (zone === null || zone === band.zone) && (category === null || band.category === null || category === band.category);
    if (!agrees && !cited) {
      return fail(
        gradeField,
        `published grade ${quote(parts.map((p) => p.text).join(' / '))} = ${grade ? describeGrade(grade) : '?'} disagrees with score ${score!.toFixed(2)}, which is ${band.category !== null ? `${band.category} (${band.zone})` : band.zone} under the ${year} scheme (${scheme.label}); a source (url column) is needed to keep a published grade that disagrees`,
      );
    }
    if (!agrees) bandOfScore = { zone: band.zone, category: band.category };
    else {
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
  return {
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
}

/** Whether two readings give the same score, zone, letter and opinion. */
function sameValues(a: ScoreReading, b: ScoreReading): boolean {
  return a.score === b.score && a.zone === b.zone && a.category === b.category && a.opinion?.level === b.opinion?.level;
}

/**
 * The same government-year twice from the same source (or twice with none) is a
 * mistake, unless the row's note says the page really prints it twice or it
 * repeats the same values (a confirmation); from different sources, both readings
 * are kept (see precedence.ts). False (after reporting) when the row is a mistake.
 */
function checkRepeat(s: Session, f: FileState, line: number, government: Government, year: number, row: ScoreRow, reading: ScoreReading): boolean {
  const sourceKey = reading.source.url ?? reading.source.label ?? '';
  const key = `${government.code}|${year}|${sourceKey}`;
  const seen = s.scoreSeen.get(key);
  const column = f.table!.names.region;
  if (seen !== undefined && sourceKey !== '' && row.note === null && sameValues(seen.reading, reading)) {
    warn(
      s,
      f.path,
      line,
      `${describeGovernment(government)} ${year} repeats ${seen.file}:${seen.line} (same page, same values): kept as a confirmation`,
      column,
    );
  } else if (seen !== undefined && (sourceKey === '' || row.note === null)) {
    const from = sourceKey === '' ? 'without a source' : 'from the same source (if the page really prints it twice, say so in the note column)';
    error(s, f.path, line, `duplicate: ${describeGovernment(government)} ${year} ${from} already at ${seen.file}:${seen.line}`, column);
    return false;
  }
  if (seen === undefined) s.scoreSeen.set(key, { file: f.path, line, reading });
  return true;
}
