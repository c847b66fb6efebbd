import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isMinifiedFile, minifyPage, summaryLine } from '../lib/html-minify.ts';

/**
 * Minifies every built HTML page in place once `astro build` has written them (any build:
 * the full site, the tests' small site, a build under a base path). Settings and rules:
 * src/lib/html-minify.ts. One summary line through Astro's logger (not shown by --silent).
 */
export function minifyHtmlIntegration(): AstroIntegration {
  return {
    name: 'zona-pelayanan:minify-html',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(isMinifiedFile).sort();
        let bytesBefore = 0;
        let bytesAfter = 0;
        for (const file of files) {
          const path = join(outDir, file);
          const html = readFileSync(path);
          const minified = minifyPage(html);
          bytesBefore += html.length;
          bytesAfter += minified.length;
          writeFileSync(path, minified);
        }
        logger.info(summaryLine({ pages: files.length, bytesBefore, bytesAfter, seconds: (performance.now() - start) / 1000 }));
      },
    },
  };
}
