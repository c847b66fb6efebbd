/**
 * The release files on disk: `data/releases/<id>.json` in the repository (env
 * `ZP_RELEASES_DIR` overrides it, e.g. for tests). Read once per folder and kept while the
 * files are unchanged, so a build parses them once however many pages ask.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareReleaseIds, parseReleaseId } from './ids.ts';
import { parseRelease, serializeRelease } from './record.ts';
import type { Release } from './types.ts';

export const DEFAULT_RELEASES_DIR = 'data/releases';

/** The releases folder: `dir`, else env `ZP_RELEASES_DIR`, else `data/releases`, against the working directory. */
export function resolveReleasesDir(dir?: string): string {
  return resolve(process.cwd(), dir ?? (process.env.ZP_RELEASES_DIR || DEFAULT_RELEASES_DIR));
}

/** File names of releases in `dir` (`2026-12-04.json`), oldest first; other files are ignored. */
function releaseFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && parseReleaseId(name.slice(0, -'.json'.length)) !== null)
    .sort((a, b) => compareReleaseIds(a.slice(0, -5), b.slice(0, -5)));
}

const cache = new Map<string, { stamp: string; releases: Release[] }>();

/** Every release in the folder (none when it does not exist), oldest first. */
export function readReleases(dir?: string): Release[] {
  const abs = resolveReleasesDir(dir);
  const files = releaseFiles(abs);
  const stamp = files
    .map((name) => {
      const s = statSync(join(abs, name));
      return `${name}:${s.size}:${s.mtimeMs}`;
    })
    .join('|');
  const hit = cache.get(abs);
  if (hit && hit.stamp === stamp) return hit.releases;
  const releases = files.map((name) => {
    const release = parseRelease(readFileSync(join(abs, name), 'utf8'), join(abs, name));
    if (`${release.id}.json` !== name) throw new Error(`${join(abs, name)}: holds release ${release.id}; the file must be named ${release.id}.json`);
    return release;
  });
  cache.set(abs, { stamp, releases });
  return releases;
}

/** Writes `release` to `<dir>/<id>.json` (through a temporary file, so a reader never sees half of it). */
export function writeRelease(release: Release, dir?: string): string {
  const abs = resolveReleasesDir(dir);
  mkdirSync(abs, { recursive: true });
  const path = join(abs, `${release.id}.json`);
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, serializeRelease(release));
  renameSync(temp, path);
  return path;
}
