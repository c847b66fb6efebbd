import type { Locale } from '../../i18n/index.ts';
import { pageHref } from '../url.ts';
import type { Dataset } from './load.ts';
import { searchIndex } from './places.ts';

/** The region search index (code, name, short name, province, URL, kind) as JSON, linking to pages in `locale`. */
export function searchIndexResponse({ registry }: Pick<Dataset, 'registry'>, locale: Locale): Response {
  return new Response(JSON.stringify(searchIndex(registry, (path) => pageHref(path, locale))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
