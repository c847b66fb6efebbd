import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

/**
 * SVG → PNG with sharp (librsvg), with an optional content-addressed disk cache.
 *
 * Determinism: sharp writes no timestamps or metadata, and the same SVG, libvips,
 * librsvg and fonts give the same pixels and bytes. The cache key is the SHA-256 of
 * the SVG, the PNG options and the libvips/librsvg versions, so a hit returns the
 * bytes a fresh render would give. Fonts are not part of the key: after installing
 * or removing fonts, delete the cache folder.
 */

export interface RasterOptions {
  /** Folder for cached PNGs (e.g. `node_modules/.cache/zona-pelayanan/png`); none when absent. */
  cacheDir?: string | null;
}

export interface PngResult {
  png: Buffer;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
  /** True when the bytes came from the cache. */
  cached: boolean;
}

/**
 * The PNG cache folder for builds: env `ZP_PNG_CACHE_DIR`, else
 * `node_modules/.cache/zona-pelayanan/png` under the working directory. Shared by
 * every build on the machine (tests and bench build several sites side by side):
 * entries are content-addressed and written atomically, so sharing is safe and a
 * second build only renders what changed. Never pruned; deleting it is always safe.
 */
export function pngCacheDir(): string {
  const own = process.env.ZP_PNG_CACHE_DIR;
  return own ? resolve(own) : resolve('node_modules', '.cache', 'zona-pelayanan', 'png');
}

/**
 * Fixed PNG settings: an 8-bit palette (libimagequant, up to 256 colours at quality 100,
 * sharp's defaults) without dithering, zlib level 6 without adaptive filtering. A share card
 * has a few flat zone colours plus anti-aliased text: the palette keeps them exact and halves
 * the file (~65 → ~31 KB a card, 552 cards ≈ −19 MB of dist). Effort 1 (fastest quantisation)
 * costs ~50 ms more per card than truecolour; the default effort 7 would cost ~150 ms.
 * No dithering: it would only add noise to flat areas (and bytes).
 */
const PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false, palette: true, quality: 100, colors: 256, effort: 1, dither: 0 } as const;
/** Bump to invalidate every cached PNG after a change in how PNGs are made. */
const CACHE_VERSION = 2;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const buffer = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE) || buffer.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** The cache key of an SVG: changes with the SVG, the PNG settings and the renderer versions. */
export function cacheKey(svg: string): string {
  return createHash('sha256')
    .update(`zp-png/${CACHE_VERSION}/${sharp.versions.vips}/${sharp.versions.rsvg ?? ''}/${JSON.stringify(PNG_OPTIONS)}\0`)
    .update(svg)
    .digest('hex');
}

function cachePath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.png`);
}

async function readCached(path: string): Promise<PngResult | null> {
  let png: Buffer;
  try {
    png = await readFile(path);
  } catch {
    return null;
  }
  const size = pngSize(png);
  return size ? { png, ...size, cached: true } : null;
}

async function writeCached(path: string, png: Buffer): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  // Write then rename, so a parallel build never reads half a file.
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, path);
}

/** Renders an SVG (with width/height in output pixels) to PNG, through the cache when given. */
export async function rasterize(svg: string, options: RasterOptions = {}): Promise<PngResult> {
  const path = options.cacheDir ? cachePath(options.cacheDir, cacheKey(svg)) : null;
  if (path) {
    const hit = await readCached(path);
    if (hit) return hit;
  }
  const { data, info } = await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer({ resolveWithObject: true });
  if (path) await writeCached(path, data);
  return { png: data, width: info.width, height: info.height, cached: false };
}
