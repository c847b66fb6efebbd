import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deterministicZip } from '../../src/lib/export/zip.ts';

const encoder = new TextEncoder();
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const entries = [
  { path: 'zona-pelayanan-data/csv/scores.csv', data: '\uFEFFcode,score\n18.09,45.67\n' },
  { path: 'zona-pelayanan-data/manifest.json', data: '{\n  "demo": true\n}\n' },
  { path: 'zona-pelayanan-data/geo/indonesia.topo.json', data: encoder.encode('{"type":"Topology"}'.repeat(200)) },
  { path: 'zona-pelayanan-data/img/chart.png', data: png },
];

function tz<T>(zone: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('deterministicZip', () => {
  it('unzips (fflate) to the same bytes', () => {
    const files = unzipSync(deterministicZip(entries));
    expect(Object.keys(files).sort()).toEqual(entries.map((e) => e.path).sort());
    for (const e of entries) {
      const want = typeof e.data === 'string' ? encoder.encode(e.data) : e.data;
      expect(Buffer.from(files[e.path]!).equals(Buffer.from(want))).toBe(true);
    }
  });

  it('is byte-identical for the same files in any order, time zone and moment', async () => {
    const a = deterministicZip(entries);
    const b = deterministicZip([...entries].reverse());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const c = tz('Asia/Jakarta', () => deterministicZip(entries));
    const d = tz('America/Adak', () => deterministicZip(entries));
    for (const other of [b, c, d]) expect(Buffer.from(other).equals(Buffer.from(a))).toBe(true);
  });

  it('sorts entries by path and stores already-compressed files', () => {
    const zip = Buffer.from(deterministicZip(entries));
    // Local file headers in order: signature PK\3\4, name at offset 30.
    const names: string[] = [];
    const methods: number[] = [];
    for (let i = zip.indexOf('PK\u0003\u0004', 0, 'latin1'); i >= 0; i = zip.indexOf('PK\u0003\u0004', i + 4, 'latin1')) {
      const nameLength = zip.readUInt16LE(i + 26);
      names.push(zip.toString('utf8', i + 30, i + 30 + nameLength));
      methods.push(zip.readUInt16LE(i + 8));
    }
    expect(names).toEqual([...entries.map((e) => e.path)].sort());
    expect(methods[names.indexOf('zona-pelayanan-data/img/chart.png')]).toBe(0);
    expect(methods[names.indexOf('zona-pelayanan-data/geo/indonesia.topo.json')]).toBe(8);
  });

  it('writes the fixed time 1980-01-01 12:00 in every entry', () => {
    const zip = Buffer.from(deterministicZip(entries));
    const i = zip.indexOf('PK\u0003\u0004', 0, 'latin1');
    const time = zip.readUInt16LE(i + 10);
    const date = zip.readUInt16LE(i + 12);
    expect([date >> 9, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([0, 1, 1, 12, 0]);
  });

  it('rejects duplicate and unsafe paths', () => {
    expect(() => deterministicZip([entries[0]!, entries[0]!])).toThrow(/duplicate/);
    for (const path of ['', '/abs.csv', '../up.csv', 'a//b.csv', 'a\\b.csv', 'dir/', './x.csv', '2024']) {
      expect(() => deterministicZip([{ path, data: 'x' }])).toThrow(/invalid entry path/);
    }
  });

  it('is readable by the system unzip when there is one', () => {
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      return; // no unzip on this machine
    }
    const dir = mkdtempSync(join(tmpdir(), 'zp-zip-'));
    try {
      const file = join(dir, 'package.zip');
      writeFileSync(file, deterministicZip(entries));
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
