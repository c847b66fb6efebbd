import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ComplaintEntry, ComplaintFigure, Manifest, NationalCount, RegistryFile, ScoreEntry, ScoreMention } from '../types.ts';

/** Everything the site reads from the processed-data folder. */
export interface Dataset {
  /** `regions.json` */
  registry: RegistryFile;
  /** `scores.json` */
  scores: ScoreEntry[];
  /** `mentions.json`: government-years a source names without a value. */
  mentions: ScoreMention[];
  /** `national.json`: ORI's own national counts of governments assessed. */
  national: NationalCount[];
  /** `complaint-figures.json`: complaint figures at the level ORI published them. */
  complaintFigures: ComplaintFigure[];
  /** `complaints.json` */
  complaints: ComplaintEntry[];
  /** `manifest.json` */
  manifest: Manifest;
}

/** Default processed-data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = 'data/processed';

const FILES = {
  registry: 'regions.json',
  scores: 'scores.json',
  mentions: 'mentions.json',
  national: 'national.json',
  complaintFigures: 'complaint-figures.json',
  complaints: 'complaints.json',
  manifest: 'manifest.json',
} as const satisfies Record<keyof Dataset, string>;

/** Cache per absolute folder; `stamp` (file sizes and mtimes) invalidates it after a re-ingest. */
const cache = new Map<string, { stamp: string; dataset: Dataset }>();

/** The folder the site reads: `dir`, else env `ZP_DATA_DIR`, else `data/processed`, against `process.cwd()`. */
export function resolveDataDir(dir?: string): string {
  return resolve(process.cwd(), dir ?? (process.env.ZP_DATA_DIR || DEFAULT_DATA_DIR));
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

function missingFileError(path: string, dir: string): Error {
  return new Error(
    `Processed data file not found: ${displayPath(path)}. ` +
      `Run \`npm run ingest\` to write ${Object.values(FILES).join(', ')} to ${displayPath(dir)} ` +
      '(or set ZP_DATA_DIR to a folder that has them).',
  );
}

function stampOf(dir: string): string {
  return Object.values(FILES)
    .map((name) => {
      const path = join(dir, name);
      try {
        const s = statSync(path);
        return `${name}:${s.size}:${s.mtimeMs}`;
      } catch {
        throw missingFileError(path, dir);
      }
    })
    .join('|');
}

function readJson(dir: string, name: string): unknown {
  const path = join(dir, name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missingFileError(path, dir);
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`Processed data file ${displayPath(path)} is not valid JSON (${(error as Error).message}). ` + 'Run `npm run ingest` again.');
  }
}

function fail(dir: string, name: string, what: string): never {
  throw new Error(
    `Processed data file ${displayPath(join(dir, name))} does not match the expected format: ${what}. ` +
      'Run `npm run ingest` again (src/lib/types.ts describes the format).',
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A shallow shape check that turns a stale or foreign folder into a clear error; types.ts is the contract. */
function checkShape(dir: string, raw: Record<keyof Dataset, unknown>): Dataset {
  const { registry, scores, mentions, national, complaintFigures, complaints, manifest } = raw;
  if (!isObject(registry) || !Array.isArray(registry.regions) || !Array.isArray(registry.provinces)) {
    fail(dir, FILES.registry, 'expected an object with `provinces` and `regions` arrays');
  }
  if (!Array.isArray(scores)) fail(dir, FILES.scores, 'expected an array of score entries');
  if (!Array.isArray(complaints)) fail(dir, FILES.complaints, 'expected an array of complaint entries');
  if (!Array.isArray(mentions)) fail(dir, FILES.mentions, 'expected an array of mentions');
  if (!Array.isArray(national)) fail(dir, FILES.national, 'expected an array of national counts');
  if (!Array.isArray(complaintFigures)) fail(dir, FILES.complaintFigures, 'expected an array of complaint figures');
  if (!isObject(manifest) || manifest.formatVersion !== 1 || typeof manifest.demo !== 'boolean') {
    fail(dir, FILES.manifest, 'expected formatVersion 1 and a boolean `demo`');
  }
  return raw as unknown as Dataset;
}

/**
 * Reads the processed dataset (regions, scores, complaints, manifest) from `dir`
 * (default: env `ZP_DATA_DIR`, else `data/processed`, resolved against
 * `process.cwd()`). Results are cached per folder and re-read when a file changes.
 * Throws an error naming the missing file when the folder is incomplete.
 */
export function loadDataset(dir?: string): Dataset {
  const abs = resolveDataDir(dir);
  const stamp = stampOf(abs);
  const hit = cache.get(abs);
  if (hit && hit.stamp === stamp) return hit.dataset;
  const dataset = checkShape(abs, {
    registry: readJson(abs, FILES.registry),
    scores: readJson(abs, FILES.scores),
    mentions: readJson(abs, FILES.mentions),
    national: readJson(abs, FILES.national),
    complaintFigures: readJson(abs, FILES.complaintFigures),
    complaints: readJson(abs, FILES.complaints),
    manifest: readJson(abs, FILES.manifest),
  });
  cache.set(abs, { stamp, dataset });
  return dataset;
}
