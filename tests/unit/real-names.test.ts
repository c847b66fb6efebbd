import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { buildNameMatcher } from '../../src/lib/printed/match.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

/**
 * Every distinct (name, province, level) printed in the real harvested files — the compliance
 * harvests 2015–2025, the Lampung and Sumatera Utara transcriptions, and the complaint harvest's
 * `prov-gov`/`kab`/`kota` rows — with the government it was checked to be. Copied into
 * tests/fixtures/real/names.tsv so the test needs nothing outside the repository.
 *
 * Columns: `name`, `province` and `level` as printed (level `kab`, `kota`, `prov`, `prov-gov`, or
 * empty for files without a kind column), and `code`: the Kemendagri code, or `!reason` for a row
 * that must stay an error (a body that is not a government, two governments in one row, a name
 * the page printed without its distinguishing word).
 */

const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'));
const index = buildNameMatcher(registry.provinces, registry.regions, aliases);

const KIND: Record<string, string> = { kab: 'kabupaten', kota: 'kota', prov: 'provinsi', 'prov-gov': 'provinsi', '': '' };

interface Golden {
  line: number;
  name: string;
  province: string;
  level: string;
  code: string;
}

function readGolden(): Golden[] {
  const [header, ...lines] = readFileSync('tests/fixtures/real/names.tsv', 'utf8').replace(/\n$/, '').split('\n');
  expect(header).toBe('name\tprovince\tlevel\tcode');
  return lines.map((text, i) => {
    const cells = text.split('\t');
    expect([i + 2, cells.length]).toEqual([i + 2, 4]);
    const [name, province, level, code] = cells as [string, string, string, string];
    return { line: i + 2, name, province, level, code };
  });
}

const golden = readGolden();

describe('real region names (tests/fixtures/real/names.tsv)', () => {
  it('holds every distinct triple once, with a known level and code', () => {
    expect(golden.length).toBeGreaterThan(1300);
    const keys = golden.map((g) => `${g.name}\t${g.province}\t${g.level}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const g of golden) {
      expect([g.line, Object.hasOwn(KIND, g.level)]).toEqual([g.line, true]);
      expect([g.line, g.code.startsWith('!') || index.byCode.has(g.code)]).toEqual([g.line, true]);
      // The province column always names one of the 38 provinces.
      expect([g.line, g.province === '' || index.matchProvince(g.province) !== null]).toEqual([g.line, true]);
    }
  });

  it('resolves every name to exactly the government it was checked to be', () => {
    const wrong: string[] = [];
    for (const g of golden) {
      const r = index.match(g.name, { province: g.province, kind: KIND[g.level] });
      const got = r.ok ? r.government.code : `!${r.reason}`;
      if (got !== g.code)
        wrong.push(`line ${g.line}: "${g.name}" (${g.province}, ${g.level || '-'}) → ${got}, expected ${g.code}${r.ok ? '' : `: ${r.message}`}`);
    }
    expect(wrong).toEqual([]);
  });

  it('never resolves a name to a government of another kind than its level column', () => {
    for (const g of golden) {
      if (g.code.startsWith('!') || g.level === '') continue;
      expect([g.line, index.byCode.get(g.code)!.level]).toEqual([g.line, KIND[g.level]]);
    }
  });
});
