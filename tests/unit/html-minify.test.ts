import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { isMinifiedFile, minifyPage, summaryLine } from '../../src/lib/html-minify.ts';

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[] };

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="id"> <head><meta charset="utf-8">${head}<title>T</title></head><body>${body}</body></html>`;
const minified = (html: string) => minifyPage(html).toString('utf8');

/** The document a browser builds from some HTML, written out one way (attributes sorted): equal documents, equal strings. */
function dom(html: string): string {
  const write = (node: Node): string => {
    if (node.nodeName === '#text') return JSON.stringify(node.value);
    if (node.nodeName === '#comment') return '';
    const attrs = (node.attrs ?? []).map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).sort();
    const inner = (node.childNodes ?? []).map(write).join('');
    return node.tagName ? `<${node.tagName}${attrs.join('')}>${inner}</${node.tagName}>` : inner;
  };
  return write(parse(html) as unknown as Node);
}

describe('minifyPage', () => {
  it('keeps the html and head opening tags and every closing tag; drops whitespace between list items', () => {
    const out = minified(page('<ul> <li>a</li> <li>b</li> </ul><p>x</p>'));
    expect(out.startsWith('<!doctype html><html lang=id><head>')).toBe(true);
    expect(out).toContain('<ul><li>a</li><li>b</li></ul><p>x</p></body></html>');
    expect(dom(out)).toBe(dom(page('<ul><li>a</li><li>b</li></ul><p>x</p>')));
  });

  it('drops quotes only where the value allows it, and writes JSON attributes in single quotes', () => {
    const html = page('<a href="/daerah/18.09/" title="a b" data-text="{&#34;a&#34;:&#34;b c&#34;}">x</a>');
    const out = minified(html);
    expect(out).toContain(`data-text='{"a":"b c"}'`);
    expect(out).toContain('href=/daerah/18.09/');
    expect(out).toContain('title="a b"');
    expect(dom(out)).toBe(dom(html));
  });

  it('keeps the spaces between words and inline elements in running text and table cells', () => {
    const text = '<p>Skor <a href="/x/">Kota Metro</a> <strong>80,5</strong> <span aria-hidden="true">·</span> <em>zona</em> hijau.</p>';
    const cell = '<table><tbody><tr><td><a href="/a/">A</a> <a href="/b/">B</a></td></tr></tbody></table>';
    for (const html of [page(text), page(cell)]) expect(dom(minified(html))).toBe(dom(html));
  });

  it('leaves <pre>, <textarea> text, JSON-LD and module scripts as they are', () => {
    const bibtex = '@misc{zp,\n  title  = {Kota &lt;Metro&gt;},\n  year = {2024}\n}';
    const jsonLd = '{"@context": "https://schema.org",  "name": "A  B"}';
    const html = page(
      `<pre>  a\n    b  </pre><textarea readonly>${bibtex}</textarea><script type="module" src="/_astro/a.js"></script>`,
      `<script type="application/ld+json">${jsonLd}</script>`,
    );
    const out = minified(html);
    expect(out).toContain('<pre>  a\n    b  </pre>');
    expect(out).toContain(`<script type=application/ld+json>${jsonLd}</script>`);
    expect(dom(out)).toBe(dom(html));
  });

  it('keeps escaped markup in data text as text: nothing can close a <textarea>, a paragraph or an attribute', () => {
    const evil = '&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;';
    const html = page(`<textarea readonly>${evil}</textarea><p>${evil}</p><div data-t="&quot;&gt;&lt;/div&gt;${evil}"></div>`);
    const out = minified(html);
    expect(dom(out)).toBe(dom(html));
    // The real test is the document above; in the text, the textarea's closing tag stays escaped.
    expect(out).toContain('<textarea readonly>&lt;/textarea>');
  });

  it('keeps text inside inline SVG (foreign content) and its attributes', () => {
    const svg =
      '<svg viewBox="0 0 10 10" aria-hidden="true"><g fill="none"> <path d="M0 0L10 10"></path> </g><text x="1" y="2">A <tspan>B</tspan> C</text></svg>';
    const out = minified(page(svg));
    expect(out).toContain('<text x=1 y=2>A <tspan>B</tspan> C</text>');
    expect(dom(out)).toBe(dom(page(svg.replace('<g fill="none"> <path d="M0 0L10 10"></path> </g>', '<g fill="none"><path d="M0 0L10 10"></path></g>'))));
  });

  it('accepts bytes as well as a string, with the same result', () => {
    const html = page('<p>Ä <b>ö</b></p>');
    expect(minifyPage(Buffer.from(html)).equals(minifyPage(html))).toBe(true);
  });
});

describe('isMinifiedFile', () => {
  it('takes the pages, nothing else', () => {
    expect(isMinifiedFile('index.html')).toBe(true);
    expect(isMinifiedFile('404.html')).toBe(true);
    expect(isMinifiedFile('daerah/18.09-kabupaten-pesawaran/index.html')).toBe(true);
    for (const other of ['og/daerah/18.09.png', 'unduh/peta.svg', 'cari.json', 'sitemap.xml', '_astro/a.css']) expect(isMinifiedFile(other)).toBe(false);
  });
});

describe('summaryLine', () => {
  it('says pages, MB before and after, and seconds', () => {
    expect(summaryLine({ pages: 3807, bytesBefore: 153_092_691, bytesAfter: 143_600_000, seconds: 3.46 })).toBe(
      'minify-html: 3,807 pages, 153.1 → 143.6 MB in 3.5 s',
    );
  });
});
