/**
 * Open Graph / Twitter share images (1200×630 PNG) of region and province pages: where
 * they live, and their bytes (src/lib/images/og.ts draws them). One image per place serves
 * both languages: every label on it is printed in Indonesian and, smaller, in English.
 */
import type { Locale } from '../i18n/index.ts';
import { OG_HEIGHT, OG_WIDTH, provinceCardInput, regionCardInput, renderOgCard } from './images/og.ts';
import { pngCacheDir } from './images/raster.ts';
import type { Dataset } from './model/load.ts';
import type { Province, Region } from './types.ts';

export const SHARE_IMAGE_SIZE = { width: OG_WIDTH, height: OG_HEIGHT } as const;

export function regionShareImagePath(region: Pick<Region, 'code'>): string {
  return `/og/daerah/${region.code}.png`;
}
export function provinceShareImagePath(province: Pick<Province, 'slug'>): string {
  return `/og/provinsi/${province.slug}.png`;
}

/** The language printed first (larger) on the share images. */
const CARD_LOCALE: Locale = 'id';

/** The PNG of a region's (`kind: 'region'`, code `18.09`) or a province's (code `18`) share image. */
export async function shareImage(dataset: Dataset, kind: 'region' | 'province', code: string, locale: Locale = CARD_LOCALE): Promise<Uint8Array<ArrayBuffer>> {
  const input = kind === 'region' ? regionCardInput(dataset, code, locale) : provinceCardInput(dataset, code, locale);
  if (!input) throw new Error(`share image: no ${kind} ${code}`);
  const { png } = await renderOgCard(input, { cacheDir: pngCacheDir() });
  return new Uint8Array(png);
}
