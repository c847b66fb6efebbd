import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/url.ts';

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
