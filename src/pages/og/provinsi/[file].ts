/** /og/provinsi/<slug>.<id|en>.png: the share image of each province page (Open Graph, 1200×630). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../../lib/model/load.ts';
import { provinceShareImagePath, shareImage } from '../../../lib/share-images.ts';

export const getStaticPaths = (() =>
  loadDataset().registry.provinces.flatMap((province) =>
    (['id', 'en'] as const).map((locale) => ({ params: { file: provinceShareImagePath(province, locale).split('/').pop()! }, props: { code: province.code, locale } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await shareImage('province', props.code, props.locale));
