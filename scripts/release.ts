/**
 * npm run release -- [--date YYYY-MM-DD] [--force] [--again] [--data data/processed] [--dir data/releases]
 *
 * Records the processed figures (run `npm run ingest` first) as a dated release,
 * `data/releases/<date>.json`: per government-year its code, level, year, the value shown and
 * the pages of that value and of the other sources. Commit the file: `/perubahan/` and its feed
 * list what changed from one release to the next. `--date` defaults to today (UTC). Writes
 * nothing and says "no change since <last>" when the figures equal the latest release's.
 * An existing release is kept unless `--force` (replaces the latest, the day's last); `--again` records a further
 * release the same day (`<date>.2`). Refuses demo data and a preview of a few provinces.
 * The logic is src/lib/releases/ (plan.ts decides, record.ts writes the file).
 */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { loadDataset, resolveDataDir } from '../src/lib/model/load.ts';
import { loadInstalledRegistry } from '../src/lib/registry/load.ts';
import { todayUtc } from '../src/lib/releases/ids.ts';
import { countsLine, planRelease } from '../src/lib/releases/plan.ts';
import { releaseEntries, releaseFromDataset } from '../src/lib/releases/record.ts';
import { readReleases, resolveReleasesDir, writeRelease } from '../src/lib/releases/store.ts';

const { values } = parseArgs({
  options: {
    date: { type: 'string' },
    force: { type: 'boolean', default: false },
    again: { type: 'boolean', default: false },
    data: { type: 'string' },
    dir: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run release -- [--date YYYY-MM-DD] [--force] [--again] [--data data/processed] [--dir data/releases]');
  process.exit(0);
}

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

const dataDir = resolveDataDir(values.data);
const releasesDir = resolveReleasesDir(values.dir);
const show = (path: string) => relative(process.cwd(), path) || '.';

let dataset;
try {
  dataset = loadDataset(dataDir);
} catch (error) {
  fail((error as Error).message);
}
if (dataset.manifest.demo) fail(`${show(dataDir)} holds demo data (invented figures): a release records real figures only`);
const installed = loadInstalledRegistry();
if (dataset.registry.regions.length < installed.regions.length || dataset.registry.provinces.length < installed.provinces.length) {
  fail(
    `${show(dataDir)} is a preview of ${dataset.registry.provinces.length} of ${installed.provinces.length} provinces (ingest --provinces): ` +
      'a release records every province; run `npm run ingest` without --provinces',
  );
}

const date = values.date ?? todayUtc();
const releases = readReleases(releasesDir);
const entries = releaseEntries(dataset.scores, dataset.registry);
const plan = planRelease(releases, entries, { date, force: values.force, again: values.again });

switch (plan.action) {
  case 'unchanged':
    console.log(`release: no change since ${plan.since}; nothing written`);
    break;
  case 'refuse':
    fail(plan.reason);
    break;
  case 'write': {
    const path = writeRelease(releaseFromDataset(plan.id, dataset), releasesDir);
    const against = plan.previous ? `since ${plan.previous}` : 'first release';
    console.log(`release: ${plan.replaces ? 'replaced' : 'wrote'} ${show(path)}: ${entries.length} government-years`);
    console.log(`release: ${against}: ${countsLine(plan.diff)}`);
    break;
  }
}
