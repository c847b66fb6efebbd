import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RegistryFile } from '../types.ts';
import { createIngestSession, type FileIngest, type IngestOptions, type IngestResult } from './ingest.ts';
import type { Alias } from './match.ts';
import { streamCsvFile } from './stream.ts';

/** Relative paths (with `/`) of every file under `dir`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Ingests a raw folder by streaming each file: memory stays flat however many rows
 * the files hold (only the compact dataset grows). Same checks and messages as
 * `ingest()`, which reads files held in memory.
 */
export async function ingestFolder(dir: string, registry: RegistryFile, aliases: readonly Alias[], options: IngestOptions): Promise<IngestResult> {
  const session = createIngestSession(registry, aliases, options);
  for (const path of listFiles(dir)) {
    const full = join(dir, ...path.split('/'));
    const kind = session.classify(path, () => readFileSync(full, 'utf8'));
    if (kind === null) continue;
    options.onProgress?.(`reading ${path}`);
    let handle: FileIngest | null = null;
    const info = await streamCsvFile(
      full,
      (line, cells) => handle!.row(line, cells),
      (delimiter) => {
        handle = session.beginFile(path, kind, delimiter);
      },
    );
    handle ??= session.beginFile(path, kind, info.delimiter);
    (handle as FileIngest).end({ sha256: info.sha256, decodeError: info.decodeError, quoteProblems: info.quoteProblems, blank: info.blank });
  }
  return session.finish();
}
