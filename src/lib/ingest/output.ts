import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

/** A file's content: a whole string, or lines produced one at a time (written as they come). */
export type FileContent = string | Iterable<string>;

async function writeContent(path: string, content: FileContent): Promise<void> {
  if (typeof content === 'string') {
    writeFileSync(path, content);
    return;
  }
  const out = createWriteStream(path);
  let failure: Error | null = null;
  out.on('error', (err) => (failure = err));
  for (const piece of content) {
    if (failure) break;
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  if (failure) throw failure;
}

/**
 * Writes all files into a fresh sibling folder, then swaps it in, so `outDir` is
 * either entirely the old output or entirely the new one — never half-written.
 */
export async function writeFolderAtomically(outDir: string, files: Record<string, FileContent>): Promise<void> {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const temp = mkdtempSync(join(parent, `.${basename(outDir)}.new-`));
  try {
    for (const [name, content] of Object.entries(files)) await writeContent(join(temp, name), content);
  } catch (err) {
    rmSync(temp, { recursive: true, force: true });
    throw err;
  }
  let old: string | null = null;
  if (existsSync(outDir)) {
    old = mkdtempSync(join(parent, `.${basename(outDir)}.old-`));
    rmSync(old, { recursive: true });
    renameSync(outDir, old);
  }
  try {
    renameSync(temp, outDir);
  } catch (err) {
    if (old !== null) renameSync(old, outDir);
    rmSync(temp, { recursive: true, force: true });
    throw err;
  }
  if (old !== null) rmSync(old, { recursive: true, force: true });
}

/** The same layout as toJsonLines for an array, produced element by element. */
export function* jsonLines(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** JSON with one array element per line: readable, diffable, deterministic. */
export function toJsonLines(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]\n' : `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n`;
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}
