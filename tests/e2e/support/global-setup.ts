import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, SMALL_SITE_PROVINCES, setupTestSite } from './test-site.ts';

/** `npm test`'s e2e project: the small site (a few provinces on real rows), built once, and beside it the extra sites some files need. */
export default function setup(project: TestProject) {
  return setupTestSite(project, {
    work: join(ROOT, 'node_modules', '.cache', 'zp-test', 'small'),
    provinces: SMALL_SITE_PROVINCES,
    extras: ['demo', 'zona', 'malicious'],
  });
}
