import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { share as en } from '../../src/i18n/en/share.ts';
import { share as id } from '../../src/i18n/id/share.ts';
import { loadDataset } from '../../src/lib/model/load.ts';
import { ogCardSvg, OG_HEIGHT, OG_WIDTH, renderOgCard, zoneLabel, type OgCardInput } from '../../src/lib/images/og.ts';
import { provinceCardInput, regionCardInput } from '../../src/lib/images/og-input.ts';
import { hatchPath } from '../../src/lib/images/og-trend.ts';
import { MEASURE_SLACK, textWidth } from '../../src/lib/images/text.ts';
import type { Region } from '../../src/lib/types.ts';

const fixture = loadDataset('tests/fixtures/processed-sample');
const LONG = 'Kabupaten Kepulauan Siau Tagulandang Biaro';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The texts drawn on the card, unescaped, with their font size and weight. */
function texts(svg: string): { text: string; size: number; bold: boolean }[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    text: m[2]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
    size: Number(/font-size="([\d.]+)"/.exec(m[1]!)?.[1]),
    bold: m[1]!.includes('font-weight="bold"'),
  }));
}

async function expectCard(png: Buffer): Promise<void> {
  const meta = await sharp(png).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
}

function withRegion(region: Partial<Region> & { code: string; name: string }) {
  const full: Region = { shortName: region.name, kind: 'kabupaten', provinceCode: '18', slug: 'x', ...region };
  return { ...fixture, registry: { ...fixture.registry, regions: [...fixture.registry.regions, full] } };
}

describe('hatchPath', () => {
  it('draws "/" lines 10 px apart, every end inside the box', () => {
    const d = hatchPath(100, 50, 40, 140);
    const points = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(100);
      expect(x).toBeLessThanOrEqual(140);
      expect(y).toBeGreaterThanOrEqual(50);
      expect(y).toBeLessThanOrEqual(190);
    }
    // Each segment rises to the right at 45°.
    for (const [, x0, y0, x1, y1] of d.matchAll(/M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/g)) {
      expect(Number(x1) - Number(x0)).toBeCloseTo(Number(y0) - Number(y1), 1);
    }
    expect(hatchPath(0, 0, 0, 10)).toBe('');
  });
});

describe('Open Graph cards', () => {
  it('region: 1200×630 PNG with name, province, score (locale-formatted), zone in words, year and the demo mark', async () => {
    const input = regionCardInput(fixture, '18.09', 'id')!;
    const drawn = texts(ogCardSvg(input)).map((t) => t.text);
    expect(drawn).toEqual(
      expect.arrayContaining([
        'Zona Pelayanan',
        'DATA CONTOH',
        'Kabupaten Pesawaran',
        'Provinsi Lampung',
        'Hasil penilaian 2022',
        '88,50',
        'Zona hijau · Kategori A',
      ]),
    );
    // One card serves both languages: each label also in English, smaller.
    expect(drawn).toEqual(expect.arrayContaining(['Assessment result 2022', 'Hijau (green) zone · Category A']));
    await expectCard((await renderOgCard(input)).png);

    const english = texts(ogCardSvg(regionCardInput(fixture, '18.09', 'en')!)).map((t) => t.text);
    expect(english).toEqual(expect.arrayContaining(['DEMO DATA', 'Lampung Province', 'Assessment result 2022', '88.50', 'Hijau (green) zone · Category A']));
  });

  it('draws the trend with gaps: no line across 2020 or a missing year', () => {
    const svg = ogCardSvg(regionCardInput(fixture, '18.09', 'id')!);
    // 2019, 2021, 2022 scored: 2019 alone (2020 had no assessment), one line 2021–2022, three dots.
    expect(svg.match(/<path d="M/g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(texts(svg).map((t) => t.text)).toContain(`${id.card.noAssessment} · ${en.card.noAssessment}`);
  });

  it('fits a long name on at most two lines, inside the card', () => {
    // The name is the bold text between 36 and 64 px (site name 32, score 96, badge 26).
    const nameLines = (svg: string) => texts(svg).filter((t) => t.bold && t.size >= 36 && t.size <= 64);
    const svg = ogCardSvg({ ...regionCardInput(fixture, '18.09', 'id')!, name: LONG });
    const name = nameLines(svg);
    expect(name.length).toBeGreaterThanOrEqual(1);
    expect(name.length).toBeLessThanOrEqual(2);
    expect(name.map((t) => t.text).join(' ')).toBe(LONG);
    for (const line of name) expect(textWidth(line.text, line.size, 'bold') * MEASURE_SLACK).toBeLessThanOrEqual(OG_WIDTH - 2 * 64);
    const silly = ogCardSvg({ ...regionCardInput(fixture, '18.09', 'id')!, name: `${LONG} ${LONG} ${LONG}` });
    const lines = nameLines(silly);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text.endsWith('…')).toBe(true);
  });

  it('region without any score: says so, no zone badge, still a valid card', async () => {
    const data = withRegion({ code: '18.10', name: 'Kabupaten Pringsewu' });
    const input = regionCardInput(data, '18.10', 'id')!;
    expect(input.points).toEqual([]);
    const svg = ogCardSvg(input);
    const drawn = texts(svg).map((t) => t.text);
    // Words instead of a number wrap onto two lines beside the mini trend.
    expect(drawn.join(' ')).toContain(id.card.noScore);
    expect(drawn.some((t) => /^Zona (merah|kuning|hijau)/.test(t))).toBe(false);
    expect(svg).not.toMatch(/<circle /);
    await expectCard((await renderOgCard(input)).png);
  });

  it('grade-only latest year: zone in words, no number', () => {
    const drawn = texts(ogCardSvg(regionCardInput(fixture, '35.75', 'id')!)).map((t) => t.text);
    expect(drawn).toEqual(expect.arrayContaining(['Zona kuning · Kategori C', 'Hasil penilaian 2022']));
    expect(drawn.join(' ')).toContain(id.card.gradeOnly);
  });

  it('a 2025 opinion: labelled as the opinion, in its colours and words; its column plain, no line into it', async () => {
    const base = regionCardInput(fixture, '18.09', 'id')!;
    const input: OgCardInput = { ...base, to: 2025, points: [...base.points, { year: 2025, score: 84.43, zone: null, category: null, opinion: 'tinggi' }] };
    const svg = ogCardSvg(input);
    const drawn = texts(svg).map((t) => t.text);
    expect(drawn).toEqual(expect.arrayContaining(['Opini Ombudsman 2025', '84,43', 'Opini Kualitas Tinggi']));
    // Still one line (2021–2022); 2025 is a square, 2019/2021/2022 circles; 2023 and 2024 hatched.
    expect(svg.match(/<path d="M[^"]*" fill="none"/g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<path data-hatch=""/g)).toHaveLength(2);
    const english = texts(ogCardSvg({ ...input, locale: 'en', points: [{ year: 2025, score: null, zone: null, category: null, opinion: 'rendah' }] })).map(
      (t) => t.text,
    );
    expect(english).toContain('Ombudsman opinion 2025');
    expect(english.join(' ')).toContain(en.card.gradeOnly);
    await expectCard((await renderOgCard(input)).png);
  });

  it('escapes XSS-ish names and still renders', async () => {
    const evil = '<script>alert("x")</script> & Kota \'Baru\' </text><svg onload="x">';
    const input: OgCardInput = { ...regionCardInput(fixture, '18.09', 'en')!, name: evil, provinceName: '<b>bold</b>' };
    const svg = ogCardSvg(input);
    expect(svg).not.toMatch(/<script|<b>|<svg onload/);
    expect(
      texts(svg)
        .map((t) => t.text)
        .join(' '),
    ).toContain('<script>alert("x")</script>');
    await expectCard((await renderOgCard(input)).png);
  });

  it('province: the provincial government’s score and the zone counts of its kabupaten/kota', async () => {
    const input = provinceCardInput(fixture, '18', 'id')!;
    expect(input.points.map((p) => p.score)).toEqual([72.4, 85.1, 90.02]);
    // 2022: Pesawaran hijau; Metro not assessed.
    expect(input.counts).toEqual({ merah: 0, kuning: 0, hijau: 1, total: 1, year: 2022 });
    const drawn = texts(ogCardSvg(input)).map((t) => t.text);
    expect(drawn).toEqual(
      expect.arrayContaining([
        'Provinsi Lampung',
        'Skor Pemerintah Provinsi 2022',
        '90,02',
        'Zona hijau · Kategori A',
        '1 kab/kota 2022: 0 merah · 0 kuning · 1 hijau',
      ]),
    );
    await expectCard((await renderOgCard(input)).png);
    expect(provinceCardInput(fixture, '99', 'id')).toBeNull();
    expect(regionCardInput(fixture, '99.99', 'id')).toBeNull();
  });

  it('no demo mark for real data; the dark theme renders too', async () => {
    const real = { ...fixture, manifest: { ...fixture.manifest, demo: false } };
    const drawn = texts(ogCardSvg(regionCardInput(real, '18.09', 'id')!)).map((t) => t.text);
    expect(drawn).not.toContain(id.demoMark);
    await expectCard((await renderOgCard(regionCardInput(real, '18.09', 'en', 'dark')!)).png);
  });

  it('is deterministic and cacheable', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'zp-og-'));
    dirs.push(cacheDir);
    const input = regionCardInput(fixture, '18.09', 'id')!;
    const a = await renderOgCard(input, { cacheDir });
    const b = await renderOgCard(input, { cacheDir });
    const c = await renderOgCard(input);
    expect([a.cached, b.cached]).toEqual([false, true]);
    expect(b.png.equals(a.png)).toBe(true);
    expect(c.png.equals(a.png)).toBe(true);
  });

  it('zone labels and the English share text have the same keys as the Indonesian', () => {
    expect(zoneLabel('merah', null, 'id')).toBe('Zona merah');
    expect(zoneLabel('merah', 'D', 'en')).toBe('Merah (red) zone · Category D');
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object).map((s) => `${k}.${s}`) : [k]));
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
});
