/**
 * The streaming ingest checks a file's bytes in reads of a fixed size before parsing
 * it (src/lib/ingest/file-check.ts). Wherever the read boundaries fall, it must find
 * the same decoding problem, on the same line, as `decodeCsv` on the whole file in
 * memory, and hash the file.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/lib/ingest/file-check.ts';
import { decodeCsv } from '../../src/lib/ingest/read.ts';

const work = mkdtempSync(join(tmpdir(), 'zp-file-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let fileNumber = 0;
function write(bytes: Uint8Array): string {
  const path = join(work, `f${fileNumber++}.csv`);
  writeFileSync(path, bytes);
  return path;
}

const ENDS_INSIDE = 'file is not valid UTF-8 (it ends inside a multi-byte character): save it as UTF-8';

const lineOf = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);

/**
 * What checkFile should say: decodeCsv's verdict, except for a file whose only flaw in
 * its bytes is a last character cut short (as the streaming decoder sees it): that is
 * reported as such, after NUL bytes.
 */
function expected(bytes: Uint8Array): { line: number; message: string } | null {
  const decoded = decodeCsv(bytes);
  if (decoded.ok || bytes.length === 0) return null;
  if (!decoded.message.startsWith('file is not valid UTF-8')) return { line: decoded.line, message: decoded.message };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return { line: decoded.line, message: decoded.message };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { line: lineOf(bytes, nul), message: 'file contains NUL bytes: is it a spreadsheet (.xlsx) rather than CSV?' };
  return { line: lineOf(bytes, bytes.length), message: ENDS_INSIDE };
}

describe('checkFile', () => {
  it('hashes the file and finds where its text starts', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Kode;Tahun\n11.01;2022\n')]);
    const check = await checkFile(write(bytes));
    expect(check).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, textStart: 3, decodeError: null });
  });

  it('agrees with decodeCsv wherever the reads are cut', async () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const pieces: number[][] = [[0x61], [0x3b], [0x0a], [0x0a], [0xc3, 0xa9], [0xe2, 0x80, 0x99], [0xf0, 0x9f, 0x98, 0x80], [0xe9], [0x92], [0x00], [0xe2, 0x82], [0xe0, 0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80]];
    for (let t = 0; t < 400; t++) {
      const parts: number[] = random() < 0.2 ? [0xef, 0xbb, 0xbf] : [];
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) parts.push(...(random() < 0.85 ? pick(pieces.slice(0, 7)) : pick(pieces)));
      const bytes = Uint8Array.from(parts);
      const path = write(bytes);
      for (const readSize of [8, 9, 11, 1 << 20]) {
        const check = await checkFile(path, readSize);
        expect(check.decodeError, `${JSON.stringify(parts)} in reads of ${readSize}`).toEqual(expected(bytes));
        expect(check.bytes === 0).toBe(bytes.length === 0);
        if (check.decodeError === null) expect(check.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      }
    }
  });
});
