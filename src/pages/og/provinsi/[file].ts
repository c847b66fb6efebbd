/** /og/provinsi/<slug>.png: the share image of each province page (Open Graph, 1200×630; one for both languages). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/site-data.ts';
import { provinceShareImageFile } from '../../../lib/paths.ts';
import { shareImage } from '../../../lib/share-images.ts';

export const getStaticPaths = (() =>
  siteData().dataset.registry.provinces.map((province) => ({
    params: { file: provinceShareImageFile(province) },
    props: { code: province.code },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await shareImage(siteData().dataset, 'province', props.code));
