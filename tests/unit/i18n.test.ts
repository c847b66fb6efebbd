import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asLocale, dictionary, LOCALES, t, translator } from '../../src/i18n/index.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every `a.b.c` key path of a dictionary with its text. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const reference = leaves(dictionary('id') as unknown as Tree);

describe('dictionaries', () => {
  for (const locale of LOCALES) {
    const keys = leaves(dictionary(locale) as unknown as Tree);
    it(`${locale}: has exactly the keys of the Indonesian reference, every one a non-empty string`, () => {
      expect([...keys.keys()].filter((k) => !reference.has(k))).toEqual([]);
      expect([...reference.keys()].filter((k) => !keys.has(k))).toEqual([]);
      for (const [key, text] of keys) {
        expect(typeof text, key).toBe('string');
        expect((text as string).trim(), key).not.toBe('');
      }
    });
    it(`${locale}: uses the same placeholders as the Indonesian text`, () => {
      for (const [key, text] of keys) expect(placeholders(text as string), key).toEqual(placeholders(reference.get(key) as string));
    });
  }

  it('English is a translation, not a copy: few strings are identical to the Indonesian ones', () => {
    const english = leaves(dictionary('en') as unknown as Tree);
    // Proper names and symbols may be the same in both languages; list them so a
    // copied-over Indonesian sentence fails here.
    const same = [...english].filter(([key, text]) => text === reference.get(key) && /\p{L}{3,}\s+\p{L}{3,}/u.test(text as string)).map(([k]) => k);
    expect(same).toEqual(['site.name', 'footer.boundariesSource'].filter((k) => same.includes(k)));
  });
});

/** Source text of the site (pages, components, views, layouts, libraries, browser scripts), without the dictionaries. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith('i18n') ? [] : sourceFiles(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

describe('no unused key', () => {
  const sources = sourceFiles(join(import.meta.dirname, '../../src')).map((file) => readFileSync(file, 'utf8'));
  const literals: RegExp[] = [];
  for (const text of sources) {
    // 'a.b.c', "a.b.c" and `a.${x}.c` literals that look like key paths.
    for (const match of text.matchAll(/(['"`])([a-z][A-Za-z0-9]*(?:\.(?:[A-Za-z0-9]|\$\{[^}]*\})+)+)\1/g)) {
      const pattern = match[2]!
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^.]*');
      literals.push(new RegExp(`^${pattern}$`));
    }
    // Whole sections read as objects: `dict.map.tooltip` uses every key under map.tooltip.
    for (const match of text.matchAll(/\bdict\.([A-Za-z0-9.]+)/g)) literals.push(new RegExp(`^${match[1]!.replace(/\./g, '\\.')}(\\.|$)`));
  }

  it('every key in the dictionary is used somewhere in src/', () => {
    const unused = [...reference.keys()].filter((key) => !literals.some((re) => re.test(key)));
    expect(unused).toEqual([]);
  });

  it('every literal key used in src/ exists (no typo survives as a runtime error)', () => {
    const missing: string[] = [];
    for (const text of sources) {
      for (const match of text.matchAll(/\bt\(\s*'([a-z][A-Za-z0-9.]+)'/g)) if (!reference.has(match[1]!)) missing.push(match[1]!);
    }
    expect(missing).toEqual([]);
  });
});

describe('t and translator', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('table.score', { year: 2023 }, 'id')).toContain('2023');
    expect(t('table.score', {}, 'id')).toContain('{year}');
  });
  it('translator binds a language', () => {
    expect(translator('en')('nav.home')).toBe(t('nav.home', undefined, 'en'));
    expect(translator('en')('nav.home')).not.toBe(translator('id')('nav.home'));
  });
  it('throws on a key that names a section or does not exist', () => {
    // @ts-expect-error: not a key
    expect(() => t('nav', undefined, 'id')).toThrow(/no text for key/);
    // @ts-expect-error: not a key
    expect(() => t('nav.nope', undefined, 'en')).toThrow(/no text for key "nav.nope" \(en\)/);
  });
  it('asLocale maps Astro.currentLocale to a site language, defaulting to Indonesian', () => {
    expect(asLocale('en')).toBe('en');
    expect(asLocale('id')).toBe('id');
    expect(asLocale(undefined)).toBe('id');
    expect(asLocale('fr')).toBe('id');
  });
});
