import type { ScoreReading } from '../types.ts';
import { schemeFor } from '../zones.ts';
import { subScoreField, type RowValidator, type ScoreRow } from './fields.ts';
import type { FileState, Table } from './header-check.ts';
import { describeGovernment, type Government } from './match.ts';
import { readScoreRow, type CellProblem } from './score-reading.ts';
import { error, placeRow, reportIssues, warn, type Session } from './session.ts';

/**
 * One compliance row (`kepatuhan/`) → one source's reading of a government-year,
 * kept with every other reading of it (precedence chooses later, score-entries.ts).
 */

/** Whether two readings give the same score, zone, letter and opinion. */
function sameValues(a: ScoreReading, b: ScoreReading): boolean {
  return a.score === b.score && a.zone === b.zone && a.category === b.category && a.opinion?.level === b.opinion?.level;
}

/** The sub-scores of a row by column name; null (after reporting) when one is not a number from 0 to 100. */
function readSubScores(s: Session, f: FileState, line: number, cells: readonly string[], { mapping }: Table): Record<string, number> | null {
  const subScores: Record<string, number> = {};
  let ok = true;
  for (const sub of mapping.subScores) {
    const value = subScoreField.safeParse(cells[sub.index] ?? '');
    if (!value.success) {
      for (const issue of value.error.issues) error(s, f.path, line, issue.message, sub.name);
      ok = false;
    } else if (value.data !== null) subScores[sub.name] = value.data;
  }
  return ok ? subScores : null;
}

export function handleScoreRow(s: Session, f: FileState, line: number, cells: string[]): void {
  const table = f.table!;
  const { names } = table;
  const validated = (table.validator as RowValidator<ScoreRow>).validate(cells);
  const subScores = readSubScores(s, f, line, cells, table);
  if (!validated.ok) return reportIssues(s, f.path, line, validated.issues, names);
  const row = validated.row;
  const place = placeRow(s, f, line, names, row, 'kepatuhan');
  if (place === null || subScores === null) return;
  const { year, government } = place;
  const scheme = schemeFor(year)!;
  const scoreAt = table.mapping.fields.score;
  const rawScore = scoreAt !== undefined && (cells[scoreAt] ?? '').trim() !== '' ? cells[scoreAt]! : null;
  const read = readScoreRow(row, rawScore, scheme, year, f.path, line);
  const report = (p: CellProblem) => (p.severity === 'error' ? error : warn)(s, f.path, line, p.message, names[p.field] ?? p.field);
  if (!read.ok) {
    read.problems.forEach(report);
    return;
  }
  read.warnings.forEach(report);
  if (!checkRepeat(s, f, line, government, year, row, read.reading)) return;
  const key = `${government.code}|${year}`;
  let group = s.candidates.get(key);
  if (group === undefined) s.candidates.set(key, (group = []));
  group.push({
    code: government.code,
    level: government.level,
    year,
    scheme: scheme.id,
    ...(Object.keys(subScores).length > 0 ? { subScores } : {}),
    reading: read.reading,
  });
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
