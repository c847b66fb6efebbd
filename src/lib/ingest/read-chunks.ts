import { open } from 'node:fs/promises';

/**
 * A file's bytes in chunks read into two buffers used in turn: no new memory per
 * read (a read stream takes a fresh buffer for each, and fresh pages are slow to
 * fault in), and the next read runs while the caller works on a chunk. Each chunk
 * is valid only until the next one is asked for.
 */
export async function* readChunks(path: string, start = 0, size = 1 << 18): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let turn = 0;
  /** The read in flight; its failure is handled where it is awaited (or dropped when the caller stopped). */
  const read = (position: number) => {
    const promise = file.read(buffers[turn]!, 0, size, position);
    promise.catch(() => undefined);
    return promise;
  };
  let pending: ReturnType<typeof read> | null = read(start);
  try {
    let position = start;
    for (;;) {
      const { bytesRead, buffer } = await pending;
      pending = null;
      if (bytesRead === 0) return;
      position += bytesRead;
      turn = 1 - turn;
      pending = read(position);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // A caller that stops early leaves a read in flight: let it end before closing.
    await pending?.then(undefined, () => undefined);
    await file.close();
  }
}
