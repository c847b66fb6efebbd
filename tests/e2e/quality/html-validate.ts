/**
 * HTML validity gate: html-validate 10.9 with the repository's `.htmlvalidate.json`
 * (html-validate:recommended; every rule changed there is explained in tests/e2e/quality/README.md),
 * registered as one test per page type of a built site: every page of a type, or a deterministic
 * sample (every n-th page plus the representative) when `sample` is given. `npm test` samples the
 * small site (html-validate.test.ts here); `npm run test:full` validates every page of the whole site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT, listPages, pageTypes, sample } from './site.ts';

function describeMessage(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;
}

export function describeHtmlValidate(distDir: string, options: { sample: number | null }): void {
  const htmlvalidate = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
  const types = pageTypes(listPages(distDir));

  describe('html-validate on every page type', () => {
    it('finds the page types (home, province list, province, 404 at least)', () => {
      const names = types.map((t) => t.name);
      for (const name of ['home', 'province-list', 'province', 'not-found']) expect(names).toContain(name);
    });

    for (const type of types) {
      const pages = options.sample === null ? type.pages : sample(type, options.sample);
      it(`${type.name} (${type.pattern || '/'}): ${pages.length} of ${type.pages.length} page${type.pages.length === 1 ? '' : 's'} valid`, async () => {
        const problems: string[] = [];
        for (const page of pages) {
          const report = await htmlvalidate.validateString(readFileSync(join(distDir, page.file), 'utf8'), page.file);
          for (const result of report.results) for (const m of result.messages) problems.push(describeMessage(page.file, m));
          // Validation is synchronous work awaited only through microtasks: without a turn of the event
          // loop a long run never reads vitest's RPC replies, and its fixed 60 s RPC timeout fails a
          // green run ("Timeout calling onTaskUpdate").
          await new Promise((resolve) => setImmediate(resolve));
        }
        expect(problems, `${problems.length} problem(s):\n${problems.slice(0, 50).join('\n')}`).toEqual([]);
      }, 600_000);
    }
  });
}
