import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageAddress } from '../../src/lib/site-url.ts';
import { withOrigin } from '../../src/lib/embed.ts';
import { embedCode, HEIGHT_SNIPPET } from '../../src/lib/embed.ts';

describe('absoluteUrl (ZP_SITE)', () => {
  it('joins the origin and a path that already has the base', () => {
    expect(absoluteUrl('/zona/daerah/18.09-kabupaten-pesawaran/', new URL('https://example.org'))).toBe(
      'https://example.org/zona/daerah/18.09-kabupaten-pesawaran/',
    );
    expect(absoluteUrl('/', 'https://example.org/')).toBe('https://example.org/');
    // Only the origin counts: the base is in the path.
    expect(absoluteUrl('/zona/', 'https://example.org/zona/')).toBe('https://example.org/zona/');
  });
  it('is null without a site: no absolute URL is made up (never localhost)', () => {
    expect(absoluteUrl('/data/', undefined)).toBeNull();
    expect(absoluteUrl('/data/', null)).toBeNull();
    expect(absoluteUrl('/data/', '')).toBeNull();
  });
});

describe('pageAddress', () => {
  it('is the absolute URL with a site, the path without', () => {
    expect(pageAddress('/data/', 'https://example.org')).toBe('https://example.org/data/');
    expect(pageAddress('/zona/data/', undefined)).toBe('/zona/data/');
  });
});

describe('withOrigin: embed code of a build without ZP_SITE, completed in the browser', () => {
  it('makes the iframe src absolute and fills the snippet origin', () => {
    const code = embedCode({ src: '/zona/embed/peta/2024/', title: 'Peta "zona" 2024', height: 640 });
    expect(withOrigin(code, 'http://localhost:4321')).toBe(
      embedCode({ src: 'http://localhost:4321/zona/embed/peta/2024/', title: 'Peta "zona" 2024', height: 640 }),
    );
    const snippet = HEIGHT_SNIPPET.replace('{origin}', '');
    expect(withOrigin(snippet, 'https://a.example')).toBe(HEIGHT_SNIPPET.replace('{origin}', 'https://a.example'));
  });
  it('leaves code that is already absolute alone', () => {
    const code = embedCode({ src: 'https://example.org/embed/peta/2024/', title: 'src="/x"', height: 640 });
    expect(withOrigin(code, 'http://localhost:4321')).toBe(code);
    const snippet = HEIGHT_SNIPPET.replace('{origin}', 'https://example.org');
    expect(withOrigin(snippet, 'http://localhost:4321')).toBe(snippet);
  });
});
