import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file's content: a whole string, or pieces written one at a time (a large complaints.json is never one string). */
export type FileContent = string | Iterable<string>;

function writeContent(path: string, content: FileContent): void {
  if (typeof content === 'string') return writeFileSync(path, content);
  const fd = openSync(path, 'w');
  try {
    for (const piece of content) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes all files into a fresh sibling folder, then swaps it in, so `outDir` is
 * either entirely the old output or entirely the new one — never half-written.
 */
export function writeFolderAtomically(outDir: string, files: Record<string, FileContent>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const temp = mkdtempSync(join(parent, `.${basename(outDir)}.new-`));
  const old = temp.replace(/\.new-(\w+)$/, '.old-$1');
  try {
    for (const [name, content] of Object.entries(files)) writeContent(join(temp, name), content);
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(temp, outDir);
  } catch (err) {
    if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
    rmSync(temp, { recursive: true, force: true });
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

/** An array as JSON with one element per line, produced element by element. */
export function* jsonLines(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** JSON with one array element per line (jsonLines), other values indented: readable, diffable, deterministic. */
export function toJsonLines(value: unknown): string {
  return Array.isArray(value) ? [...jsonLines(value)].join('') : `${JSON.stringify(value, null, 2)}\n`;
}
