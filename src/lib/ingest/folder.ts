import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RegistryFile } from '../types.ts';
import { ingest, type IngestOptions, type IngestResult, type RawFile } from './ingest.ts';
import type { Alias } from '../printed/match.ts';

/** Relative paths (with `/`) of every file under `dir`, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every file under `dir` (sorted, relative paths with `/`), each read from disk only when its bytes are asked for. */
export function readRawFolder(dir: string): RawFile[] {
  return listFiles(dir).map((path) => ({
    path,
    get bytes() {
      return readFileSync(join(dir, path));
    },
  }));
}

/** Ingests a raw folder: what the CLI runs (the same code as `ingest()` on files in memory). */
export function ingestFolder(dir: string, registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): IngestResult {
  return ingest(readRawFolder(dir), registry, aliases, options);
}
