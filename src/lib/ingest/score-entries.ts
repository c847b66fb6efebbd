import { ascending } from 'd3-array';
import type { GovernmentLevel, ScoreEntry, ScoreMention, ScoreReading } from '../types.ts';
import { byPrecedence, differs, hasValue } from '../precedence.ts';

/**
 * Every source's reading of a government-year → one entry (the reading shown, by
 * precedence, with every other reading as an alternative) or, when no source
 * printed a value, one mention per source. Nothing is dropped.
 */

export interface Candidate {
  code: string;
  level: GovernmentLevel;
  year: number;
  scheme: string;
  subScores?: Record<string, number>;
  reading: ScoreReading;
}

export interface Combined {
  scores: ScoreEntry[];
  mentions: ScoreMention[];
  /** Government-years where at least one other source differs from the one shown. */
  sourcesDiffer: number;
}

const byYearAndCode = (a: { year: number; code: string }, b: { year: number; code: string }) => a.year - b.year || ascending(a.code, b.code);

export function combineReadings(groups: Iterable<Candidate[]>): Combined {
  const scores: ScoreEntry[] = [];
  const mentions: ScoreMention[] = [];
  let sourcesDiffer = 0;
  for (const group of groups) {
    const ordered = byPrecedence(group.map((c) => ({ ...c.reading, candidate: c })));
    const [first, ...rest] = ordered;
    if (first === undefined) continue;
    const { code, level, year, scheme } = first.candidate;
    if (!hasValue(first)) {
      for (const r of ordered) mentions.push({ code, level, year, printed: r.printed, ...(r.note !== undefined ? { note: r.note } : {}), source: r.source });
      continue;
    }
    const { candidate, ...shown } = first;
    const subScores = candidate.subScores ?? group.find((c) => c.subScores !== undefined)?.subScores;
    const alternatives = rest.map(({ candidate: _, ...reading }) => ({ ...reading, differs: differs(shown, reading) }));
    if (alternatives.some((a) => a.differs)) sourcesDiffer++;
    scores.push({
      code,
      level,
      year,
      scheme,
      ...shown,
      ...(subScores !== undefined ? { subScores } : {}),
      ...(alternatives.length > 0 ? { alternatives } : {}),
    });
  }
  scores.sort(byYearAndCode);
  mentions.sort(byYearAndCode);
  return { scores, mentions, sourcesDiffer };
}
