import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, setupTestSite } from '../../e2e/support/test-site.ts';

/** `npm run test:full`: the whole site from data/raw (every province), built once. */
export default function setup(project: TestProject) {
  return setupTestSite(project, { work: join(ROOT, 'node_modules', '.cache', 'zp-test', 'full'), provinces: null });
}
