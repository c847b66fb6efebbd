/**
 * The language switch links to the same page in the other language. Pages change their
 * URL after load (the comparison's `?d=`, the rankings' filters, the home map moving to
 * /peta/<year>/), so on follow the switch is rebuilt from the current address.
 */
import { pageHref, splitLocalePath } from '../lib/paths.ts';
import type { Locale } from '../i18n/index.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    const { path } = splitLocalePath(window.location.pathname);
    const target = new URL(pageHref(path, link.hreflang as Locale), window.location.href);
    target.search = window.location.search;
    target.hash = window.location.hash;
    link.href = target.href;
  });
}
