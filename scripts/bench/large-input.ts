import { COMPLAINT_DIMENSIONS } from '../../src/lib/types.ts';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { RegistryFile } from '../../src/lib/types.ts';
import { classify, YEARS_WITHOUT_ASSESSMENT } from '../../src/lib/zones.ts';

/**
 * The bench's large input, written in the raw CSV format: a score for every
 * government (514 kab/kota + 38 provinces) in every year 2013–2025 except 2020,
 * (where the year has zone bands) and `complaintRows` complaint rows (a total per region and year, then
 * breakdown categories) in one `;`/decimal-comma file with Indonesian headers.
 * Deterministic (a fixed linear congruential sequence), not demo data.
 */
export interface LargeInput {
  rawDir: string;
  complaintsFile: string;
  scoreRows: number;
  complaintRows: number;
}

const DIMENSIONS = COMPLAINT_DIMENSIONS;

export async function writeLargeInput(dir: string, registry: RegistryFile, complaintRows = 200_000): Promise<LargeInput> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rawDir = join(dir, 'raw');
  mkdirSync(join(rawDir, 'kepatuhan'), { recursive: true });
  mkdirSync(join(rawDir, 'pengaduan'), { recursive: true });

  const governments = [...registry.provinces.map((p) => p.code), ...registry.regions.map((r) => r.code)];
  const years = Array.from({ length: 13 }, (_, i) => 2013 + i).filter((y) => !YEARS_WITHOUT_ASSESSMENT.includes(y));
  const scoreLines = ['Kode,Tahun,Nilai,Zona,Kategori'];
  for (const year of years) {
    for (const code of governments) {
      const score = Math.round(next() * 10000) / 100;
      const band = classify(year, score);
      if (!band) continue; // the opinion method (2025–) has no bands: no generated zone
      scoreLines.push(`${code},${year},${score.toFixed(2)},${band.zone},${band.category ?? ''}`);
    }
  }
  writeFileSync(join(rawDir, 'kepatuhan', 'besar.csv'), `${scoreLines.join('\n')}\n`);

  // Complaints: region-years in order, each a total row plus as many breakdown rows as fit.
  const complaintsFile = join(rawDir, 'pengaduan', 'besar.csv');
  const out = createWriteStream(complaintsFile);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write('Kode Wilayah;Tahun;Dimensi;Kategori;Jumlah Laporan;Selesai\n');
  const regionYears = registry.regions.length * years.length;
  const perRegionYear = Math.ceil(complaintRows / regionYears);
  let written = 0;
  outer: for (const year of years) {
    for (const region of registry.regions) {
      const total = 1000 + Math.floor(next() * 9000);
      const done = Math.floor(total * 0.8);
      await write(`${region.code};${year};;;${total.toLocaleString('id-ID')};${done.toLocaleString('id-ID')}\n`);
      if (++written === complaintRows) break outer;
      for (let i = 1; i < perRegionYear; i++) {
        const dimension = DIMENSIONS[i % 3]!;
        const count = 1 + Math.floor(next() * 5);
        await write(`${region.code};${year};${dimension};"Kategori ${dimension} ${String(i).padStart(3, '0')}";${count};${Math.floor(count / 2)}\n`);
        if (++written === complaintRows) break outer;
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return { rawDir, complaintsFile, scoreRows: scoreLines.length - 1, complaintRows: written };
}
