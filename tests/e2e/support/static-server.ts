import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.zip': 'application/zip',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv', '.txt', '.xml']);

export interface ServeOptions {
  /** Sent with every response (e.g. a Content-Security-Policy, as docs/DEPLOY.md tells hosts). */
  headers?: Record<string, string>;
  /** Also gzip text when the client accepts it and cache `_astro/` hashed assets for a year, as docs/DEPLOY.md describes. */
  likeAHost?: boolean;
}

/**
 * Serves a built `dist/` under a base path the way a static host does (dir → index.html, else 404.html).
 */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send404 = () => {
      res.statusCode = 404;
      const page = join(root, '404.html');
      if (existsSync(page)) {
        res.setHeader('content-type', TYPES['.html']!);
        createReadStream(page).pipe(res);
      } else res.end('not found');
    };
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return send404();
    const rel = path.slice(prefix.length - 1);
    let file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) && file !== root) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.statusCode = 301;
        res.setHeader('location', `${path}/`);
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send404();
    const ext = extname(file);
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    if (options.likeAHost) {
      res.setHeader('cache-control', rel.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.setHeader('content-encoding', 'gzip');
        res.setHeader('vary', 'Accept-Encoding');
        createReadStream(file).pipe(createGzip()).pipe(res);
        return;
      }
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
