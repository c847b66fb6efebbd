import type { Category, Zone } from '../types.ts';
import type { Scheme } from '../zones.ts';
import { zoneOfCategory } from '../zones.ts';

/**
 * Reads a published grade as printed: `Hijau`, `zona hijau`, `Zona Merah`, `A`,
 * `Kategori A`, `Kualitas Tertinggi`, `Opini Kualitas Tinggi`, `kategori tinggi`,
 * `Kepatuhan Tinggi`, `Kualitas Tertinggi Tanpa Maladministrasi`.
 */
export type Grade = { zone: Zone; category: Category | null; predikat: 'three-zone' | 'category' | 'zone-only' };

const ZONE_WORDS: Record<string, Zone> = {
  merah: 'merah', red: 'merah',
  kuning: 'kuning', yellow: 'kuning',
  hijau: 'hijau', green: 'hijau',
};

/** Category by quality word, longest first (`terendah` before `rendah`). */
const QUALITY_WORDS: [string, Category][] = [
  ['tertinggi', 'A'], ['highest', 'A'], ['very high', 'A'],
  ['terendah', 'E'], ['lowest', 'E'], ['very low', 'E'],
  ['tinggi', 'B'], ['high', 'B'],
  ['sedang', 'C'], ['medium', 'C'], ['moderate', 'C'],
  ['rendah', 'D'], ['low', 'D'],
];

/** Three-zone predikat (up to 2021): Kepatuhan Tinggi/Sedang/Rendah. */
const PREDIKAT: Record<string, Zone> = { tinggi: 'hijau', sedang: 'kuning', rendah: 'merah' };

function normal(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function parseGrade(text: string): Grade | null {
  const s = normal(text);
  if (s === '') return null;
  // `hijau muda` / `hijau pekat` as ORI calls B and A.
  if (/^(zona )?hijau (pekat|tua)$/.test(s)) return { zone: 'hijau', category: 'A', predikat: 'category' };
  if (/^(zona )?hijau muda$/.test(s)) return { zone: 'hijau', category: 'B', predikat: 'category' };
  const zoneMatch = s.match(/^(?:zona |zone |predikat )?(merah|kuning|hijau|red|yellow|green)(?: zone)?$/);
  if (zoneMatch) return { zone: ZONE_WORDS[zoneMatch[1]!]!, category: null, predikat: 'zone-only' };
  const letter = s.match(/^(?:kategori |category |opini |grade )?([a-e])$/);
  if (letter) {
    const category = letter[1]!.toUpperCase() as Category;
    return { zone: zoneOfCategory(category), category, predikat: 'category' };
  }
  const predikat = s.match(/^(?:predikat )?kepatuhan (tinggi|sedang|rendah)$/);
  if (predikat) return { zone: PREDIKAT[predikat[1]!]!, category: null, predikat: 'three-zone' };
  const quality = s.match(/^(?:opini |kategori |category |predikat )*(?:kualitas |quality )?(.+?)(?: tanpa maladministrasi| quality)?$/);
  if (quality) {
    const word = quality[1]!;
    const hit = QUALITY_WORDS.find(([w]) => word === w);
    if (hit) return { zone: zoneOfCategory(hit[1]), category: hit[1], predikat: 'category' };
  }
  return null;
}

/** Whether a grade of this form exists under a scheme (categories only since 2022). */
export function gradeFitsScheme(grade: Grade, scheme: Scheme): boolean {
  const hasCategories = scheme.bands.some((b) => b.category !== null);
  if (grade.predikat === 'category') return hasCategories;
  if (grade.predikat === 'three-zone') return !hasCategories;
  return true;
}

export function describeGrade(grade: Grade): string {
  return grade.category !== null ? `${grade.category} (${grade.zone})` : grade.zone;
}
