/**
 * Golden ingest cases, one folder per case under tests/fixtures/ingest/<case>/ (as Observable
 * Framework's build tests do it):
 *
 * - `raw/`: a raw folder exactly as a user drops it in data/raw (bytes as they are: BOMs, CRLF,
 *   Windows-1252, empty files; tests/fixtures/ingest/.gitattributes keeps git from converting them);
 * - `aliases.csv` beside `raw/` when the case needs its own aliases (data/aliases.csv otherwise);
 * - `expected/` when the ingest succeeds: the processed files it writes that come from `raw/`
 *   (OUTPUT_FILES; regions.json is the registry and national.json is data/reference), compared byte
 *   for byte;
 * - or `problems.txt` when it fails: every problem as the CLI prints it (`file:line: column:
 *   message`, warnings included, in the CLI's order), then the outcome, `exit 1: N errors, M warnings`.
 *   Paths are relative to the raw folder, so the file is the same on every machine.
 *
 * A missing expected file is written when `process.env.CI` is not 'true' (the test says so: review
 * the file by eye and commit it; to accept a changed output, delete the file and run again). Under
 * CI=true a missing expected file fails. Every case runs in-process through `ingestFolder` (what
 * scripts/ingest.ts calls) with the current year pinned to 2026; the cases in CLI_CASES also run the
 * real CLI (one process each), which must print the same problem lines, exit 1 and leave a previous
 * output folder byte-identical with no temporary folders beside it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingestFolder } from '../../src/lib/ingest/folder.ts';
import type { IngestResult } from '../../src/lib/ingest/ingest.ts';
import { jsonLines, toJsonLines } from '../../src/lib/ingest/output.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'ingest');
const work = mkdtempSync(join(tmpdir(), 'zp-ingest-golden-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const registry = loadInstalledRegistry();
const inCi = process.env.CI === 'true';

/** Cases that also run through the real CLI (~1 s each). */
const CLI_CASES = [
  'broken',
  'empty-0-bytes',
  'encoding-windows-1252',
  'structure-mixed-delimiters',
  'structure-unbalanced-quote',
  'value-huge-count',
  'year-range-2023-2024',
  'duplicate-rows-two-files',
  'duplicate-same-page-different-values',
  'folder-wrong-name',
];

/** The files of a successful run that come from raw/, as scripts/ingest.ts writes them. */
const OUTPUT_FILES: Record<string, (output: NonNullable<IngestResult['output']>) => string> = {
  'scores.json': (o) => toJsonLines(o.scores),
  'mentions.json': (o) => toJsonLines(o.mentions),
  'complaint-figures.json': (o) => toJsonLines(o.complaintFigures),
  'complaints.json': (o) => [...jsonLines(o.complaints)].join(''),
  'manifest.json': (o) => toJsonLines(o.manifest),
};

const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function aliasesFile(name: string): string {
  const own = join(fixtures, name, 'aliases.csv');
  return existsSync(own) ? own : join(root, 'data', 'aliases.csv');
}

/** The problem lines as the CLI prints them, then the outcome. */
function problemsText(result: IngestResult): string {
  const { errors, warnings } = result.summary;
  const outcome = `exit 1: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return [...result.problems.map(formatProblem), outcome, ''].join('\n');
}

/** Compares `actual` with the golden file at `path`; writes it when missing outside CI. Returns a note when it wrote. */
function golden(path: string, actual: string): string | null {
  if (!existsSync(path)) {
    if (inCi) throw new Error(`${path} is missing: run the test once outside CI (CI not 'true'), review the file by eye and commit it`);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
    return `wrote ${path.slice(root.length + 1)}: review it and commit it`;
  }
  expect(actual, `${path.slice(root.length + 1)} (to accept a change: delete the file, run outside CI, review, commit)`).toBe(readFileSync(path, 'utf8'));
  return null;
}

/** Every file under a folder with its SHA-256 (and each folder), to prove it was not touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, name);
    out[name] = statSync(full).isDirectory() ? 'dir' : createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

describe('golden ingest cases: tests/fixtures/ingest/<case>/raw → expected/ or problems.txt', () => {
  it.for(cases)('%s', async (name, { annotate }) => {
    const dir = join(fixtures, name);
    const file = aliasesFile(name);
    const aliases = parseAliases(readFileSync(file, 'utf8'), file.slice(root.length + 1));
    const result = await ingestFolder(join(dir, 'raw'), registry, aliases, { currentYear: 2026 });
    const hasProblems = existsSync(join(dir, 'problems.txt'));
    const hasExpected = existsSync(join(dir, 'expected'));
    expect(hasProblems && hasExpected, 'a case has expected/ or problems.txt, not both').toBe(false);
    const notes: (string | null)[] = [];
    if (result.output === undefined) {
      expect(hasExpected, `the ingest failed, but the case expects output:\n${problemsText(result)}`).toBe(false);
      expect(result.summary.errors).toBeGreaterThan(0);
      notes.push(golden(join(dir, 'problems.txt'), problemsText(result)));
    } else {
      expect(hasProblems, 'the ingest succeeded, but the case expects problems').toBe(false);
      for (const [file, write] of Object.entries(OUTPUT_FILES)) notes.push(golden(join(dir, 'expected', file), write(result.output)));
    }
    for (const note of notes) {
      if (note === null) continue;
      console.warn(`${name}: ${note}`);
      await annotate(note, 'notice');
    }
  });

  const cli = CLI_CASES.filter((name) => existsSync(join(fixtures, name, 'problems.txt')));
  it.concurrent.each(cli)('CLI: %s', async (name) => {
    const dir = join(work, name);
    const out = join(dir, 'out');
    cpSync(join(fixtures, 'good', 'expected'), out, { recursive: true });
    writeFileSync(join(out, 'keep-me.txt'), 'the output folder must be left exactly as it was\n');
    const before = snapshot(out);
    const args = ['--import', 'tsx', join(root, 'scripts', 'ingest.ts'), '--raw', join(fixtures, name, 'raw'), '--out', out, '--aliases', aliasesFile(name)];
    let code = 0;
    let stderr = '';
    try {
      ({ stderr } = await run(process.execPath, args, { cwd: root }));
    } catch (err) {
      ({ code, stderr } = err as { code: number; stderr: string });
    }
    const lines = readFileSync(join(fixtures, name, 'problems.txt'), 'utf8')
      .split('\n')
      .slice(0, -1);
    const [, exit, errors] = /^exit (\d+): (\d+) errors?,/.exec(lines.at(-1)!)!;
    expect(code, `exit code; stderr:\n${stderr}`).toBe(Number(exit));
    const printed = stderr.split('\n').filter((line) => line !== '' && !line.startsWith('ingest: '));
    expect(printed).toEqual(lines.slice(0, -1));
    expect(stderr).toMatch(new RegExp(`ingest: failed with ${errors} errors?; .* left unchanged\n$`));
    expect(snapshot(out), 'output folder changed').toEqual(before);
    expect(readdirSync(dir), 'temporary folders left next to the output').toEqual(['out']);
  });

  it(`has the cases (${cases.length}): at least 30 that fail, several also through the CLI, each with raw/`, () => {
    const failing = cases.filter((name) => existsSync(join(fixtures, name, 'problems.txt')));
    expect(failing.length).toBeGreaterThanOrEqual(30);
    expect(CLI_CASES.length).toBeGreaterThanOrEqual(6);
    for (const name of CLI_CASES) expect(cases, `CLI case ${name}`).toContain(name);
    for (const name of cases) expect(existsSync(join(fixtures, name, 'raw')), `${name}/raw`).toBe(true);
  });
});
