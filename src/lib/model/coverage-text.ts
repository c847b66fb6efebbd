import { formatCount } from '../format.ts';
import { t, type Locale } from '../../i18n/index.ts';
import type { CountSource, ProvinceCoverage, YearCoverage } from './coverage.ts';

/**
 * The coverage line in words (src/i18n/<locale>/coverage.ts): what the components
 * print under a map or above a ranking. Pure: no markup, numbers formatted here.
 */

export interface ZoneComparisonRow {
  who: 'ori' | 'found';
  label: string;
  /** Formatted counts; null where ORI did not give one (shown as "—", "tidak disebutkan"). */
  hijau: string | null;
  kuning: string | null;
  merah: string | null;
}

export interface CoverageText {
  /** "138 dari 514 kabupaten/kota punya angka yang dipublikasikan untuk 2019 (47 dengan skor)." */
  published: string;
  /** ORI's own count ("ORI menilai 251 …"), the 2025 sample, or that no count was found. */
  ori: string;
  /** Pages that printed ORI's count (link text: host). */
  sources: CountSource[];
  /** ORI's zone counts beside ours, where ORI printed any (zone years only). */
  zones: { caption: string; rows: [ZoneComparisonRow, ZoneComparisonRow] } | null;
}

export function coverageText(c: YearCoverage, locale: Locale = 'id'): CoverageText {
  const n = (v: number | null) => (v === null ? t('coverage.zonesNotPrinted', undefined, locale) : formatCount(v, locale));
  const z = (v: number | null) => (v === null ? null : formatCount(v, locale));
  const params = { year: c.year, published: formatCount(c.published, locale), scored: formatCount(c.scored, locale), total: formatCount(c.total, locale) };
  const published = c.published === 0 ? t('coverage.publishedNone', params, locale) : t('coverage.published', params, locale);

  let ori: string;
  let sources: CountSource[] = [];
  if (c.sample) {
    ori = t('coverage.sample', { ...params, provinsi: n(c.sample.provinsi), kota: n(c.sample.kota), kabupaten: n(c.sample.kabupaten) }, locale);
    sources = c.sample.sources;
  } else if (c.ori) {
    ori = t('coverage.ori', { ...params, assessed: formatCount(c.ori.assessed, locale) }, locale);
    sources = c.ori.sources;
  } else if (c.oriAllBodies) {
    ori = t('coverage.oriAllBodies', { ...params, assessed: formatCount(c.oriAllBodies.assessed, locale) }, locale);
    sources = c.oriAllBodies.sources;
  } else {
    ori = t('coverage.oriUnknown', params, locale);
  }

  const oriZones = c.method !== 'opinion' ? (c.ori?.zones ?? null) : null;
  const zones: CoverageText['zones'] =
    oriZones === null
      ? null
      : {
          caption: t('coverage.zonesCaption', { year: c.year }, locale),
          rows: [
            { who: 'ori', label: t('coverage.zonesOri', undefined, locale), hijau: z(oriZones.hijau), kuning: z(oriZones.kuning), merah: z(oriZones.merah) },
            { who: 'found', label: t('coverage.zonesFound', undefined, locale), hijau: z(c.zones.hijau), kuning: z(c.zones.kuning), merah: z(c.zones.merah) },
          ],
        };
  return { published, ori, sources, zones };
}

/** "Semua 24 kabupaten/kota di Provinsi Sulawesi Selatan punya angka …" or "12 dari 24 …; daftar tidak lengkap." */
export function provinceCoverageSentence(c: ProvinceCoverage, name: string, locale: Locale = 'id'): string {
  const params = { name, year: c.year, published: formatCount(c.published, locale), total: formatCount(c.total, locale) };
  if (c.complete) return t('coverage.province.complete', params, locale);
  if (c.published === 0) return t('coverage.province.none', params, locale);
  return t('coverage.province.partial', params, locale);
}
