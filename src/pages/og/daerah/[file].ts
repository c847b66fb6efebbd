/** /og/daerah/<code>.<id|en>.png: the share image of each region page (Open Graph, 1200×630). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../lib/model/load.ts';
import { regionShareImagePath, shareImage } from '../../../lib/share-images.ts';

export const getStaticPaths = (() =>
  loadDataset().registry.regions.flatMap((region) =>
    (['id', 'en'] as const).map((locale) => ({ params: { file: regionShareImagePath(region, locale).split('/').pop()! }, props: { code: region.code, locale } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await shareImage('region', props.code, props.locale));
