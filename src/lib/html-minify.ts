import minifyHtml from '@minify-html/node';

/**
 * Minifying the built pages (src/integrations/minify-html.ts runs it after `astro build`). Pure:
 * which files, which settings, one page in and out.
 *
 * @minify-html/node 0.18 (a Rust minifier, prebuilt binaries): attribute quotes dropped where the
 * value allows it (spec-compliant unquoted values only), `&#34;` in JSON data attributes written
 * as `"` inside single quotes, default attribute values dropped (`type="submit"` on a button),
 * whitespace-only text between "layout" elements dropped. Astro already collapses whitespace runs
 * (compressHTML), so the last is small. Scripts and styles are left as they are (they are files
 * under _astro/, except JSON-LD, which must stay byte-for-byte what structured-data.ts wrote), and
 * so are `<pre>`, `<textarea>` and `<code>` contents.
 *
 * Closing tags are kept: without them the pages are ~2 % smaller, but html-validate reads the
 * implied end tags as misnested elements.
 */

/** @minify-html/node 0.18 settings (index.d.ts). Everything not named keeps the library's default. */
export const MINIFY_OPTIONS = {
  keep_closing_tags: true,
  keep_html_and_head_opening_tags: true,
  keep_comments: false,
  minify_css: false,
  minify_js: false,
  // Defaults, named so a reader does not have to look them up: a DOCTYPE as written,
  // unquoted attribute values only where the HTML spec allows them.
  minify_doctype: false,
  allow_noncompliant_unquoted_attribute_values: false,
  allow_optimal_entities: false,
  allow_removing_spaces_between_attributes: false,
} as const;

/** True for the files the minifier rewrites: HTML pages (`index.html`, `404.html`), by path relative to the output folder. */
export function isMinifiedFile(path: string): boolean {
  return path.endsWith('.html');
}

/** One page, minified. */
export function minifyPage(html: Uint8Array | string): Buffer {
  const source = typeof html === 'string' ? Buffer.from(html, 'utf8') : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  return minifyHtml.minify(source, MINIFY_OPTIONS);
}

export interface MinifySummary {
  pages: number;
  bytesBefore: number;
  bytesAfter: number;
  seconds: number;
}

/** The build's one line: `minify-html: 3,807 pages, 153.1 → 143.6 MB in 3.5 s`. */
export function summaryLine(summary: MinifySummary): string {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  return `minify-html: ${summary.pages.toLocaleString('en')} pages, ${mb(summary.bytesBefore)} → ${mb(summary.bytesAfter)} MB in ${summary.seconds.toFixed(1)} s`;
}
