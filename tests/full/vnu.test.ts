/**
 * Valid HTML by an independent checker: the Nu HTML Checker (vnu.jar, the W3C
 * validator's engine, from the `vnu-jar` npm package; needs Java 17+) reports ZERO errors on
 * every page type of the whole site: the representative page of each type, and every page of
 * the types with at most FEW pages (the 404, the lists, the years, the provinces…). One Java
 * launch checks them all (`--errors-only --format json`); each page type is then its own test,
 * listing `file:line:col: message`. Warnings are not gated.
 *
 * Catches what html-validate (tests/e2e/quality/html-validate.test.ts) does not, e.g. SVG
 * presentation attributes with values SVG does not allow (Plot's `font-variant="tabular-nums"`)
 * or a `<script>` after `</html>`.
 *
 * Needs: Java 17+ on PATH (or JAVA=/path/to/java) — .ci/run installs Debian's
 * default-jre-headless when missing; without Java the gate FAILS, it never skips. The jar
 * comes from node_modules/vnu-jar (a devDependency); VNU_JAR=/path/to/vnu.jar overrides it
 * (e.g. to try another version).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages, pageTypes, type SitePage } from '../e2e/quality/site.ts';

/** Types with at most this many pages are checked whole (provinces: 38 per language). */
const FEW = 40;
const distDir = inject('distDir');
const types = pageTypes(listPages(distDir));
const checked = (pages: readonly SitePage[]) => (pages.length <= FEW ? pages : null);
const pagesOf = new Map(types.map((type) => [type, checked(type.pages) ?? [type.representative]]));
const files = [...new Set([...pagesOf.values()].flat().map((p) => p.file))].sort();

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

function vnuJar(): string {
  const override = process.env.VNU_JAR;
  if (override) {
    if (!existsSync(override)) throw new Error(`VNU_JAR=${override}: no such file`);
    return override;
  }
  let jar: string;
  try {
    // `require('vnu-jar')` is the jar's path (a String object carrying a helper).
    jar = String(createRequire(import.meta.url)('vnu-jar'));
  } catch {
    throw new Error('vnu-jar is not installed: run npm install (it is a devDependency), or point VNU_JAR at a vnu.jar');
  }
  if (!existsSync(jar)) throw new Error(`vnu-jar names ${jar}, which does not exist: reinstall it (npm install)`);
  return jar;
}

/** `java` (or $JAVA), checked to run and to be 17 or later: a clear error otherwise, never a skip. */
function java(): string {
  const cmd = process.env.JAVA ?? 'java';
  const install = 'install it (Debian: apt-get install -y default-jre-headless; .ci/run does this) or set JAVA=/path/to/java';
  // `java -version` prints its banner to stderr: `openjdk version "17.0.15" 2025-04-15` (or `"1.8.0_402"` for Java 8).
  const result = spawnSync(cmd, ['-version'], { encoding: 'utf8' });
  if (result.error) throw new Error(`the Nu HTML Checker needs Java 17+ and \`${cmd}\` could not run (${result.error.message}): ${install}`);
  const version = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = version ? (version[1] === '1' ? Number(version[2]) : Number(version[1])) : null;
  if (major !== null && major < 17) throw new Error(`the Nu HTML Checker needs Java 17+, \`${cmd}\` is Java ${major}: ${install}`);
  return cmd;
}

const run = promisify(execFile);
let messages: VnuMessage[] = [];
/** Why the checker could not run (no Java, no jar): every test then fails with it — a missing checker is a failure, not a skip. */
let unavailable: Error | null = null;

beforeAll(async () => {
  try {
    const cmd = java();
    const jar = vnuJar();
    // One launch for every file; --exit-zero-always: errors come back as JSON, not as a failed process.
    const { stdout } = await run(cmd, ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
      cwd: distDir,
      maxBuffer: 256 * 1024 * 1024,
    });
    messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
  } catch (err) {
    unavailable = err instanceof Error ? err : new Error(String(err));
  }
});

function checkerRan(): void {
  if (unavailable !== null) throw unavailable;
}

/** dist-relative file of a message (`file:/…/dist/peringkat/index.html` → `peringkat/index.html`). */
function fileOf(m: VnuMessage): string {
  if (!m.url) return '(no file)';
  const path = m.url.startsWith('file:') ? fileURLToPath(m.url) : m.url;
  return relative(distDir, path).split('\\').join('/');
}

/** `file:line:col: error: message — “extract”` (pages are minified: the extract shows where). */
const describeMessage = (m: VnuMessage) =>
  `${fileOf(m)}:${m.lastLine ?? m.firstLine ?? 0}:${m.firstColumn ?? 0}: ${m.subType ? `${m.subType} ` : ''}${m.type}: ${m.message}` +
  (m.extract ? ` — “${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}”` : '');

describe('Nu HTML Checker (vnu) on every page type', () => {
  it(`checks ${files.length} pages of ${types.length} page types in one run`, () => {
    checkerRan();
    expect(types.map((t) => t.name)).toEqual(expect.arrayContaining(['home', 'region', 'province', 'rankings', 'not-found']));
    expect(files.length).toBeGreaterThanOrEqual(types.length);
    // Nothing outside the files given (a file vnu could not read is a non-document-error).
    expect(messages.filter((m) => m.type === 'non-document-error').map(describeMessage)).toEqual([]);
    const known = new Set(files);
    expect(messages.map(fileOf).filter((f) => !known.has(f))).toEqual([]);
  });

  for (const [type, pages] of pagesOf) {
    const some = checked(type.pages) !== null ? `all ${pages.length}` : `1 of ${type.pages.length}`;
    it(`${type.name} (${type.pattern || '/'}): ${some} page${type.pages.length === 1 ? '' : 's'}, 0 errors`, () => {
      checkerRan();
      const mine = new Set(pages.map((p) => p.file));
      expect(messages.filter((m) => mine.has(fileOf(m))).map(describeMessage)).toEqual([]);
    });
  }
});
