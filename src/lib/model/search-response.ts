import type { Locale } from '../../i18n/index.ts';
import { pageHref } from '../url.ts';
import { loadDataset } from './load.ts';
import { searchIndex } from './places.ts';

/** The region search index (code, name, short name, province, URL, kind) as JSON, linking to pages in `locale`. */
export function searchIndexResponse(locale: Locale): Response {
  const { registry } = loadDataset();
  return new Response(JSON.stringify(searchIndex(registry, (path) => pageHref(path, locale))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
