import type { APIRoute } from 'astro';
import { loadDataset } from '../lib/model/load.ts';
import { searchIndex } from '../lib/model/places.ts';
import { withBase } from '../lib/url.ts';

/** `/cari.json`: the region search index (code, name, short name, province, URL, kind), fetched on first use. */
export const GET: APIRoute = () => {
  const { registry } = loadDataset();
  return new Response(JSON.stringify(searchIndex(registry, (path) => withBase(path))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
