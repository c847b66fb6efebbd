import { ascending } from 'd3-array';
import { zipSync, type Zippable } from 'fflate';

/**
 * A deterministic zip of the data package: the same files give a byte-identical
 * archive on any machine, in any time zone, at any time. Entries are sorted by
 * path (code-unit order), every entry has the same fixed modification time,
 * compression settings are fixed, and there is no archive comment.
 *
 * fflate writes the DOS time from the *local* date fields (getFullYear, getHours…),
 * so the fixed time is built from local fields too: it encodes the same on every machine.
 */

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, relative (e.g. `data/scores.csv`). */
  path: string;
  data: Uint8Array | string;
}

export interface ZipOptions {
  /** Deflate level for compressible files, 0–9 (default 6). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** Already-compressed formats are stored (level 0): deflating them again only costs time. */
const STORED = /\.(png|jpe?g|gif|webp|avif|zip|gz|br|woff2?)$/i;

/** 1980-01-01 12:00 (the DOS epoch, at noon so no midnight time-zone change can shift it), from local fields. */
function fixedTime(): Date {
  return new Date(1980, 0, 1, 12, 0, 0);
}

function checkPath(path: string): void {
  const bad =
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.endsWith('/') ||
    path.split('/').some((part) => part === '' || part === '.' || part === '..') ||
    // fflate keeps entries in object-key order, and JS puts integer-like keys first.
    /^(0|[1-9]\d*)$/.test(path);
  if (bad) throw new Error(`zip: invalid entry path ${JSON.stringify(path)}`);
}

const encoder = new TextEncoder();

/** The archive bytes (strings are stored as UTF-8, without a BOM added). Throws on duplicate or unsafe paths. */
export function deterministicZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const level = options.level ?? 6;
  const sorted = [...entries].sort((a, b) => ascending(a.path, b.path));
  const files: Zippable = {};
  const mtime = fixedTime();
  for (let i = 0; i < sorted.length; i += 1) {
    const entry = sorted[i]!;
    checkPath(entry.path);
    if (i > 0 && sorted[i - 1]!.path === entry.path) throw new Error(`zip: duplicate entry ${entry.path}`);
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    files[entry.path] = [data, { level: STORED.test(entry.path) ? 0 : level, mtime }];
  }
  return zipSync(files, { level, mtime });
}
