/**
 * Links gate on the small site `npm test` builds: every internal link, asset and fragment resolves
 * (tests/e2e/quality/links.ts). The whole site, and a build under a sub-path, are checked by
 * `npm run test:full` (tests/full/links.test.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, report } from './links.ts';

describe('links on the small site (base /)', () => {
  it('every internal link, asset and fragment in dist resolves', async () => {
    const { problems, checked, pages } = await checkLinks(inject('distDir'), '/', 'http://localhost:4321');
    expect(pages).toBeGreaterThan(100);
    expect(checked).toBeGreaterThan(pages);
    expect(problems, report(problems)).toEqual([]);
  });
});
