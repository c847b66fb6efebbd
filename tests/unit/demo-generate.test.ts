import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, generateDemoData, generateDemoDataset, type DemoDataset } from '../../src/lib/demo/generate.ts';
import { DEMO_PATHS, formatCents, formatThousands } from '../../src/lib/demo/raw-files.ts';
import { bandOf } from '../../src/lib/demo/bands.ts';
import { dimensionPoints, DIMENSIONS } from '../../src/lib/demo/assessments.ts';
import { createRng } from '../../src/lib/demo/prng.ts';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingestFolder } from '../../src/lib/ingest/folder.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';
import type { RegistryFile } from '../../src/lib/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RAW = join(ROOT, 'data', 'raw');
const run = promisify(execFile);
const NEW_PAPUA = ['93', '94', '95', '96'];

let registry: RegistryFile;
let demo: DemoDataset;

beforeAll(() => {
  registry = loadInstalledRegistry();
  demo = generateDemoDataset(registry, DEFAULT_DEMO_SEED);
});

/** Parses one generated file (BOM stripped) into header and data rows, failing on any parse error. */
function table(path: string): { header: string[]; rows: string[][] } {
  const info = demo.info.find((f) => f.path === path);
  if (info === undefined || info.delimiter === null) throw new Error(`no CSV ${path}`);
  const text = demo.files.get(path)!.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(text, { delimiter: info.delimiter, newline: '\n', skipEmptyLines: true });
  expect(result.errors, path).toEqual([]);
  const [header, ...rows] = result.data;
  return { header: header!, rows };
}

/** A column of a parsed table by header name. */
function col(t: { header: string[] }, name: string): number {
  const i = t.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
}

const cents = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
const count = (text: string) => Number(text.replace(/\./g, ''));

/** Independent cut-offs: three zones up to 2021, five categories from 2022. */
function zoneOf(year: number, c: number): string {
  if (year >= 2022) return c >= 7800 ? 'hijau' : c >= 5400 ? 'kuning' : 'merah';
  return c >= 8100 ? 'hijau' : c >= 5100 ? 'kuning' : 'merah';
}
function categoryOf(c: number): string {
  return c >= 8800 ? 'A' : c >= 7800 ? 'B' : c >= 5400 ? 'C' : c >= 3200 ? 'D' : 'E';
}
function readCategory(text: string): string {
  const s = text.toLowerCase().replace(/^(opini |kategori )*(kualitas )?/, '');
  const words: Record<string, string> = { tertinggi: 'A', tinggi: 'B', sedang: 'C', rendah: 'D', terendah: 'E' };
  return /^[a-e]$/.test(s) ? s.toUpperCase() : (words[s] ?? `?${text}`);
}
function readZone(text: string): string {
  return text.toLowerCase().replace(/^zona /, '');
}

interface ScoreRow {
  code: string;
  year: number;
  cents: number;
  printedZone: string;
  printedCategory: string | null;
}

/** Every compliance row from the three files; 2021 names are resolved to codes. */
function allScores(): ScoreRow[] {
  const out: ScoreRow[] = [];
  const a = table(DEMO_PATHS.sample);
  for (const r of a.rows) {
    out.push({ code: r[0]!, year: Number(r[1]), cents: cents(r[2]!), printedZone: readZone(r[3]!), printedCategory: null });
  }
  const b = table(DEMO_PATHS.census2021);
  for (const r of b.rows) {
    out.push({ code: resolveName(r[1]!, r[2]!), year: 2021, cents: cents(r[3]!), printedZone: readZone(r[4]!), printedCategory: null });
  }
  const c = table(DEMO_PATHS.opini);
  for (const r of c.rows) {
    const category = readCategory(r[3]!);
    const zone = category === 'A' || category === 'B' ? 'hijau' : category === 'C' ? 'kuning' : 'merah';
    out.push({ code: r[0]!, year: Number(r[1]), cents: cents(r[2]!), printedZone: zone, printedCategory: category });
  }
  return out;
}

/** Resolves a 2021-style name (`Kab. Pesawaran`, `KOTA METRO`, `Pemprov Lampung`) within its province. */
function resolveName(name: string, provinceName: string): string {
  const province = registry.provinces.find((p) => p.name.toLowerCase() === provinceName.toLowerCase());
  if (province === undefined) throw new Error(`unknown province "${provinceName}"`);
  const prov = name.match(/^(?:Pemerintah Provinsi|Pemprov) (.+)$/);
  if (prov) {
    expect(prov[1]).toBe(province.name);
    return province.code;
  }
  const exact = registry.regions.filter((r) => r.name === name && r.provinceCode === province.code);
  if (exact.length === 1 && /Administrasi/.test(name)) return exact[0]!.code;
  const m = name.match(/^(Kabupaten|Kab\.|KABUPATEN|Pemkab|Kota|KOTA|Pemkot) (.+)$/);
  if (!m) throw new Error(`name without a kabupaten/kota prefix: "${name}"`);
  const kind = /^(kabupaten|kab\.|pemkab)$/i.test(m[1]!) ? 'kabupaten' : 'kota';
  const hits = registry.regions.filter((r) => r.provinceCode === province.code && r.kind === kind && r.shortName.toLowerCase() === m[2]!.toLowerCase());
  if (hits.length !== 1) throw new Error(`"${name}" (${provinceName}) matches ${hits.length} regions`);
  return hits[0]!.code;
}

function levelOf(code: string): 'kabupaten' | 'kota' | 'provinsi' {
  if (code.length === 2) return 'provinsi';
  const region = registry.regions.find((r) => r.code === code);
  if (region === undefined) throw new Error(`unknown code ${code}`);
  return region.kind;
}

describe('prng', () => {
  it('is deterministic and stays in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRng(43).next()).not.toBe(xs[0]);
    const n = createRng(7);
    const normals = Array.from({ length: 20000 }, () => n.normal());
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((s, x) => s + (x - mean) ** 2, 0) / normals.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(sd - 1)).toBeLessThan(0.05);
    const r = createRng(1);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(r.sample([1, 2, 3, 4, 5, 6], 4)).size).toBe(4);
    expect(createRng(5).fork('x').next()).toBe(createRng(5).fork('x').next());
    expect(createRng(5).fork('x').next()).not.toBe(createRng(5).fork('y').next());
  });
});

describe('demo parts', () => {
  it('bands: three zones to 2021, five categories from 2022, each cut-off inclusive at its lower end', () => {
    expect([0, 5099, 5100, 8099, 8100, 10000].map((c) => bandOf(2021, c))).toEqual(['Merah', 'Merah', 'Kuning', 'Kuning', 'Hijau', 'Hijau']);
    expect([3199, 3200, 5400, 7800, 8799, 8800].map((c) => bandOf(2022, c))).toEqual(['E', 'D', 'C', 'B', 'B', 'A']);
  });

  it('raw files: hundredths and counts written as the exports write them', () => {
    expect([formatCents(4567), formatCents(4507, ','), formatCents(10000)]).toEqual(['45.67', '45,07', '100.00']);
    expect([formatThousands(999), formatThousands(1234), formatThousands(1234567)]).toEqual(['999', '1.234', '1.234.567']);
  });

  it('dimension points sum exactly to the score and stay within their maxima', () => {
    const rng = createRng(3);
    for (const cents of [0, 1, 4567, 9999, 10000]) {
      const points = dimensionPoints(rng, cents);
      expect(points.reduce((a, b) => a + b, 0)).toBe(cents);
      points.forEach((p, i) => expect(p >= 0 && p <= DIMENSIONS[i]!.max).toBe(true));
    }
  });
});

describe('generateDemoData', () => {
  it('gives identical output for the same seed and different output for another seed', () => {
    const again = generateDemoData(registry, DEFAULT_DEMO_SEED);
    expect([...again.keys()]).toEqual([...demo.files.keys()]);
    for (const [path, content] of demo.files) expect(again.get(path) === content, path).toBe(true);
    const other = generateDemoData(registry, DEFAULT_DEMO_SEED + 1);
    for (const path of demo.files.keys()) expect(other.get(path) === demo.files.get(path), path).toBe(false);
  });

  it('writes the marker and the five exports with the agreed headers and layout', () => {
    expect([...demo.files.keys()].sort()).toEqual(Object.values(DEMO_PATHS).sort());
    const marker = demo.files.get(DEMO_PATHS.marker)!;
    expect(marker).toMatch(/demo/i);
    expect(marker).toContain(`seed ${DEFAULT_DEMO_SEED}`);
    expect(marker).toContain('scripts/generate-demo-data.ts');
    expect(marker).toMatch(/bukan hasil .*resmi/i);
    expect(marker).toMatch(/not official/i);

    expect(table(DEMO_PATHS.sample).header).toEqual(['code', 'year', 'score', 'zone']);
    expect(demo.files.get(DEMO_PATHS.census2021)!.startsWith('\uFEFFNo;Nama Daerah;Provinsi;Nilai;Zona\n')).toBe(true);
    expect(table(DEMO_PATHS.opini).header).toEqual(['Kode Wilayah', 'Tahun', 'Skor', 'Kategori', 'Input', 'Proses', 'Output', 'Pengaduan', 'Catatan']);
    expect(table(DEMO_PATHS.complaints).header).toEqual(['Kode', 'Tahun', 'Jumlah Laporan', 'Selesai']);
    expect(table(DEMO_PATHS.breakdowns).header).toEqual(['Kode', 'Tahun', 'Dimensi', 'Kategori', 'Jumlah Laporan', 'Selesai']);

    for (const [path, content] of demo.files) {
      expect(content.includes('\r'), path).toBe(false);
      expect(content.endsWith('\n'), path).toBe(true);
      expect(
        content.split('\n').filter((line) => / $/.test(line)),
        `${path}: trailing spaces`,
      ).toEqual([]);
      expect(content.startsWith('\uFEFF'), path).toBe(path === DEMO_PATHS.census2021);
    }
    const total = [...demo.files.values()].reduce((s, c) => s + Buffer.byteLength(c, 'utf8'), 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  it('parses every file with papaparse, each row as wide as its header, row counts as reported', () => {
    for (const info of demo.info) {
      if (info.delimiter === null) continue;
      const t = table(info.path);
      expect(t.rows.length, info.path).toBe(info.rows);
      for (const row of t.rows) expect(row.length, `${info.path}: ${row.join('|')}`).toBe(t.header.length);
    }
  });

  it('has no compliance rows in 2020, and numbers written as agreed', () => {
    const scores = allScores();
    expect(scores.some((s) => s.year === 2020)).toBe(false);
    expect(new Set(scores.map((s) => s.year))).toEqual(new Set([2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024]));
    for (const r of table(DEMO_PATHS.sample).rows) expect(r[2]).toMatch(/^\d{1,3}\.\d\d$/);
    for (const r of table(DEMO_PATHS.census2021).rows) expect(r[3]).toMatch(/^\d{1,3},\d\d$/);
    const opini = table(DEMO_PATHS.opini);
    for (const r of opini.rows) for (const i of [2, 4, 5, 6, 7]) expect(r[i]).toMatch(/^\d{1,3}\.\d\d$/);
    // `No` is a running number.
    table(DEMO_PATHS.census2021).rows.forEach((r, i) => expect(r[0]).toBe(String(i + 1)));
  });

  it('keeps scores within 0–100 and zones/categories agreeing with the year’s cut-offs', () => {
    for (const s of allScores()) {
      expect(s.cents).toBeGreaterThanOrEqual(0);
      expect(s.cents).toBeLessThanOrEqual(10000);
      expect(s.printedZone, `${s.code} ${s.year}`).toBe(zoneOf(s.year, s.cents));
      if (s.printedCategory !== null) expect(s.printedCategory, `${s.code} ${s.year}`).toBe(categoryOf(s.cents));
    }
  });

  it('writes zone and category labels in varied real-world styles', () => {
    const zones = new Set(table(DEMO_PATHS.sample).rows.map((r) => r[3]!.replace(/merah|kuning|hijau/gi, 'x')));
    expect(zones.size).toBeGreaterThanOrEqual(4);
    const categories = table(DEMO_PATHS.opini).rows.map((r) => r[3]!);
    expect(categories.some((c) => /^[A-E]$/.test(c))).toBe(true);
    expect(categories.some((c) => /^Kategori [A-E]$/.test(c))).toBe(true);
    expect(categories.some((c) => /^Kualitas /.test(c))).toBe(true);
    expect(categories.some((c) => /^Opini Kualitas /.test(c))).toBe(true);
    const names = table(DEMO_PATHS.census2021).rows.map((r) => r[1]!);
    for (const prefix of ['Kabupaten ', 'Kab. ', 'KABUPATEN ', 'Pemkab ', 'Kota ', 'Pemkot ', 'KOTA ', 'Pemerintah Provinsi ', 'Pemprov ']) {
      expect(
        names.some((n) => n.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(names).toContain('Kabupaten Administrasi Kepulauan Seribu');
    expect(names).toContain('Kota Administrasi Jakarta Selatan');
  });

  it('splits 2022–2024 scores into dimension points within their maxima, summing exactly', () => {
    const t = table(DEMO_PATHS.opini);
    const max = { Input: 2185, Proses: 3237, Output: 2424, Pengaduan: 2154 };
    for (const r of t.rows) {
      let sum = 0;
      for (const [name, m] of Object.entries(max)) {
        const p = cents(r[col(t, name)]!);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(m);
        sum += p;
      }
      expect(sum, r.join('|')).toBe(cents(r[col(t, 'Skor')]!));
    }
    const notes = t.rows.map((r) => r[col(t, 'Catatan')]!).filter((n) => n !== '');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.length).toBeLessThan(12);
    expect(notes).toContain('Penilaian ulang, lihat\nkeputusan 2023');
    expect(notes.some((n) => n.includes('"'))).toBe(true);
  });

  it('covers the years as ORI did: rotating samples up to 2019, near census from 2021', () => {
    const scores = allScores();
    const key = (s: ScoreRow) => `${s.year} ${s.code}`;
    expect(new Set(scores.map(key)).size).toBe(scores.length);
    const shape = (year: number) => {
      const rows = scores.filter((s) => s.year === year);
      return {
        kabupaten: rows.filter((s) => levelOf(s.code) === 'kabupaten').length,
        kota: rows.filter((s) => levelOf(s.code) === 'kota').length,
        provinsi: rows.filter((s) => levelOf(s.code) === 'provinsi').length,
      };
    };
    expect(shape(2015)).toEqual({ kabupaten: 64, kota: 52, provinsi: 33 });
    expect(shape(2016)).toEqual({ kabupaten: 80, kota: 50, provinsi: 30 });
    expect(shape(2017)).toEqual({ kabupaten: 107, kota: 40, provinsi: 31 });
    expect(shape(2018)).toEqual({ kabupaten: 199, kota: 49, provinsi: 16 });
    expect(shape(2019)).toEqual({ kabupaten: 215, kota: 36, provinsi: 6 });
    expect(shape(2021)).toEqual({ kabupaten: 416, kota: 98, provinsi: 34 });
    expect(shape(2022)).toEqual({ kabupaten: 415, kota: 98, provinsi: 34 });
    expect(shape(2023)).toEqual({ kabupaten: 415, kota: 98, provinsi: 34 });
    expect(shape(2024)).toEqual({ kabupaten: 416, kota: 98, provinsi: 34 });

    // The new Papua provinces are never assessed as provincial governments, but their kab/kota are.
    expect(scores.filter((s) => NEW_PAPUA.includes(s.code))).toEqual([]);
    for (const year of [2021, 2022, 2023, 2024]) {
      const papua = scores.filter((s) => s.year === year && NEW_PAPUA.includes(s.code.slice(0, 2)) && s.code.length === 5);
      expect(papua.length).toBeGreaterThan(20);
    }

    // Rotating samples: regions have gaps, and consecutive samples differ.
    const years = new Map<string, number[]>();
    for (const s of scores) years.set(s.code, [...(years.get(s.code) ?? []), s.year]);
    const withGap = [...years.values()].filter((ys) => ys.some((y, i) => i > 0 && y <= 2019 && y - ys[i - 1]! > 1));
    expect(withGap.length).toBeGreaterThan(20);
    const sample = (year: number) => new Set(scores.filter((s) => s.year === year && s.code.length === 5).map((s) => s.code));
    const s2017 = sample(2017);
    expect([...sample(2016)].filter((c) => s2017.has(c)).length).toBeLessThan(s2017.size);
  });

  it('has plausible zone distributions and the Pesawaran story', () => {
    const scores = allScores();
    const share = (year: number, level: 'kabupaten' | 'kota' | null, test: (s: ScoreRow) => boolean) => {
      const rows = scores.filter((s) => s.year === year && (level === null ? s.code.length === 5 : levelOf(s.code) === level));
      return rows.filter(test).length / rows.length;
    };
    const hijau = (s: ScoreRow) => s.printedZone === 'hijau';
    const merah = (s: ScoreRow) => s.printedZone === 'merah';
    expect(share(2018, 'kabupaten', hijau)).toBeCloseTo(63 / 199, 1);
    expect(share(2018, 'kabupaten', merah)).toBeCloseTo(48 / 199, 1);
    expect(share(2021, 'kabupaten', hijau)).toBeCloseTo(103 / 416, 1);
    expect(share(2021, 'kota', merah)).toBeLessThan(0.08);
    expect(share(2022, 'kabupaten', hijau)).toBeCloseTo(170 / 415, 1);
    expect(share(2023, null, hijau)).toBeGreaterThan(0.62);
    expect(share(2024, null, (s) => s.printedCategory === 'A')).toBeCloseTo(0.57, 1);
    expect(share(2024, null, (s) => s.printedCategory === 'E')).toBeLessThan(0.04);
    // Most regions improve between the first sampled year and 2024.
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    for (const s of scores) {
      if (s.code.length !== 5) continue;
      if (!first.has(s.code)) first.set(s.code, s.cents);
      if (s.year === 2024) last.set(s.code, s.cents);
    }
    const both = [...last.keys()].filter((c) => first.has(c) && scores.some((s) => s.code === c && s.year <= 2019));
    const improved = both.filter((c) => last.get(c)! > first.get(c)!).length;
    expect(improved / both.length).toBeGreaterThan(0.6);
    expect(improved).toBeLessThan(both.length);

    const pesawaran = (year: number) => scores.find((s) => s.code === '18.09' && s.year === year);
    expect(pesawaran(2017)?.printedZone).toBe('merah');
    expect(pesawaran(2018)?.printedZone).toBe('hijau');
  });

  it('has complaint totals for every kab/kota and year 2015–2024 with resolved ≤ received', () => {
    const t = table(DEMO_PATHS.complaints);
    const seen = new Set<string>();
    for (const r of t.rows) {
      const received = count(r[2]!);
      const resolved = count(r[3]!);
      expect(Number.isInteger(received) && received >= 0, r.join('|')).toBe(true);
      expect(resolved).toBeGreaterThanOrEqual(0);
      expect(resolved).toBeLessThanOrEqual(received);
      seen.add(`${r[1]} ${r[0]}`);
    }
    const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
    expect(t.rows.length).toBe(registry.regions.length * years.length);
    for (const year of years) for (const region of registry.regions) expect(seen.has(`${year} ${region.code}`)).toBe(true);
    // Sorted by year, then code.
    const keys = t.rows.map((r) => `${r[1]} ${r[0]}`);
    expect(keys).toEqual([...keys].sort());
    // Counts of a thousand or more carry a quoted dot thousands separator; the rest are plain.
    const raw = demo.files.get(DEMO_PATHS.complaints)!;
    expect(raw).toMatch(/,"\d{1,3}\.\d{3}"/);
    for (const r of t.rows) for (const v of [r[2]!, r[3]!]) expect(v).toMatch(count(v) >= 1000 ? /^\d{1,3}\.\d{3}$/ : /^\d{1,3}$/);
    // Provincial capitals (first kota by code) get more reports.
    const capital = t.rows.filter((r) => r[0]!.endsWith('.71'));
    const other = t.rows.filter((r) => !r[0]!.endsWith('.71'));
    const mean = (rows: string[][]) => rows.reduce((s, r) => s + count(r[2]!), 0) / rows.length;
    expect(mean(capital)).toBeGreaterThan(2 * mean(other));
    expect(Math.max(...other.map((r) => count(r[2]!)))).toBeLessThanOrEqual(400);
  });

  it('has breakdowns for 2021–2024 that sum exactly to the totals, per dimension', () => {
    const totals = new Map<string, { received: number; resolved: number }>();
    for (const r of table(DEMO_PATHS.complaints).rows) totals.set(`${r[1]} ${r[0]}`, { received: count(r[2]!), resolved: count(r[3]!) });
    const t = table(DEMO_PATHS.breakdowns);
    const sums = new Map<string, { received: number; resolved: number }>();
    const allowed: Record<string, string[]> = {
      substansi: [
        'Agraria',
        'Kepegawaian',
        'Pendidikan',
        'Perhubungan',
        'Hak Sipil dan Politik',
        'Administrasi Kependudukan',
        'Kepolisian',
        'Pedesaan',
        'Kesejahteraan Sosial',
        'Kesehatan',
        'Perizinan',
        'Ketenagakerjaan',
        'Lingkungan Hidup',
        'Pemerintahan Dalam Negeri',
      ],
      maladministrasi: [
        'Penundaan Berlarut',
        'Tidak Memberikan Pelayanan',
        'Penyimpangan Prosedur',
        'Penyalahgunaan Wewenang',
        'Tidak Kompeten',
        'Permintaan Imbalan Uang, Barang dan/atau Jasa',
        'Tidak Patut',
        'Diskriminasi',
        'Berpihak',
        'Konflik Kepentingan',
      ],
      terlapor: [
        'Pemerintah Daerah',
        'Kepolisian',
        'Badan Pertanahan Nasional',
        'BUMN/BUMD',
        'Lembaga Pendidikan Negeri',
        'Rumah Sakit Pemerintah',
        'Instansi Pemerintah/Kementerian',
        'Lain-lain',
      ],
    };
    const national: Record<string, number> = {};
    const bad: string[] = [];
    for (const r of t.rows) {
      const [code, year, dimension, category, rec, res] = r as [string, string, string, string, string, string];
      const received = Number(rec);
      const resolved = Number(res);
      if (!['2021', '2022', '2023', '2024'].includes(year)) bad.push(`year: ${r.join('|')}`);
      if (!allowed[dimension]?.includes(category)) bad.push(`category: ${r.join('|')}`);
      if (!(Number.isInteger(received) && received > 0)) bad.push(`count: ${r.join('|')}`);
      if (!(Number.isInteger(resolved) && resolved >= 0 && resolved <= received)) bad.push(`selesai: ${r.join('|')}`);
      const key = `${year} ${code} ${dimension}`;
      const s = sums.get(key) ?? { received: 0, resolved: 0 };
      sums.set(key, { received: s.received + received, resolved: s.resolved + resolved });
      national[`${dimension}:${category}`] = (national[`${dimension}:${category}`] ?? 0) + received;
    }
    expect(bad).toEqual([]);
    for (const [key, total] of totals) {
      const [year, code] = key.split(' ') as [string, string];
      for (const dimension of Object.keys(allowed)) {
        const s = sums.get(`${year} ${code} ${dimension}`);
        const want = Number(year) < 2021 || total.received === 0 ? undefined : total;
        if (JSON.stringify(s) !== JSON.stringify(want)) bad.push(`${key} ${dimension}: ${JSON.stringify(s)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(bad).toEqual([]);
    // The comma in a category name is quoted.
    expect(demo.files.get(DEMO_PATHS.breakdowns)).toContain(';"Permintaan Imbalan Uang, Barang dan/atau Jasa";');
    // National shares roughly as published.
    const shareOf = (dimension: string, category: string) =>
      national[`${dimension}:${category}`]! /
      Object.entries(national)
        .filter(([k]) => k.startsWith(`${dimension}:`))
        .reduce((s, [, v]) => s + v, 0);
    expect(shareOf('maladministrasi', 'Penundaan Berlarut')).toBeCloseTo(0.33, 1);
    expect(shareOf('maladministrasi', 'Penyimpangan Prosedur')).toBeCloseTo(0.25, 1);
    expect(shareOf('terlapor', 'Pemerintah Daerah')).toBeCloseTo(0.45, 1);
    const substansi = allowed.substansi!.map((c) => national[`substansi:${c}`] ?? 0);
    expect(Math.max(...substansi)).toBe(national['substansi:Agraria']);
  });

  it('works on a tiny registry', () => {
    const tiny = {
      provinces: registry.provinces.filter((p) => p.code === '18'),
      regions: registry.regions.filter((r) => r.provinceCode === '18'),
    };
    const files = generateDemoData(tiny, 1);
    expect(files.get(DEMO_PATHS.sample)!.split('\n').length).toBeGreaterThan(10);
    expect(files.get(DEMO_PATHS.complaints)!.split('\n').length).toBe(tiny.regions.length * 10 + 2);
  });

  it('npm run demo-data -- --out DIR writes exactly these files (stale CSVs removed) and the demo ingests cleanly', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zp-demo-'));
    try {
      mkdirSync(join(out, 'kepatuhan'), { recursive: true });
      writeFileSync(join(out, 'kepatuhan', 'stale_2019.csv'), 'Daerah;Nilai\nKota Metro;70\n');
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate-demo-data.ts'), '--out', out], { cwd: ROOT });
      expect(stdout).toContain('removed');
      expect(stdout).toMatch(/Invented numbers, not official ORI results/);
      for (const [path, content] of demo.files) {
        const file = join(out, path);
        expect(existsSync(file), `${path} was not written`).toBe(true);
        expect(readFileSync(file).equals(Buffer.from(content, 'utf8')), `${path} differs from generateDemoDataset`).toBe(true);
      }
      for (const sub of ['kepatuhan', 'pengaduan']) {
        const csvs = readdirSync(join(out, sub)).map((n) => `${sub}/${n}`);
        expect(csvs.sort()).toEqual([...demo.files.keys()].filter((p) => p.startsWith(`${sub}/`)).sort());
      }
      const aliases = parseAliases(readFileSync(join(ROOT, 'data', 'aliases.csv'), 'utf8'), 'data/aliases.csv');
      const result = await ingestFolder(out, registry, aliases, { currentYear: 2026 });
      expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      expect(result.output?.manifest.demo).toBe(true);
      expect(result.output?.manifest.demoNote).toContain(`seed ${DEFAULT_DEMO_SEED}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses to write into data/raw, which holds the published record and no demo marker', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate-demo-data.ts'), '--out', 'data/raw'], { cwd: ROOT }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('refusing to write demo data into data/raw');
    expect(existsSync(join(RAW, 'DEMO'))).toBe(false);
    for (const path of Object.values(DEMO_PATHS)) expect(existsSync(join(RAW, path)), path).toBe(false);
  });
});
