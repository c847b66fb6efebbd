/**
 * The comparison's CSV: one row per assessment of each compared region, in the order chosen.
 * Its columns live here, apart from figures.ts, because the comparison's downloads are made
 * in the browser (src/scripts/compare-downloads.ts) and must not pull the build-time model in.
 */
import { column, type Column, type Row } from './table.ts';

export const COMPARISON_COLUMNS: readonly Column[] = [
  column('code', 'text', 'Kemendagri code of the kabupaten/kota'),
  column('name', 'text', 'Name of the kabupaten/kota'),
  column('province_name', 'text', 'Province name'),
  column('year', 'integer', 'Assessment year'),
  column('score', 'number', 'Score; empty for a grade-only year'),
  column('zone', 'text', 'merah, kuning or hijau (to 2024); empty from 2025'),
  column('category', 'text', 'A–E, 2022–2024'),
  column('opinion', 'text', 'Opini Ombudsman level from 2025: tertinggi, tinggi, sedang or rendah'),
  column('scheme', 'text', 'Zone scheme of the year'),
];

/** One assessment of a compared region. */
export interface ComparisonPoint {
  year: number;
  score: number | null;
  zone: string | null;
  category: string | null;
  opinion: string | null;
  scheme: string | null;
}

/** The rows of one region, oldest first. */
export function comparisonRows(region: { code: string; name: string; provinceName: string }, points: readonly ComparisonPoint[]): Row[] {
  return points.map((p) => ({
    code: region.code,
    name: region.name,
    province_name: region.provinceName,
    year: p.year,
    score: p.score,
    zone: p.zone,
    category: p.category,
    opinion: p.opinion,
    scheme: p.scheme,
  }));
}
