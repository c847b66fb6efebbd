/**
 * Every <button> in the site's templates says its type. The built pages are minified and the
 * minifier drops `type="submit"` (the default), so html-validate's no-implicit-button-type is
 * off for them (.htmlvalidate.json); this keeps the rule where it matters, in the source, so a
 * button inside a form cannot submit it by accident.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

describe('buttons in src/**/*.astro', () => {
  it('each has a type attribute', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(20);
    const buttons = files.flatMap((file) => [...readFileSync(join(SRC, file), 'utf8').matchAll(/<button\b[^>]*>/g)].map((m) => `${file}: ${m[0]}`));
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.filter((b) => !/\stype=/.test(b))).toEqual([]);
  });
});
