/**
 * Open Graph / Twitter share images (1200×630 PNG) of region and province pages: their size
 * and bytes (src/lib/images/og.ts draws them; src/lib/paths.ts says where they live). One image
 * per place serves both languages: every label on it is printed in Indonesian and, smaller, in English.
 */
import type { Locale } from '../i18n/index.ts';
import { OG_HEIGHT, OG_WIDTH, renderOgCard } from './images/og.ts';
import { provinceCardInput, regionCardInput } from './images/og-input.ts';
import { pngCacheDir } from './images/raster.ts';
import type { Dataset } from './model/load.ts';

export const SHARE_IMAGE_SIZE = { width: OG_WIDTH, height: OG_HEIGHT } as const;

/** The language printed first (larger) on the share images. */
const CARD_LOCALE: Locale = 'id';

/** The PNG of a region's (`kind: 'region'`, code `18.09`) or a province's (code `18`) share image. */
export async function shareImage(dataset: Dataset, kind: 'region' | 'province', code: string, locale: Locale = CARD_LOCALE): Promise<Uint8Array<ArrayBuffer>> {
  const input = kind === 'region' ? regionCardInput(dataset, code, locale) : provinceCardInput(dataset, code, locale);
  if (!input) throw new Error(`share image: no ${kind} ${code}`);
  const { png } = await renderOgCard(input, { cacheDir: pngCacheDir() });
  return new Uint8Array(png);
}
