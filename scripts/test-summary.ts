/**
 * Prints one line `N passed, N failed[, N skipped]` from the test runners' JSON
 * reports (vitest's reports/vitest.json), for CI, which does not read vitest's own
 * summary. Exits 1 when a report is missing or anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  success: boolean;
}

const reports = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['reports/vitest.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const path of reports) {
  if (!existsSync(path)) {
    console.error(`test-summary: ${path} is missing (the test run crashed before writing it)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  // A suite that fails to load (syntax error, failed setup) has no failed tests; count it.
  failed += report.numFailedTests + (report.numFailedTests === 0 && !report.success ? Math.max(1, report.numFailedTestSuites) : 0);
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
