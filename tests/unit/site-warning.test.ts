/**
 * astro.config.mjs: a build without ZP_SITE says so once (astro:build:start, not per page) and
 * gives Astro no `site`, so nothing can turn a path into http://localhost:… .
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';

const saved = process.env.ZP_SITE;
afterEach(() => {
  if (saved === undefined) delete process.env.ZP_SITE;
  else process.env.ZP_SITE = saved;
  vi.resetModules();
});

async function config(site: string | undefined) {
  if (site === undefined) delete process.env.ZP_SITE;
  else process.env.ZP_SITE = site;
  vi.resetModules();
  return (await import('../../astro.config.mjs')).default;
}

async function warnings(site: string | undefined): Promise<string[]> {
  const cfg = await config(site);
  const integration = (cfg.integrations as AstroIntegration[]).find((i) => i.name === 'zona-pelayanan:site-warning')!;
  const warn = vi.fn<(message: string) => void>();
  const logger = { warn, info: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: 'test', options: {} } as unknown as AstroIntegrationLogger;
  const hook = integration.hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => void;
  hook({ logger });
  return warn.mock.calls.map(([message]) => message);
}

describe('ZP_SITE in astro.config.mjs', () => {
  it('unset: no site, and one warning at the start of the build that says what to do', async () => {
    expect((await config(undefined)).site).toBeUndefined();
    const messages = await warnings(undefined);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/ZP_SITE is not set/);
    expect(messages[0]).toMatch(/ZP_SITE=https:\/\//);
    expect(messages[0]).toMatch(/docs\/DEPLOY\.md/);
  });

  it('set: the site, and no warning', async () => {
    expect((await config('https://zona.example')).site).toBe('https://zona.example');
    expect(await warnings('https://zona.example')).toEqual([]);
  });
});
