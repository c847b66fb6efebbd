/**
 * Determinism gate: two ingests + builds of the same inputs, side by side, on machines that
 * disagree about time and language — give byte-identical data/processed and dist.
 *
 *   A: TZ=Pacific/Kiritimati (UTC+14)  LANG=LC_ALL=de_DE.UTF-8  (decimal comma, "24.11.2026")
 *   B: TZ=Pacific/Pago_Pago (UTC−11)   LANG=LC_ALL=C             (decimal point, "11/23/2026")
 *
 * The two zones are 25 hours apart, so at any moment their local calendar dates differ: any
 * `new Date()` or locale-default formatting that reaches the output shows up as a difference.
 * Allow-list: none (see ALLOWED; tests/e2e/quality/README.md documents why it is empty).
 * Whole site, so in `npm run test:full`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeWorkDir } from '../e2e/quality/site.ts';

/** Files allowed to differ between the two builds, with the reason. Keep empty unless unavoidable. */
const ALLOWED: Record<string, string> = {};

const ENVS = {
  a: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  b: { TZ: 'Pacific/Pago_Pago', LANG: 'C', LC_ALL: 'C' },
};

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, name);
    if (statSync(full).isFile()) out.set(name.split('\\').join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return out;
}

/** The first difference between two files, as a few lines of context (or bytes, for binaries). */
function snippet(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 120);
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(from, i + 160).toString('utf8'));
  return `first difference at byte ${i} (sizes ${a.length} / ${b.length}):\n  A: …${show(a)}…\n  B: …${show(b)}…`;
}

function compare(dirA: string, dirB: string): string[] {
  const a = hashes(dirA);
  const b = hashes(dirB);
  const problems: string[] = [];
  const onlyA = [...a.keys()].filter((k) => !b.has(k) && !(k in ALLOWED));
  const onlyB = [...b.keys()].filter((k) => !a.has(k) && !(k in ALLOWED));
  if (onlyA.length > 0) problems.push(`only in build A: ${onlyA.slice(0, 10).join(', ')}${onlyA.length > 10 ? ', …' : ''}`);
  if (onlyB.length > 0) problems.push(`only in build B: ${onlyB.slice(0, 10).join(', ')}${onlyB.length > 10 ? ', …' : ''}`);
  const differing = [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k) && !(k in ALLOWED));
  if (differing.length > 0) {
    const first = differing[0]!;
    problems.push(
      `${differing.length} file(s) differ: ${differing.slice(0, 10).join(', ')}${differing.length > 10 ? ', …' : ''}\n` +
        `${first}: ${snippet(readFileSync(join(dirA, first)), readFileSync(join(dirB, first)))}`,
    );
  }
  return problems;
}

describe('two builds from the same inputs in different time zones and locales', () => {
  let work = '';
  let a: Awaited<ReturnType<typeof buildSite>>;
  let b: Awaited<ReturnType<typeof buildSite>>;
  beforeAll(async () => {
    // Side by side: each build has its own processed/, dist/ and caches (Astro's and the share images'
    // PNG cache), so a rasteriser or cache difference shows as a difference.
    work = makeWorkDir('determinism');
    [a, b] = await Promise.all([buildSite({ work: join(work, 'a'), env: ENVS.a }), buildSite({ work: join(work, 'b'), env: ENVS.b })]);
  }, 900_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the processed data is byte-identical', () => {
    const problems = compare(a.dataDir, b.dataDir);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(hashes(a.dataDir).size).toBeGreaterThanOrEqual(4);
  });

  it('dist is byte-identical (file list and SHA-256 of every file)', () => {
    const problems = compare(a.distDir, b.distDir);
    expect(problems, problems.join('\n')).toEqual([]);
    expect([...hashes(a.distDir).keys()]).toContain('index.html');
  });

  it('the allow-list names only files that exist', () => {
    const files = new Set(hashes(a.distDir).keys());
    expect(Object.keys(ALLOWED).filter((f) => !files.has(f))).toEqual([]);
  });
});
