import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingestFolder, listFiles, readRawFolder } from '../../src/lib/ingest/folder.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

const work = mkdtempSync(join(tmpdir(), 'zp-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'));

describe('listFiles', () => {
  it('lists every file under the folder, sorted, with / separators; folders and symlinks are not files', () => {
    const dir = join(work, 'list');
    for (const path of ['pengaduan/b.csv', 'kepatuhan/z/deep.csv', 'kepatuhan/a.csv', 'README.md', '.gitkeep']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), 'x');
    }
    symlinkSync(join(dir, 'kepatuhan', 'a.csv'), join(dir, 'kepatuhan', 'link.csv'));
    expect(listFiles(dir)).toEqual(['.gitkeep', 'README.md', 'kepatuhan/a.csv', 'kepatuhan/z/deep.csv', 'pengaduan/b.csv']);
  });
});

describe('ingestFolder', () => {
  it('runs the same ingest as files in memory', async () => {
    const dir = 'tests/fixtures/ingest/good/raw';
    const inMemory = readRawFolder(dir).map((f) => ({ path: f.path, bytes: f.bytes }));
    const options = { currentYear: 2026 };
    expect(await ingestFolder(dir, registry, aliases, options)).toEqual(ingest(inMemory, registry, aliases, options));
  });

  it('reads each file only when its turn comes', () => {
    const files = readRawFolder('tests/fixtures/ingest/good/raw');
    expect(Object.getOwnPropertyDescriptor(files[0]!, 'bytes')?.get).toBeTypeOf('function');
    expect(files[0]!.bytes).toEqual(readFileSync(join('tests/fixtures/ingest/good/raw', files[0]!.path)));
  });
});
