/**
 * Files made in the browser: saving a Blob under a name, and a standalone SVG drawn as a
 * PNG at 2× (the same pixels per CSS px as the charts on a sharp screen). Shared by the
 * download tools under every chart and map (png-download.ts) and the comparison's
 * downloads (compare-downloads.ts).
 */

/** Output pixels per CSS px of PNG downloads. */
export const PNG_SCALE = 2;

export function save(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The SVG's layout size from its `width`/`height` attributes (what the static downloads carry). */
export function svgSize(text: string): { width: number; height: number } | null {
  const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  return root.localName === 'svg' && width > 0 && height > 0 ? { width, height } : null;
}

/** A standalone SVG (text) drawn on a canvas at `scale` × its `width` × `height`, as PNG. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = PNG_SCALE): Promise<Blob> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('PNG: no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(image.src);
  }
}
