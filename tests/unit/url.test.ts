import { describe, expect, it } from 'vitest';
import { localePath, pageHref, splitLocalePath, withBase } from '../../src/lib/url.ts';

describe('withBase', () => {
  it('joins a root base and a path', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/daerah/18.09/', '/')).toBe('/daerah/18.09/');
    expect(withBase('favicon.svg', '/')).toBe('/favicon.svg');
  });

  it('joins a sub-path base with exactly one slash', () => {
    expect(withBase('/', '/zona/')).toBe('/zona/');
    expect(withBase('', '/zona/')).toBe('/zona/');
    expect(withBase('/daerah/18.09/', '/zona/')).toBe('/zona/daerah/18.09/');
    expect(withBase('daerah/18.09/', '/zona/')).toBe('/zona/daerah/18.09/');
    expect(withBase('favicon.svg', '/zona/')).toBe('/zona/favicon.svg');
  });

  it('accepts a base without leading or trailing slash, or with extra slashes', () => {
    expect(withBase('/daerah/', '/zona')).toBe('/zona/daerah/');
    expect(withBase('/daerah/', 'zona')).toBe('/zona/daerah/');
    expect(withBase('/daerah/', '//zona//')).toBe('/zona/daerah/');
    expect(withBase('/a/b/', '/org/zona/')).toBe('/org/zona/a/b/');
    expect(withBase('/', '')).toBe('/');
  });

  it('keeps the trailing slash (or its absence) of the path', () => {
    expect(withBase('/daerah', '/zona/')).toBe('/zona/daerah');
    expect(withBase('/daerah/', '/zona/')).toBe('/zona/daerah/');
  });

  it('keeps query strings and fragments', () => {
    expect(withBase('/cari/?q=metro#hasil', '/zona/')).toBe('/zona/cari/?q=metro#hasil');
  });

  it('leaves absolute URLs and in-page fragments alone', () => {
    expect(withBase('https://ombudsman.go.id/', '/zona/')).toBe('https://ombudsman.go.id/');
    expect(withBase('//cdn.example.org/x.js', '/zona/')).toBe('//cdn.example.org/x.js');
    expect(withBase('mailto:info@example.org', '/zona/')).toBe('mailto:info@example.org');
    expect(withBase('#main', '/zona/')).toBe('#main');
  });

  it('defaults to import.meta.env.BASE_URL', () => {
    const base = import.meta.env.BASE_URL ?? '/';
    expect(withBase('/daerah/')).toBe(withBase('/daerah/', base));
  });
});

describe('site languages in URLs', () => {
  it('keeps Indonesian at the root and puts English under /en/', () => {
    expect(localePath('/', 'id')).toBe('/');
    expect(localePath('/', 'en')).toBe('/en/');
    expect(localePath('/daerah/18.09-kabupaten-pesawaran/', 'en')).toBe('/en/daerah/18.09-kabupaten-pesawaran/');
    expect(localePath('bandingkan/?d=18.09', 'en')).toBe('/en/bandingkan/?d=18.09');
  });

  it('adds the base in front of the language prefix', () => {
    expect(pageHref('/peringkat/', 'en', '/zona/')).toBe('/zona/en/peringkat/');
    expect(pageHref('/peringkat/', 'id', '/zona/')).toBe('/zona/peringkat/');
    expect(pageHref('/', 'en', '/')).toBe('/en/');
  });

  it('splits a browser path into language and page path, with or without base', () => {
    expect(splitLocalePath('/en/daerah/', '/')).toEqual({ locale: 'en', path: '/daerah/' });
    expect(splitLocalePath('/en/', '/')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocalePath('/en', '/')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocalePath('/daerah/', '/')).toEqual({ locale: 'id', path: '/daerah/' });
    expect(splitLocalePath('/zona/en/peta/2023/', '/zona/')).toEqual({ locale: 'en', path: '/peta/2023/' });
    expect(splitLocalePath('/zona/', '/zona/')).toEqual({ locale: 'id', path: '/' });
    // A page whose own path starts with "en" is not English.
    expect(splitLocalePath('/endpoint/', '/')).toEqual({ locale: 'id', path: '/endpoint/' });
  });

  it('round-trips: splitting a localised link gives back the language and path', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const path of ['/', '/daerah/', '/provinsi/lampung/2023/']) {
        expect(splitLocalePath(pageHref(path, locale, '/zona/'), '/zona/')).toEqual({ locale, path });
      }
    }
  });
});
