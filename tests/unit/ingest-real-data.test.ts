import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingestFolder } from '../../src/lib/ingest/folder.ts';
import { readGrade } from '../../src/lib/printed/grades.ts';
import { buildNameMatcher } from '../../src/lib/printed/match.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import { schemeFor } from '../../src/lib/zones.ts';
import { kepatuhanRows, resultsByRow } from './support/ingest-rows.ts';

/**
 * The shipped record (data/raw, part of the repository) is read whole: no error, no
 * skipped row, and every compliance row accounted for exactly once — as the value shown
 * for its government-year, as an alternative beside it, or as a mention. Every printed
 * grade text and name must also have a reviewed line in the golden files
 * (tests/fixtures/real/grade-texts.txt, names.tsv), so a new spelling cannot slip in unreviewed.
 */

const RAW = 'data/raw';
const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'), 'data/aliases.csv');
const result = await ingestFolder(RAW, registry, aliases, { currentYear: 2026 });
const rows = kepatuhanRows(RAW);

describe('data/raw: every row of the shipped files is read', () => {
  it('has no errors and skips nothing', () => {
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.output).toBeDefined();
    expect(result.output!.manifest.skipped).toEqual([]);
    expect(result.output!.manifest.demo).toBe(false);
  });

  it('warns about compliance rows only for a repeat from the same page with the same values', () => {
    const rowWarnings = result.problems.filter((p) => p.severity === 'warning' && p.file.startsWith('kepatuhan/') && p.line > 1);
    for (const w of rowWarnings) expect(formatProblem(w)).toMatch(/repeats kepatuhan\/\S+:\d+ \(same page, same values\): kept as a confirmation$/);
  });

  it('accounts for every data row exactly once: a value shown, an alternative, or a mention', () => {
    expect(rows.length).toBeGreaterThan(2200);
    const byRow = resultsByRow(result.output!.scores, result.output!.mentions);
    const wrong = rows.map((r) => `${r.file}:${r.line}`).filter((key) => byRow.get(key)?.length !== 1);
    expect(wrong).toEqual([]);
    // Nothing else: no output entry points at a line that is not a data row.
    expect(byRow.size).toBe(rows.length);
    const counted = result.output!.manifest.files.filter((f) => f.kind === 'kepatuhan').reduce((n, f) => n + f.rows, 0);
    expect(counted).toBe(rows.length);
  });

  it('has a published value (score, zone, letter or opinion) for at least 1,400 government-years', () => {
    const scores = result.output!.scores;
    expect(scores.length).toBeGreaterThanOrEqual(1400);
    expect(new Set(scores.map((s) => `${s.code}|${s.year}`)).size).toBe(scores.length);
    expect(scores.every((s) => s.score !== null || s.zone !== null || s.category !== null || s.opinion !== undefined)).toBe(true);
    expect(result.output!.manifest.counts).toMatchObject({ scores: scores.length, mentions: result.output!.mentions.length });
  });

  it('covers every assessed year 2015–2025, each row under its year’s scheme', () => {
    const scores = result.output!.scores;
    expect([...new Set(scores.map((s) => s.year))]).toEqual([2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]);
    for (const s of scores) expect([s.code, s.year, s.scheme]).toEqual([s.code, s.year, schemeFor(s.year)!.id]);
    for (const s of scores.filter((x) => x.year >= 2025)) expect([s.code, s.zone, s.category]).toEqual([s.code, null, null]);
  });
});

describe('data/raw: every printed grade text and name has a reviewed golden line', () => {
  const goldenGrades = new Set(
    readFileSync('tests/fixtures/real/grade-texts.txt', 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .slice(1)
      .map((l) => l.split('\t').slice(0, 2).join('\t')),
  );
  const goldenNames = new Set(
    readFileSync('tests/fixtures/real/names.tsv', 'utf8')
      .replace(/\n$/, '')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t').slice(0, 3).join('\t')),
  );

  it('every distinct (method, zone_or_grade_as_printed) is in tests/fixtures/real/grade-texts.txt', () => {
    const missing = new Map<string, string>();
    for (const r of rows) {
      const text = (r.cells.zone_or_grade_as_printed ?? '').trim();
      if (text === '') continue;
      const method = schemeFor(Number(r.cells.year))!.method;
      const key = `${method}\t${text}`;
      if (goldenGrades.has(key) || missing.has(key)) continue;
      // Shown as a candidate golden line (its reading today) for review: `- ` where null.
      const g = readGrade(text, method);
      const cell = (v: unknown) => (v === null ? '-' : v === true ? 'yes' : v === false ? 'no' : String(v));
      missing.set(
        key,
        `${r.file}:${r.line}\t${key}\t${g.ok ? [g.grade.zone, g.grade.category, g.grade.opinion, g.grade.quality, g.grade.withoutMaladministration, g.grade.statementOnly, g.grade.conflict, null].map(cell).join('\t') : `-\t-\t-\t-\t-\t-\t-\t${g.message}`}`,
      );
    }
    expect([...missing.values()], 'add reviewed lines to tests/fixtures/real/grade-texts.txt').toEqual([]);
  });

  it('every distinct (name_as_printed, province, level) is in tests/fixtures/real/names.tsv', () => {
    const index = buildNameMatcher(registry.provinces, registry.regions, aliases);
    const kind: Record<string, string> = { kab: 'kabupaten', kota: 'kota', prov: 'provinsi' };
    const missing = new Map<string, string>();
    for (const r of rows) {
      const key = [r.cells.name_as_printed, r.cells.province, r.cells.level].map((c) => (c ?? '').trim()).join('\t');
      if (goldenNames.has(key) || missing.has(key)) continue;
      const m = index.match(r.cells.name_as_printed!, { province: r.cells.province!, kind: kind[r.cells.level!.trim()] ?? '' });
      missing.set(key, `${r.file}:${r.line}\t${key}\t${m.ok ? m.government.code : `!${m.reason}`}`);
    }
    expect([...missing.values()], 'add reviewed lines to tests/fixtures/real/names.tsv').toEqual([]);
  });
});
