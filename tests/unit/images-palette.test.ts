import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, resolveVars, token } from '../../src/lib/images/palette.ts';

/**
 * `--name: value;` declarations of the top-level `:root` blocks (light) and the dark-scheme `:root` blocks;
 * a `light-dark(a, b)` value counts as `a` in light and `b` in dark.
 */
function cssTokens(): { light: Map<string, string>; dark: Map<string, string> } {
  const css = readFileSync('src/styles/global.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const read = (block: string, into: Map<string, string>) => {
    for (const m of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) into.set(m[1]!, m[2]!.trim());
  };
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const m of css.matchAll(/(?:^|\n):root\s*\{([^}]*)\}/g)) read(m[1]!, light);
  for (const m of css.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/g)) read(m[1]!, dark);
  for (const [name, value] of light) {
    const both = /^light-dark\(\s*((?:[^(),]|\([^()]*\))+?)\s*,\s*((?:[^(),]|\([^()]*\))+?)\s*\)$/.exec(value);
    if (!both) continue;
    light.set(name, both[1]!);
    if (!dark.has(name)) dark.set(name, both[2]!);
  }
  return { light, dark };
}

/** `rgb(0 0 0 / 0.25)` → `rgba(0,0,0,0.25)`, lower case, no spaces. */
function normalize(color: string): string {
  const modern = /^rgb\(\s*(\d+)\s+(\d+)\s+(\d+)\s*\/\s*([\d.]+)\s*\)$/.exec(color);
  if (modern) return `rgba(${modern[1]},${modern[2]},${modern[3]},${modern[4]})`;
  return color.replace(/\s+/g, '').toLowerCase();
}

describe('image palette mirrors global.css', () => {
  const css = cssTokens();
  it.each(['light', 'dark'] as const)('%s: every palette colour equals the CSS token', (theme) => {
    const tokens = new Map([...css.light, ...(theme === 'dark' ? css.dark : [])]);
    for (const [name, value] of Object.entries(PALETTES[theme])) {
      expect(tokens.has(name), `--${name} is not in global.css`).toBe(true);
      expect(normalize(value), `--${name}`).toBe(normalize(tokens.get(name)!));
    }
  });
  it('has every zone and chart token of the CSS', () => {
    for (const name of css.light.keys()) if (/^(zone|on-zone|chart)-/.test(name)) expect(PALETTES.light[name], name).toBeDefined();
  });
});

describe('resolveVars', () => {
  it('replaces variables with the theme’s colour, even when they have a fallback', () => {
    expect(resolveVars('fill="var(--zone-merah)" stroke="var(--color-bg, #fff)"', 'light')).toBe('fill="#8f1418" stroke="#ffffff"');
    expect(resolveVars('stroke="var(--color-bg, #fff)"', 'dark')).toBe(`stroke="${token('dark', 'color-bg')}"`);
  });
  it('uses the fallback of an unknown variable, nested parentheses included, and throws without one', () => {
    expect(resolveVars('var(--nope, rgb(1, 2, 3))', 'light')).toBe('rgb(1, 2, 3)');
    expect(resolveVars('var(--nope, var(--zone-kuning))', 'light')).toBe('#f4cf4a');
    expect(() => resolveVars('var(--nope)', 'light')).toThrow(/--nope/);
    expect(() => token('light', 'nope')).toThrow(/--nope/);
  });
});
