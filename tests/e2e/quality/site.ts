/**
 * What the quality gates know about a built site: its pages (discovered from `dist`, so the
 * gates grow as pages land), their types (one pattern per kind of page), and a small HTML
 * tag tokenizer for attribute checks. Used by tests/e2e/quality/*.test.ts and scripts/bench/pages.ts.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A page in dist. */
export interface SitePage {
  /** File relative to dist: `index.html`, `provinsi/lampung/index.html`, `404.html`. */
  file: string;
  /** URL path relative to the base: ``, `provinsi/lampung/`, `404.html`. */
  path: string;
}

export interface PageType {
  /** The path with its variable segments replaced: `provinsi/[slug]/`, `daerah/[region]/`, `peta/[year]/`. */
  pattern: string;
  /** A short name: `home`, `province`, `region`, … (the pattern itself when unknown). */
  name: string;
  pages: SitePage[];
  /** The page the gates open for this type (deterministic, prefers Lampung / 18.09 and the latest year). */
  representative: SitePage;
}

/** Names of the site's page types; anything else keeps its pattern as its name. */
const NAMES: Record<string, string> = {
  '': 'home',
  '404.html': 'not-found',
  'provinsi/': 'province-list',
  'provinsi/[slug]/': 'province',
  'provinsi/[slug]/[year]/': 'province-year',
  'peta/': 'map-index',
  'peta/[year]/': 'map-year',
  'daerah/': 'region-list',
  'daerah/[region]/': 'region',
  'peringkat/': 'rankings',
  'peringkat/[year]/': 'rankings-year',
  'bandingkan/': 'compare',
  'cari/': 'search',
  'metodologi/': 'methodology',
  'tentang/': 'about',
  'pengaduan/': 'complaints',
  'data/': 'data',
};

/**
 * The Content-Security-Policy docs/DEPLOY.md tells hosts to send, and the malicious-data test serves.
 * Scripts only from the site's own files (no inline code, no event-handler attributes, no eval);
 * inline styles stay allowed: data-driven bar widths are `style` attributes (see README.md here).
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

/** A region page: `/daerah/<code>-<slug>/`. */
export const REGION_PAGE = /^daerah\/(\d{2}\.\d{2})-[a-z0-9-]+\/$/;
export const COMPARE_PAGE = /^bandingkan\/$/;
const YEAR = /^(19|20)\d{2}$/;
const REGION_SEGMENT = /^\d{2}\.\d{2}-/;
/** Below the top level, a folder with at least this many page sub-folders (not years, not regions) is a parameter: `provinsi/[slug]/`. */
const PARAM_SIBLINGS = 5;

export function listPages(distDir: string): SitePage[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, path: file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file }));
}

/** Groups pages by pattern. */
export function pageTypes(pages: readonly SitePage[]): PageType[] {
  const segmentsOf = (p: SitePage) => (p.path === '' ? [] : p.path.replace(/\/$/, '').split('/'));
  // Children of each folder that are neither years nor regions: many of them → a parameter.
  const children = new Map<string, Set<string>>();
  for (const page of pages) {
    const segs = segmentsOf(page);
    segs.forEach((seg, i) => {
      if (i === segs.length - 1 && !page.path.endsWith('/')) return; // a file such as 404.html
      if (YEAR.test(seg) || REGION_SEGMENT.test(seg)) return;
      const parent = segs.slice(0, i).join('/');
      let set = children.get(parent);
      if (set === undefined) children.set(parent, (set = new Set()));
      set.add(seg);
    });
  }
  const groups = new Map<string, SitePage[]>();
  for (const page of pages) {
    const segs = segmentsOf(page);
    const pattern = segs
      .map((seg, i) => {
        if (YEAR.test(seg)) return '[year]';
        if (REGION_SEGMENT.test(seg)) return '[region]';
        // Top-level folders are the site's sections (daerah/, peta/, …), never a parameter;
        // so are the sections under a language prefix (en/daerah/, …) and under embed/
        // (embed/peta/, embed/pengaduan/, en/embed/daerah/, …).
        const isFolder = i < segs.length - 1 || page.path.endsWith('/');
        const lang = segs[0] === 'en' ? 1 : 0;
        const top = lang + (segs[lang] === 'embed' ? 1 : 0);
        if (i > top && isFolder && (children.get(segs.slice(0, i).join('/'))?.size ?? 0) >= PARAM_SIBLINGS) return '[slug]';
        return seg;
      })
      .join('/');
    const key = page.path.endsWith('/') ? `${pattern}/` : pattern;
    let list = groups.get(key);
    if (list === undefined) groups.set(key, (list = []));
    list.push(page);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pattern, list]) => ({ pattern, name: NAMES[pattern] ?? pattern, pages: list, representative: representative(list) }));
}

/** Lampung (18) / Kabupaten Pesawaran (18.09) when present — the pages the other e2e tests use — then the latest year. */
function representative(pages: readonly SitePage[]): SitePage {
  const score = (p: SitePage) => (/(^|\/)18\.09-|(^|\/)lampung\//.test(p.path) ? 1 : 0);
  const year = (p: SitePage) => Math.max(0, ...(p.path.match(/(?<=(^|\/))(19|20)\d{2}(?=\/)/g) ?? []).map(Number));
  return [...pages].sort((a, b) => score(b) - score(a) || year(b) - year(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0]!;
}

/** Every `step`-th page plus the representative: a deterministic sample of at most `max` pages. */
export function sample(type: PageType, max: number): SitePage[] {
  if (type.pages.length <= max) return type.pages;
  const step = type.pages.length / (max - 1);
  const picked = new Set<SitePage>([type.representative]);
  for (let i = 0; picked.size < max && i < max * 2; i++) picked.add(type.pages[Math.min(type.pages.length - 1, Math.floor(i * step))]!);
  return [...picked].sort((a, b) => (a.path < b.path ? -1 : 1));
}

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of `<` in the HTML. */
  offset: number;
  /** Offset just after the tag's `>`. */
  end: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/**
 * Start tags with their attributes (names lower-cased, values entity-decoded). Comments and the
 * bodies of `<script>`, `<style>`, `<textarea>` and `<title>` are skipped, so text that merely
 * looks like a tag (escaped data, CSS) is never read as one.
 */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const n = html.length;
  const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
  let i = html.indexOf('<');
  while (i >= 0 && i < n) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : html.indexOf('<', end + 3);
      continue;
    }
    const c0 = html.charCodeAt(i + 1);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const offset = i;
    let j = i + 1;
    while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/') j++;
    const name = html.slice(i + 1, j).toLowerCase();
    const attrs = new Map<string, string>();
    // Attributes until `>`, honouring quoted values (which may hold `>`).
    while (j < n) {
      while (j < n && (isSpace(html.charCodeAt(j)) || html[j] === '/')) j++;
      if (j >= n || html[j] === '>') break;
      const ks = j;
      while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '=' && !(html[j] === '/' && html[j + 1] === '>')) j++;
      const key = html.slice(ks, j).toLowerCase();
      let k = j;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        const q = html[k];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, k + 1);
          value = html.slice(k + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          const vs = k;
          while (k < n && !isSpace(html.charCodeAt(k)) && html[k] !== '>') k++;
          value = html.slice(vs, k);
          j = k;
        }
      }
      if (key !== '' && !attrs.has(key)) attrs.set(key, value.includes('&') ? decodeEntities(value) : value);
    }
    out.push({ name, attrs, offset, end: j + 1 });
    i = j + 1;
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = i;
      const end = close.exec(html);
      if (end !== null) i = end.index + 2; // past `</`: an end tag is not a start tag
    }
    i = html.indexOf('<', i);
  }
  return out;
}

/** Inline `<script>` elements (no `src`) with code: JSON data blocks are fine, anything else is not. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of tags(html)) {
    if (tag.name !== 'script' || tag.attrs.has('src')) continue;
    if (/^application\/(ld\+)?json$/i.test((tag.attrs.get('type') ?? '').trim())) continue;
    const close = /<\/script/gi;
    close.lastIndex = tag.end;
    const end = close.exec(html)?.index ?? html.length;
    const code = html.slice(tag.end, end);
    if (code.trim() !== '') found.push(html.slice(tag.offset, Math.min(end + 9, tag.offset + 200)));
  }
  return found;
}

const run = promisify(execFile);

/**
 * A fresh work folder for an extra build, under node_modules/.cache/zp-quality/ — inside the
 * working directory on purpose: when outDir is outside process.cwd(), Astro stages its prerender
 * bundle in <cwd>/.astro/ (getOutDirWithinCwd), a folder every such build shares, so two builds
 * at once break each other ("Cannot find module …/.astro/pages/….mjs"). Inside the cwd, each
 * build stages in its own outDir.
 */
export function makeWorkDir(name: string): string {
  const parent = join(ROOT, 'node_modules', '.cache', 'zp-quality');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${name}-`));
}

/**
 * The environment for a child build: without the ZP_* settings of the caller, and without what a
 * vitest worker adds (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test, VITEST_*): Astro reads
 * `import.meta.env.BASE_URL` from process.env, so a leaked `BASE_URL=/` silently overrides ZP_BASE.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('ZP_') || key.startsWith('VITEST') || /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|TINYPOOL_WORKER_ID)$/.test(key)) delete env[key];
  }
  return Object.assign(env, extra);
}

export interface BuildOptions {
  /** Raw data folder to ingest; default data/raw. */
  raw?: string;
  /** Processed data to build from: ingest is skipped when given. */
  dataDir?: string;
  /** Work folder: gets processed/, dist/ and cache/. */
  work: string;
  env?: Record<string, string>;
  ingestArgs?: string[];
  /** Build a preview of these provinces only (ingest --provinces): every page type in a fraction of the time. */
  provinces?: readonly string[];
}

/**
 * Ingest (unless `dataDir` is given) and `astro build` into `work`, with a clean environment
 * for the ZP_* variables. Returns the folders. Async, so two builds can run side by side.
 */
export async function buildSite(options: BuildOptions): Promise<{ dataDir: string; distDir: string; ingestStderr: string }> {
  const dataDir = options.dataDir ?? join(options.work, 'processed');
  const distDir = join(options.work, 'dist');
  const env = cleanEnv({
    ZP_DATA_DIR: dataDir,
    ZP_OUT_DIR: distDir,
    ZP_CACHE_DIR: join(options.work, 'cache'),
    ZP_PNG_CACHE_DIR: join(options.work, 'png-cache'),
    ...options.env,
  });
  const opts = { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 };
  let ingestStderr = '';
  if (options.dataDir === undefined) {
    const args = [
      '--import',
      'tsx',
      'scripts/ingest.ts',
      '--out',
      dataDir,
      ...(options.raw ? ['--raw', options.raw] : []),
      ...(options.provinces ? ['--provinces', options.provinces.join(',')] : []),
      ...(options.ingestArgs ?? []),
    ];
    try {
      ingestStderr = (await run(process.execPath, args, opts)).stderr;
    } catch (err) {
      throw new Error(`ingest failed:\n${(err as { stderr?: string }).stderr ?? err}`);
    }
  }
  try {
    await run(process.execPath, [join(ROOT, 'node_modules', 'astro', 'astro.js'), 'build', '--silent'], opts);
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string };
    throw new Error(`astro build failed:\n${e.stderr ?? ''}${e.stdout ?? ''}`);
  }
  return { dataDir, distDir, ingestStderr };
}
