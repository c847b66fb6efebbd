/**
 * npm run ingest -- [--raw data/raw] [--out data/processed] [--skip-unknown] [--provinces 18,33]
 * Raw CSV exports → data/processed/{regions,scores,complaints,manifest}.json.
 * Prints every problem as `file:line: column: message`, then a summary; exits 1 on
 * any error and leaves the output folder untouched. With --provinces, writes a preview of
 * those provinces only (every row is still read and checked; the readings outside are
 * counted in the summary): the test suite's small site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAliases } from '../src/lib/printed/aliases.ts';
import { ingestFolder } from '../src/lib/ingest/folder.ts';
import { jsonLines, toJsonLines, writeFolderAtomically } from '../src/lib/ingest/output.ts';
import { parseNationalCounts } from '../src/lib/ingest/national-counts.ts';
import { formatProblem } from '../src/lib/ingest/report.ts';
import { parseProvinceList, restrictToProvinces } from '../src/lib/ingest/scope.ts';
import { loadInstalledRegistry } from '../src/lib/registry/load.ts';

const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: 'data/raw' },
    out: { type: 'string', default: 'data/processed' },
    aliases: { type: 'string', default: 'data/aliases.csv' },
    national: { type: 'string', default: 'data/reference/ori-national-counts.csv' },
    'skip-unknown': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'report-rss': { type: 'boolean', default: false },
    provinces: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run ingest -- [--raw DIR] [--out DIR] [--aliases FILE] [--national FILE] [--skip-unknown] [--provinces 18,33] [--quiet]');
  process.exit(0);
}

const started = performance.now();
const rawDir = resolve(values.raw);
const outDir = resolve(values.out);
if (!existsSync(rawDir)) {
  console.error(`${values.raw}: folder not found (expected kepatuhan/ and pengaduan/ inside)`);
  process.exit(1);
}
const log = (message: string) => {
  if (!values.quiet) console.error(`ingest: ${message}`);
};

const registry = loadInstalledRegistry();
let provinces: string[] | null = null;
try {
  provinces = values.provinces === undefined ? null : parseProvinceList(values.provinces, new Set(registry.provinces.map((p) => p.code)));
} catch (error) {
  console.error(`ingest: ${(error as Error).message}`);
  process.exit(1);
}
const aliases = parseAliases(readFileSync(values.aliases, 'utf8'), values.aliases);
log(
  `reading ${values.raw}; registry ${registry.source.package} ${registry.source.version}: ${registry.provinces.length} provinces, ${registry.regions.length} kabupaten/kota`,
);

const result = await ingestFolder(rawDir, registry, aliases, {
  skipUnknown: values['skip-unknown'],
  currentYear: new Date().getUTCFullYear(),
  onProgress: log,
});

const national = parseNationalCounts(readFileSync(values.national, 'utf8'), values.national);
for (const problem of [...result.problems, ...national.problems]) console.error(formatProblem(problem));
const s = result.summary;
s.errors += national.problems.length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const { file, year } of s.yearFromFileName) console.error(`ingest: ${file}: no year column; year ${year} taken from the file name`);
const years = s.years.length > 0 ? `${s.years[0]}–${s.years[s.years.length - 1]}` : 'none';
console.error(
  `ingest: ${s.files} files, ${s.rows} rows → ${s.scores} scores (${s.sourcesDiffer} where sources differ), ${s.mentions} mentions without a figure, ${s.complaintFigures} published complaint figures (${s.restatedFigures} restated differently), ${s.complaints} per-government complaint entries, ${s.governments} governments, years ${years}; ${s.errors} errors, ${s.warnings} warnings; ${seconds} s`,
);

if (result.output === undefined || national.problems.length > 0) {
  console.error(`ingest: failed with ${s.errors} error${s.errors === 1 ? '' : 's'}; ${values.out} left unchanged`);
  process.exit(1);
}
let { output } = result;
if (provinces) {
  const scoped = restrictToProvinces(output, provinces);
  output = scoped.output;
  const o = scoped.outside;
  console.error(
    `ingest: preview of provinces ${provinces.join(', ')}: ${output.registry.regions.length} kabupaten/kota; left out (outside these provinces): ${o.scores} scores, ${o.mentions} mentions, ${o.complaintFigures} complaint figures, ${o.complaints} per-government complaint entries`,
  );
}
writeFolderAtomically(outDir, {
  'regions.json': toJsonLines(output.registry),
  'scores.json': toJsonLines(output.scores),
  'mentions.json': toJsonLines(output.mentions),
  'national.json': toJsonLines(national.counts),
  'complaint-figures.json': toJsonLines(output.complaintFigures),
  'complaints.json': jsonLines(output.complaints),
  'manifest.json': toJsonLines(output.manifest),
});
console.error(
  `ingest: wrote ${values.out}/{regions,scores,mentions,national,complaints,complaint-figures,manifest}.json${output.manifest.demo ? ' (demo data)' : ''}`,
);
if (values['report-rss']) console.log(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
