/**
 * The links check of the quality gates: every internal `href`/`src`/`srcset` (and `xlink:href`,
 * `poster`, `action`, `data`) in every HTML page of a built site resolves to a file, every
 * `#fragment` to an id on its target page, every `url()` in CSS and every relative `import` in JS
 * to a file. Run on the small site by `npm test` (links.test.ts here) and on the whole site, also
 * built under a sub-path, by `npm run test:full` (tests/full/links.test.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, tags } from './site.ts';

/** Attributes that hold URLs the browser (or a reader following a link) fetches. */
const URL_ATTRS = ['href', 'src', 'xlink:href', 'poster', 'action', 'data'];

export interface LinkProblem {
  page: string;
  ref: string;
  reason: string;
}

/**
 * Checks every reference in `distDir` built for `base` at `origin`. Absolute URLs on `origin`
 * (canonical links) are internal too; other origins are external and not fetched.
 */
export async function checkLinks(distDir: string, base: string, origin: string): Promise<{ problems: LinkProblem[]; checked: number; pages: number }> {
  const problems: LinkProblem[] = [];
  const pages = listPages(distDir);
  const idCache = new Map<string, Set<string>>();
  const htmlCache = new Map<string, string>();
  const read = (file: string) => {
    let html = htmlCache.get(file);
    if (html === undefined) htmlCache.set(file, (html = readFileSync(join(distDir, file), 'utf8')));
    return html;
  };
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (ids === undefined) {
      ids = new Set();
      for (const t of tags(read(file))) {
        const id = t.attrs.get('id');
        if (id !== undefined) ids.add(id);
        if (t.name === 'a' && t.attrs.has('name')) ids.add(t.attrs.get('name')!);
      }
      idCache.set(file, ids);
    }
    return ids;
  };
  let checked = 0;

  /** URL path → file in dist, or a reason it does not resolve. */
  const resolvePath = (pathname: string): { file: string } | { reason: string } => {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return { reason: 'malformed percent-encoding' };
    }
    if (!path.startsWith(base)) return { reason: `outside the base ${base}` };
    const rel = path.slice(base.length);
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const full = join(distDir, file);
    if (existsSync(full) && statSync(full).isFile()) return { file };
    if (existsSync(full) && statSync(full).isDirectory()) return { reason: 'folder without a trailing slash (the site uses trailingSlash: always)' };
    return { reason: 'no such file in dist' };
  };

  const checkRef = (from: string, fromUrl: URL, raw: string, isNotFoundPage: boolean, fragmentsOf?: (file: string) => Set<string>) => {
    const value = raw.trim();
    if (value === '') return problems.push({ page: from, ref: raw, reason: 'empty URL' });
    // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL scheme, so the check does too
    if (/^(javascript|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) return problems.push({ page: from, ref: raw, reason: 'script URL' });
    if (/^(mailto|tel|data|blob|sms):/i.test(value)) return;
    if (isNotFoundPage && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) {
      // 404.html is served at any missing URL: a relative link would resolve against that URL.
      return problems.push({ page: from, ref: raw, reason: 'relative URL on the 404 page (breaks at other depths)' });
    }
    let url: URL;
    try {
      url = new URL(value, fromUrl);
    } catch {
      return problems.push({ page: from, ref: raw, reason: 'not a valid URL' });
    }
    if (url.origin !== fromUrl.origin) return; // external
    checked++;
    const target = resolvePath(url.pathname);
    if ('reason' in target) return problems.push({ page: from, ref: raw, reason: target.reason });
    if (url.hash.length > 1 && fragmentsOf !== undefined && target.file.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!fragmentsOf(target.file).has(id)) problems.push({ page: from, ref: raw, reason: `no element with id "${id}" on ${target.file}` });
    }
  };

  for (const [index, page] of pages.entries()) {
    // A turn of the event loop now and then: on the whole site this loop runs for minutes, and a
    // worker that never reads vitest's RPC replies fails the run ("Timeout calling onTaskUpdate").
    if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    const pageUrl = new URL(`${base}${page.path}`, origin);
    const html = read(page.file);
    const isNotFound = page.file === '404.html';
    for (const tag of tags(html)) {
      for (const attr of URL_ATTRS) {
        const value = tag.attrs.get(attr);
        if (value === undefined) continue;
        if (attr === 'data' && tag.name !== 'object') continue;
        if (attr === 'action' && tag.name !== 'form') continue;
        checkRef(page.file, pageUrl, value, isNotFound, idsOf);
      }
      const srcset = tag.attrs.get('srcset') ?? (tag.name === 'link' ? tag.attrs.get('imagesrcset') : undefined);
      if (srcset !== undefined) {
        for (const candidate of srcset.split(/,\s+/)) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) checkRef(page.file, pageUrl, url, isNotFound);
        }
      }
      // <meta property="og:image" content="https://…">, <meta http-equiv="refresh" content="0; url=…">
      if (tag.name === 'meta') {
        const content = tag.attrs.get('content') ?? '';
        const key = (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '').toLowerCase();
        if (/^(og:image|og:url|twitter:image)$/.test(key)) checkRef(page.file, pageUrl, content, false);
        if ((tag.attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
          const m = /url\s*=\s*['"]?([^'"]+)/i.exec(content);
          if (m) checkRef(page.file, pageUrl, m[1]!, isNotFound);
        }
      }
    }
  }

  // Assets referenced from CSS (url()) and JS (relative static and dynamic imports).
  const assets = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(css|m?js)$/.test(f) && !/^[^/]*\.mjs$/.test(f)) // top-level *.mjs: Astro build leftovers, not served assets
    .sort();
  for (const file of assets) {
    const text = readFileSync(join(distDir, file), 'utf8');
    const fileUrl = new URL(`${base}${file}`, origin);
    const refs = file.endsWith('.css')
      ? [...text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
      : [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']((?:\.{1,2}\/|\/)[^"']+)["']/g)].map((m) => m[1]!);
    for (const ref of refs) {
      if (ref.startsWith('#') || /^data:/i.test(ref)) continue;
      checkRef(file, fileUrl, ref, false);
    }
  }
  return { problems, checked, pages: pages.length };
}

export function report(problems: LinkProblem[]): string {
  const lines = problems.slice(0, 40).map((p) => `  ${p.page}: ${JSON.stringify(p.ref)} — ${p.reason}`);
  return `${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}${problems.length > 40 ? '\n  …' : ''}`;
}
