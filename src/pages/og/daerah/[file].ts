/** /og/daerah/<code>.png: the share image of each region page (Open Graph, 1200×630; one for both languages). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/site-data.ts';
import { regionShareImageFile } from '../../../lib/paths.ts';
import { shareImage } from '../../../lib/share-images.ts';

export const getStaticPaths = (() =>
  siteData().dataset.registry.regions.map((region) => ({
    params: { file: regionShareImageFile(region) },
    props: { code: region.code },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await shareImage(siteData().dataset, 'region', props.code));
