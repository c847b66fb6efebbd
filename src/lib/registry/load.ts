import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RegistryFile } from '../types.ts';
import { buildRegistry } from './registry.ts';

/** The registry package and its data licence, recorded in regions.json and the manifest. */
export const REGISTRY_PACKAGE = 'idn-area-data';
export const REGISTRY_LICENSE = 'ODbL-1.0 (data files); MIT (code)';

/**
 * Reads the registry from the installed idn-area-data package's CSV files
 * (not its JS API, whose `engines` asks for Node 22).
 */
export function loadInstalledRegistry(): RegistryFile {
  const require = createRequire(import.meta.url);
  // The package has no `exports` map, so its package.json resolves directly.
  const pkgPath = require.resolve(`${REGISTRY_PACKAGE}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  const dataDir = join(dirname(pkgPath), 'data');
  const registry = buildRegistry(readFileSync(join(dataDir, 'provinces.csv'), 'utf8'), readFileSync(join(dataDir, 'regencies.csv'), 'utf8'));
  return {
    source: { package: REGISTRY_PACKAGE, version: pkg.version, licence: REGISTRY_LICENSE },
    ...registry,
  };
}
