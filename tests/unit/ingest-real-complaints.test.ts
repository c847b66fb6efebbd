import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingestFolder } from '../../src/lib/ingest/folder.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import type { ComplaintFigure } from '../../src/lib/types.ts';

/**
 * Golden ingest over REAL complaint rows: tests/fixtures/ingest/real-complaints/raw/pengaduan/
 * holds 49 rows copied verbatim (header kept) from data/raw/pengaduan/pengaduan_2011-2025.csv —
 * national totals with a restated figure (2023: 7.392 and 8.452), counts printed as words,
 * `sekitar`, `lebih`, `90-an`, ranges and percentages, periods (`2021-2025`), the Jakarta Raya office,
 * provincial governments, kabupaten/kota (two in one name, an office named by its kabupaten),
 * breakdowns. Its expected/ output is a golden case of tests/integration/ingest-golden.test.ts;
 * the tests below check the cases that matter by hand.
 */

const HERE = fileURLToPath(new URL('../fixtures/ingest/real-complaints/', import.meta.url));
const RAW = join(HERE, 'raw');
const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'), 'data/aliases.csv');
const result = await ingestFolder(RAW, registry, aliases, { currentYear: 2026 });
const figures: ComplaintFigure[] = result.output?.complaintFigures ?? [];
const sampleLines = readFileSync(join(RAW, 'pengaduan', 'pengaduan_2011-2025.csv'), 'utf8')
  .trimEnd()
  .split('\n');
const shippedLines = new Set(readFileSync('data/raw/pengaduan/pengaduan_2011-2025.csv', 'utf8').split('\n'));

/** The figure (shown, or the restatement) read from a sample line (1-based, header = 1). */
function at(line: number): { figure: ComplaintFigure; count: number; printed: string; role: 'shown' | 'restated' } {
  for (const f of figures) {
    if (f.source.line === line) return { figure: f, count: f.count, printed: f.printed, role: 'shown' };
    const alt = f.alternatives?.find((a) => a.source.line === line);
    if (alt) return { figure: f, count: alt.count, printed: alt.printed, role: 'restated' };
  }
  throw new Error(`no figure from line ${line}`);
}
const lineOf = (pattern: RegExp) => {
  const i = sampleLines.findIndex((l) => pattern.test(l));
  if (i < 1) throw new Error(`no sample line matches ${pattern}`);
  return i + 1;
};

describe('real complaint rows (golden)', () => {
  it('are copied verbatim from data/raw and read with no problem', () => {
    expect(sampleLines.length - 1).toBeGreaterThanOrEqual(40);
    for (const line of sampleLines) expect(shippedLines.has(line), line).toBe(true);
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('give every row as a figure or a restatement, once', () => {
    const lines = figures.flatMap((f) => [f.source.line, ...(f.alternatives ?? []).map((a) => a.source.line)]).sort((a, b) => a - b);
    expect(lines).toEqual(sampleLines.slice(1).map((_, i) => i + 2));
  });

  it('read the cases that matter as printed', () => {
    const national2023 = figures.find((f) => f.area === 'nasional' && f.year === 2023 && f.measure === 'laporan_masyarakat' && f.dimension === null)!;
    // Restated: both numbers kept, the one not shown marked as differing.
    expect([national2023.count, ...(national2023.alternatives ?? []).map((a) => a.count)]).toEqual(expect.arrayContaining([8452, 7392]));
    expect((national2023.alternatives ?? []).some((a) => a.differs)).toBe(true);
    const sorong = at(lineOf(/;Kota dan Kabupaten Sorong;/));
    expect(sorong.figure.codes).toEqual(['96.71', '96.01']);
    expect(at(lineOf(/;Posko Ombudsman Timika/)).figure.codes).toEqual(['94.04']);
    const approx = at(lineOf(/;sekitar \d+;/));
    expect(approx.figure.approximate).toBe(true);
    const word = at(lineOf(/;(dua|satu|sembilan|nol);/));
    expect(word.figure.percent).toBe(false);
    expect(word.count).toBeLessThan(10);
    for (const f of figures.filter((x) => x.percent)) expect(f.measure, f.printed).toMatch(/_persen$/);
    const period = figures.find((f) => f.yearTo !== undefined)!;
    expect(period.yearTo).toBeGreaterThan(period.year);
    const jakarta = figures.find((f) => f.area === 'prov-office' && f.provinceCode === '31')!;
    expect(jakarta.codes).toEqual([]);
  });
});
