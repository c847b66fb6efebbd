/**
 * Malicious-data and CSP gate. tests/fixtures/malicious/raw holds free text (notes, complaint
 * category names, source labels and URLs, column names, a region name, the demo note, a file
 * name, a printed rank, published complaint figures' areas, breakdown values and sources) with `<script>`, quotes, `javascript:` URLs, very long strings, RTL and zero-width
 * characters. It is ingested (--skip-unknown) and built; then
 *  - every HTML page of that build: no inline script with code, no `on*=` attribute, no
 *    `javascript:`/`vbscript:`/`data:` URL in a link or source (also checked on the e2e build);
 *  - served with the Content-Security-Policy of docs/DEPLOY.md, Chromium opens one page of every
 *    type and every page that shows a fixture string: no dialog fires, no CSP violation, no
 *    script error, nothing from the data became an element, and each string shown is shown whole,
 *    as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { extraSite, HOSTILE_FILE, type ExtraSite } from '../support/extra-sites.ts';
import { COMPARE_PAGE, CSP, ROOT, inlineScripts, listPages, pageTypes, tags, type SitePage } from './site.ts';

/** Every hostile string in the fixture, exactly as a reader must see it. `prefix`: may be shortened on the page. */
const STRINGS: { id: string; field: string; text: string; prefix?: boolean }[] = [
  { id: 'zpxss-note', field: 'note', text: '<script>alert("zpxss-note")</script>' },
  { id: 'zpxss-long', field: 'note', text: `zpxss-long-${'A'.repeat(5000)}`, prefix: true },
  { id: 'zpxss-img', field: 'note', text: `"><img src=x onerror=alert('zpxss-img')>` },
  { id: 'zpxss-quotes', field: 'note', text: 'Tanda kutip: "ganda" \'tunggal\' `miring` &amp; &lt;b&gt; zpxss-quotes' },
  { id: 'zpxss-rtl', field: 'note', text: 'zpxss-rtl \u202Egnp.exe\u202C biasa' },
  { id: 'zpxss-zw', field: 'note', text: 'zpxss-zw Kab\u200Bupaten\u200D Pes\uFEFFawaran\u2060 akhir' },
  { id: 'zpxss-prov', field: 'note (provincial government)', text: "<svg onload=alert('zpxss-prov')>Pemprov</svg>" },
  { id: 'zpxss-formula', field: 'note', text: '=HYPERLINK("http://evil.example/zpxss-formula";"klik")' },
  { id: 'zpxss-formula2', field: 'complaint category', text: "@SUM(1+1)*cmd|' /C calc'!A0 zpxss-formula2" },
  { id: 'zpxss-infile', field: 'note', text: 'zpxss-infile catatan dari berkas bernama jahat' },
  { id: 'zpxss-js2', field: 'source label', text: 'JaVaScRiPt:alert(1)//zpxss-js2' },
  { id: 'zpxss-js', field: 'source label', text: "javascript:alert('zpxss-js')" },
  { id: 'zpxss-data', field: 'source label', text: "data:text/html,<script>alert('zpxss-data')</script>" },
  { id: 'zpxss-label', field: 'source label', text: 'zpxss-label Sumber: "Siaran pers" <i>ORI</i>' },
  { id: 'zpxss-url', field: 'source URL', text: `https://example.org/?q="><script>alert('zpxss-url')</script>` },
  { id: 'zpxss-catlong', field: 'complaint category', text: `zpxss-catlong ${'Pelayanan '.repeat(40).trim()}`, prefix: true },
  { id: 'zpxss-catrtl', field: 'complaint category', text: '\u202Ezpxss-catrtl\u202C Agraria' },
  { id: 'zpxss-cat2', field: 'complaint category', text: 'Kategori "kutip" & <b>tebal</b> zpxss-cat2' },
  { id: 'zpxss-cat', field: 'complaint category', text: "<script>alert('zpxss-cat')</script>" },
  { id: 'zpxss-col', field: 'column name', text: "<script>alert('zpxss-col')</script>" },
  { id: 'zpxss-skip', field: 'skipped region name', text: "<img src=x onerror=alert('zpxss-skip')>" },
  { id: 'zpxss-demo', field: 'demo note', text: "Data uji berbahaya <script>alert('zpxss-demo')</script>" },
  { id: 'zpxss-file', field: 'file name', text: HOSTILE_FILE },
  // The published record (harvest header: kepatuhan/harvest.csv): a printed rank, a source that is not a link, a note;
  // a second source for the same government-year with another score ("sumber berbeda").
  { id: 'zpxss-rank', field: 'rank as printed', text: "<img src=x onerror=alert('zpxss-rank')>" },
  { id: 'zpxss-hurl', field: 'source URL (harvest; kept as text)', text: `https://example.org/skor?q="><svg onload=alert('zpxss-hurl')>` },
  { id: 'zpxss-hnote', field: 'note (harvest)', text: "<script>alert('zpxss-hnote')</script>" },
  // Published complaint figures (pengaduan/angka-terbit.csv): shown on /pengaduan/, the province page and the region page.
  { id: 'zpxss-farea', field: 'complaint area as printed', text: "Ombudsman RI <script>alert('zpxss-farea')</script>" },
  { id: 'zpxss-fjs', field: 'complaint source label', text: "javascript:alert('zpxss-fjs')" },
  { id: 'zpxss-fnote', field: 'complaint note', text: "<img src=x onerror=alert('zpxss-fnote')>" },
  { id: 'zpxss-furl', field: 'complaint source URL', text: `https://example.org/?q="><script>alert('zpxss-furl')</script>` },
  { id: 'zpxss-fcat', field: 'complaint breakdown value', text: "<script>alert('zpxss-fcat')</script>" },
  { id: 'zpxss-fformula', field: 'complaint breakdown value', text: '=HYPERLINK("http://evil.example/zpxss-fformula";"klik")' },
  { id: 'zpxss-foffice', field: 'office name as printed', text: `Ombudsman RI Perwakilan Lampung "><svg onload=alert('zpxss-foffice')>` },
  { id: 'zpxss-flabel', field: 'complaint source label', text: 'zpxss-flabel Sumber: "Rilis" <i>ORI</i>' },
  { id: 'zpxss-fwil', field: 'complaint breakdown value (naming a region)', text: 'Kabupaten Pesawaran <b>tebal</b> zpxss-fwil' },
];
/** A marker as it appears in text (`zpxss-long-AAAA…` → `zpxss-long`). */
const MARKER = /zpxss-[a-z0-9]+/g;
const byId = new Map(STRINGS.map((s) => [s.id, s]));

/** Pages open at once in the Chromium check (most of a visit is waiting for the network to go quiet). */
const LANES = 4;

/** URL schemes that run code or render attacker HTML; never in a link, source or form action. */
const SCRIPT_URL = /^(javascript|vbscript|data):/i;
// eslint-disable-next-line no-control-regex -- browsers ignore these characters in a URL scheme, so the check does too
const normalizeUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '');
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'srcset'];

/** Static checks on one page: inline scripts, event-handler attributes, script URLs. */
function staticProblems(file: string, html: string): string[] {
  const problems: string[] = [];
  for (const s of inlineScripts(html)) problems.push(`${file}: inline <script> with code: ${s}`);
  for (const tag of tags(html)) {
    for (const [name, value] of tag.attrs) {
      if (/^on/.test(name)) problems.push(`${file}: <${tag.name} ${name}="${value.slice(0, 60)}"> (inline event handler)`);
      if (URL_ATTRS.includes(name) && SCRIPT_URL.test(normalizeUrl(value)) && !(name === 'src' && /^data:image\//i.test(normalizeUrl(value)))) {
        problems.push(`${file}: <${tag.name} ${name}="${value.slice(0, 60)}"> (script URL)`);
      }
    }
  }
  return problems;
}

describe('the Content-Security-Policy', () => {
  it('docs/DEPLOY.md gives hosts the policy this test serves', () => {
    expect(readFileSync(join(ROOT, 'docs', 'DEPLOY.md'), 'utf8')).toContain(CSP);
  });
});

describe('static HTML of the e2e build', () => {
  it('has no inline scripts with code, no on* attributes and no script URLs', () => {
    const distDir = inject('distDir');
    const problems = listPages(distDir).flatMap((p) => staticProblems(p.file, readFileSync(join(distDir, p.file), 'utf8')));
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });
});

describe('malicious fixture data', () => {
  let site: ExtraSite;
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let pages: SitePage[] = [];
  beforeAll(async () => {
    site = extraSite(inject('extraSites'), 'malicious');
    pages = listPages(site.distDir);
    server = await serveStatic(site.distDir, '/', { headers: { 'Content-Security-Policy': CSP } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is ingested with every string kept verbatim', () => {
    const processed = ['scores.json', 'mentions.json', 'complaints.json', 'complaint-figures.json', 'manifest.json'].map(
      (f) => JSON.parse(readFileSync(join(site.dataDir, f), 'utf8')) as unknown,
    );
    const values = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') values.add(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          values.add(k);
          walk(x);
        }
    };
    processed.forEach(walk);
    const missing = STRINGS.filter((s) => !values.has(s.text)).map((s) => `${s.id} (${s.field})`);
    expect(missing, `not kept verbatim in data/processed: ${missing.join(', ')}`).toEqual([]);
    expect(site.ingestStderr).toMatch(/is not an http\(s\) link: kept as text, not linked/);
  });

  it('exported CSV neutralises formula-like text cells (the JSON twin keeps the text as it is)', () => {
    const formula = STRINGS.find((s) => s.id === 'zpxss-formula')!.text;
    const formula2 = STRINGS.find((s) => s.id === 'zpxss-formula2')!.text;
    const csv = (file: string) => Papa.parse<string[]>(readFileSync(join(site.distDir, 'data', 'csv', file), 'utf8').replace(/^\uFEFF/, '')).data.flat();
    const json = (file: string) => readFileSync(join(site.distDir, 'data', 'json', file), 'utf8');
    const scores = csv('scores.csv');
    expect(scores).toContain(`'${formula}`);
    expect(scores).not.toContain(formula);
    expect(JSON.parse(json('scores.json'))).toEqual(expect.arrayContaining([expect.objectContaining({ note: formula })]));
    const breakdowns = csv('complaint-breakdowns.csv');
    expect(breakdowns).toContain(`'${formula2}`);
    expect(breakdowns).not.toContain(formula2);
    const formula3 = STRINGS.find((s) => s.id === 'zpxss-fformula')!.text;
    const figures = csv('complaint-figures.csv');
    expect(figures).toContain(`'${formula3}`);
    expect(figures).not.toContain(formula3);
    expect(JSON.parse(json('complaint-figures.json'))).toEqual(expect.arrayContaining([expect.objectContaining({ breakdown_value: formula3 })]));
    // Every text cell in every CSV of the package: none starts a formula.
    for (const file of readdirSync(join(site.distDir, 'data', 'csv'))) {
      for (const cell of csv(file)) expect(/^[=+@\t\r]/.test(cell), `${file}: ${cell.slice(0, 40)}`).toBe(false);
    }
  });

  it('every page: no inline scripts with code, no on* attributes, no script URLs', () => {
    const problems = pages.flatMap((p) => staticProblems(p.file, readFileSync(join(site.distDir, p.file), 'utf8')));
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });

  it('pages that show fixture strings are valid HTML (escaping did not break the markup)', async () => {
    const htmlvalidate = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const problems: string[] = [];
    for (const p of pages) {
      const html = readFileSync(join(site.distDir, p.file), 'utf8');
      if (!html.includes('zpxss')) continue;
      const report = await htmlvalidate.validateString(html, p.file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${p.file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });

  it('in Chromium under a strict CSP: no dialog, no CSP violation, strings shown whole as text', async () => {
    const types = pageTypes(pages);
    const showing = pages.filter((p) => readFileSync(join(site.distDir, p.file), 'utf8').includes('zpxss'));
    const visit = [...new Map([...types.map((t) => t.representative), ...showing].map((p) => [p.path, p])).values()];
    // The comparison renders the chosen regions with JavaScript: open it with the fixture's regions.
    const compare = pages.find((p) => COMPARE_PAGE.test(p.path));
    if (compare) visit.push({ file: compare.file, path: `${compare.path}?d=18.09,18.71,18.01,18.02` });
    const context = await browser!.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const failures: string[] = [];
    const shown = new Map<string, string[]>();
    // LANES pages, each navigated from page to page through its share of the list: the waits for
    // the network to go quiet overlap.
    const lane = async (paths: SitePage[]) => {
      const page = await context.newPage();
      let where = '';
      page.on('dialog', (d) => {
        failures.push(`${where}: a ${d.type()} dialog fired: ${JSON.stringify(d.message())}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => failures.push(`${where}: script error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) failures.push(`${where}: console: ${m.text()}`);
      });
      for (const p of paths) {
        where = `/${p.path}`;
        await checkPage(page, p, where);
      }
    };
    const checkPage = async (page: Page, p: SitePage, where: string) => {
      // networkidle: scripts have fetched their data and rendered (the comparison draws with JavaScript).
      await page.goto(new URL(p.path, server!.url).href, { waitUntil: 'networkidle' });
      const result = await page.evaluate(() => {
        const w = window as unknown as { __csp: string[] };
        const all = [...document.querySelectorAll('*')];
        const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`));
        const urls = all.flatMap((el) =>
          ['href', 'src', 'xlink:href', 'action', 'formaction', 'data']
            .map((n) => el.getAttribute(n))
            .filter((v): v is string => v !== null)
            .map((v) => `<${el.tagName.toLowerCase()}> ${v}`),
        );
        const injected = [
          ...[...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('zpxss')).map(() => '<script> with fixture text'),
          ...[...document.querySelectorAll('img[src="x"], svg[onload]')].map((el) => `<${el.tagName.toLowerCase()}> from the data`),
          ...[...document.querySelectorAll('b, i')]
            .filter((el) => /^(tebal|ORI)$/.test((el.textContent ?? '').trim()))
            .map((el) => `<${el.tagName.toLowerCase()}> from the data`),
        ];
        const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        return { csp: w.__csp, handlers, urls, injected, text: document.documentElement.textContent ?? '', overflow };
      });
      for (const v of result.csp) failures.push(`${where}: CSP violation: ${v}`);
      for (const h of result.handlers) failures.push(`${where}: event-handler attribute in the DOM: ${h}`);
      for (const u of result.urls) {
        const value = u.slice(u.indexOf('> ') + 2);
        if (SCRIPT_URL.test(normalizeUrl(value)) && !/^<img> data:image\//i.test(u)) failures.push(`${where}: script URL in the DOM: ${u.slice(0, 100)}`);
      }
      for (const i of result.injected) failures.push(`${where}: ${i}`);
      if (result.overflow > 0) failures.push(`${where}: the page scrolls sideways at 375 px (${result.overflow} px): a long string does not wrap`);
      // Each fixture string the page shows (its marker is in the text) is shown whole and literally.
      const ids = [...new Set(result.text.match(MARKER) ?? [])].filter((id) => byId.has(id));
      for (const id of ids) {
        const s = byId.get(id)!;
        const expected = s.prefix ? s.text.slice(0, 60) : s.text;
        if (!result.text.includes(expected)) failures.push(`${where}: ${id} (${s.field}) is shown altered, expected ${JSON.stringify(expected)}`);
        shown.set(id, [...(shown.get(id) ?? []), where]);
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(visit.filter((_, j) => j % LANES === i))));
    await context.close();
    const coverage = STRINGS.map((s) => `  ${s.id} (${s.field}): ${shown.get(s.id)?.length ?? 0} page(s)`).join('\n');
    console.info(`malicious fixture: ${visit.length} pages opened under CSP; strings shown:\n${coverage}`);
    expect(visit.length).toBeGreaterThanOrEqual(types.length);
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([]);
  }, 240_000);
});
