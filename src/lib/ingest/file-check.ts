import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readChunks } from './read-chunks.ts';
import { firstInvalidUtf8 } from './read.ts';

/**
 * First pass over a raw file's bytes, before any parsing: its hash and size, and
 * whether it can be read as text (UTF-8, BOM allowed, no UTF-16, no NUL bytes).
 * A file that cannot be decoded is not parsed at all, so the decoding error is the
 * only problem reported for it, however large it is. Same checks, in the same
 * order of precedence, as `decodeCsv` (src/lib/ingest/read.ts) on bytes in memory.
 */

export interface FileCheck {
  /** SHA-256 of the file (of the part read, when reading stopped at a decoding error). */
  sha256: string;
  /** Size in bytes (0: the file is empty). */
  bytes: number;
  /** Where the text starts: after the UTF-8 byte order mark, if any (0, 3, or 6 for two, which TextDecoder also drops). */
  textStart: number;
  decodeError: { line: number; message: string } | null;
}

/** A valid UTF-8 lead byte's sequence length, or 0 (ASCII, continuation byte, or never valid). */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Bytes at the end of `bytes` that begin a multi-byte character the next read completes (0–3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const byte = bytes[bytes.length - k]!;
    if (byte >= 0x80 && byte <= 0xbf) continue; // continuation: look further back
    const length = sequenceLength(byte);
    return length > k ? k : 0;
  }
  return 0;
}

/** 1-based line of a byte offset in the text (the part after a BOM). */
async function lineAt(path: string, start: number, offset: number): Promise<number> {
  let line = 1;
  let seen = 0;
  for await (const bytes of readChunks(path, start)) {
    const end = Math.min(bytes.length, offset - seen);
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) line++;
    seen += bytes.length;
    if (seen >= offset) break;
  }
  return line;
}

/** @param readSize bytes per read (smaller in tests, to put read boundaries anywhere) */
export async function checkFile(path: string, readSize = 1 << 18): Promise<FileCheck> {
  const sha = createHash('sha256');
  let bytes = 0;
  let first = true;
  let textStart = 0;
  let utf16 = false;
  /** Text offsets (after the BOM) of the first invalid byte (and its value) and the first NUL byte. */
  let invalidAt = -1;
  let invalidByte = 0;
  let nulAt = -1;
  /** The start of a character cut by the end of the previous read. */
  let carry = Buffer.alloc(0);
  let textOffset = 0;
  /** Checks bytes that start and end on character boundaries; false at an invalid byte. */
  const checkWhole = (whole: Buffer): boolean => {
    if (!isUtf8(whole)) {
      const offset = firstInvalidUtf8(whole);
      invalidAt = textOffset + offset;
      invalidByte = whole[offset]!;
      return false;
    }
    if (nulAt < 0) {
      const nul = whole.indexOf(0);
      if (nul >= 0) nulAt = textOffset + nul;
    }
    textOffset += whole.length;
    return true;
  };
  for await (const chunk of readChunks(path, 0, readSize)) {
    let data = chunk;
    sha.update(data);
    if (first) {
      first = false;
      utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
      if (utf16) {
        bytes = data.length;
        break;
      }
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        data = data.subarray(3);
        textStart = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 6 : 3;
      }
    }
    bytes += chunk.length;
    if (carry.length > 0) {
      // Complete the cut character with this read's first bytes (a few bytes joined).
      const needed = Math.min(sequenceLength(carry[0]!) - carry.length, data.length);
      carry = Buffer.concat([carry, data.subarray(0, needed)]);
      data = data.subarray(needed);
      if (carry.length < sequenceLength(carry[0]!)) continue;
      if (!checkWhole(carry)) break;
      carry = Buffer.alloc(0);
    }
    const keep = incompleteTail(data);
    if (!checkWhole(data.subarray(0, data.length - keep))) break;
    carry = Buffer.from(data.subarray(data.length - keep));
  }
  if (invalidAt < 0 && carry.length > 0) {
    // The file ends inside a character: an impossible sequence is an invalid byte, a cut one is reported as such.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(carry, { stream: true });
    } catch {
      invalidAt = textOffset;
      invalidByte = carry[0]!;
    }
  }
  const start = Math.min(textStart, 3);
  let decodeError: FileCheck['decodeError'] = null;
  if (utf16) {
    decodeError = { line: 1, message: 'file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)' };
  } else if (invalidAt >= 0) {
    const byte = invalidByte.toString(16).toUpperCase().padStart(2, '0');
    decodeError = {
      line: await lineAt(path, start, invalidAt),
      message: `file is not valid UTF-8 (byte 0x${byte}; Windows-1252/Latin-1 export?): save it as UTF-8 (CSV UTF-8 in Excel)`,
    };
  } else if (nulAt >= 0) {
    decodeError = { line: await lineAt(path, start, nulAt), message: 'file contains NUL bytes: is it a spreadsheet (.xlsx) rather than CSV?' };
  } else if (carry.length > 0) {
    decodeError = { line: await lineAt(path, start, Infinity), message: 'file is not valid UTF-8 (it ends inside a multi-byte character): save it as UTF-8' };
  }
  return { sha256: sha.digest('hex'), bytes, textStart, decodeError };
}
