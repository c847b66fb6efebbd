/**
 * Open Graph / Twitter share images (1200×630 PNG) of region and province pages, per
 * language: where they live, and their bytes (src/lib/images/og.ts draws them).
 */
import type { Locale } from '../i18n/index.ts';
import { OG_HEIGHT, OG_WIDTH, provinceCardInput, regionCardInput, renderOgCard } from './images/og.ts';
import { pngCacheDir } from './images/raster.ts';
import { loadDataset } from './model/load.ts';
import type { Province, Region } from './types.ts';

export const SHARE_IMAGE_SIZE = { width: OG_WIDTH, height: OG_HEIGHT } as const;

export function regionShareImagePath(region: Pick<Region, 'code'>, locale: Locale): string {
  return `/og/daerah/${region.code}.${locale}.png`;
}
export function provinceShareImagePath(province: Pick<Province, 'slug'>, locale: Locale): string {
  return `/og/provinsi/${province.slug}.${locale}.png`;
}

/** The PNG of a region's (`kind: 'region'`, code `18.09`) or a province's (code `18`) share image. */
export async function shareImage(kind: 'region' | 'province', code: string, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  const dataset = loadDataset();
  const input = kind === 'region' ? regionCardInput(dataset, code, locale) : provinceCardInput(dataset, code, locale);
  if (!input) throw new Error(`share image: no ${kind} ${code}`);
  const { png } = await renderOgCard(input, { cacheDir: pngCacheDir() });
  return new Uint8Array(png);
}
