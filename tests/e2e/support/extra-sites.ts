import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSite, cleanEnv, ROOT } from '../quality/site.ts';

/**
 * The sites some e2e files need besides the small site, each built from its own data or settings.
 * The e2e global setup builds them with the small site, two builds at a time (a build keeps about
 * one core busy), and provides them as `extraSites`; a file reads its site with `extraSite(name)`.
 */
export const EXTRA_SITES = {
  /** The demo data (2015–2024, zones only): map.test.ts recolours the home map in place. */
  demo: async (work: string) => {
    const raw = join(work, 'raw');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/generate-demo-data.ts', '--out', raw], { cwd: ROOT, env: cleanEnv() });
    return buildSite({ work, raw, provinces: TINY_SITE_PROVINCES });
  },
  /** One province (Lampung) with ZP_SITE and a base path: findable.test.ts (sitemap, absolute URLs, JSON-LD). */
  zona: (work: string) => buildSite({ work, ingestArgs: ['--provinces', '18', '--quiet'], env: { ZP_SITE: ZONA_SITE, ZP_BASE: ZONA_BASE } }),
  /** tests/fixtures/malicious ingested with --skip-unknown, one file renamed to HOSTILE_FILE: quality/malicious.test.ts. */
  malicious: (work: string) => {
    const raw = join(work, 'raw');
    cpSync(join(ROOT, 'tests', 'fixtures', 'malicious', 'raw'), raw, { recursive: true });
    renameSync(join(raw, 'kepatuhan', 'nama-berkas-jahat.csv'), join(raw, ...HOSTILE_FILE.split('/')));
    return buildSite({ work, raw, ingestArgs: ['--skip-unknown'], provinces: TINY_SITE_PROVINCES });
  },
} as const satisfies Record<string, (work: string) => Promise<ExtraSite>>;

export type ExtraSiteName = keyof typeof EXTRA_SITES;

/**
 * The provinces of the extra sites built from their own data (the malicious-data fixture, which
 * is about Lampung; the demo data): five small provinces, 35 kabupaten/kota — enough for every
 * page type (a folder needs 5 siblings to count as a parameter, see tests/e2e/quality/site.ts)
 * in a third of the small site's build time.
 */
export const TINY_SITE_PROVINCES = ['18', '31', '34', '65', '93'];

/** The origin and base path of the `zona` site. */
export const ZONA_SITE = 'https://zona.example';
export const ZONA_BASE = '/zona/';

/** The malicious fixture's file with a hostile name: a path under raw/, as the ingest reports it. */
export const HOSTILE_FILE = `kepatuhan/"><svg onload=alert('zpxss-file')> \u202Evsc.'q' zpxss-file.csv`;

export interface ExtraSite {
  dataDir: string;
  distDir: string;
  /** What the ingest wrote to stderr (warnings). */
  ingestStderr: string;
}

/**
 * Builds the extra site `name` into `<work>/<name>/` (reused with ZP_E2E_SKIP_BUILD=1 when built
 * before). A site that fails to build is returned as its error, so only the tests that need it
 * fail, with the build's message.
 */
export async function buildExtraSite(work: string, name: ExtraSiteName): Promise<ExtraSite | { error: string }> {
  const dir = join(work, name);
  const stderrFile = join(dir, 'ingest-stderr.txt');
  try {
    if (process.env.ZP_E2E_SKIP_BUILD === '1' && existsSync(join(dir, 'dist', 'index.html')) && existsSync(stderrFile)) {
      return { dataDir: join(dir, 'processed'), distDir: join(dir, 'dist'), ingestStderr: readFileSync(stderrFile, 'utf8') };
    }
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const site = await EXTRA_SITES[name](dir);
    writeFileSync(stderrFile, site.ingestStderr);
    return site;
  } catch (err) {
    return { error: `extra site "${name}" (${dir}): ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The site `name` from the provided `extraSites` (`inject('extraSites')`); throws the build's error if it failed. */
export function extraSite(sites: Record<string, ExtraSite | { error: string }>, name: ExtraSiteName): ExtraSite {
  const site = sites[name];
  if (site === undefined) throw new Error(`extra site "${name}" was not built: add it to the extras in the project's global setup`);
  if ('error' in site) throw new Error(site.error);
  return site;
}
