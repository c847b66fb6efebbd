import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs `unit` (pure logic, ingest CLI integration) and `e2e` (builds the small
 * site — a few provinces on real rows — serves it and drives Debian Chromium).
 * `npm run test:full` runs `full`: the checks that need every page of the real site (links,
 * validators, determinism, a build under a base path). The JSON reports in reports/ are
 * what .ci/run counts.
 */
export default defineConfig({
  test: {
    // Every core (vitest's default leaves one for its main process, which mostly waits): on the
    // 2-core CI machine two test files run at a time instead of one.
    maxWorkers: availableParallelism(),
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'full',
          include: ['tests/full/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/full/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
