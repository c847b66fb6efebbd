/**
 * Runs inside every embed (src/layouts/Embed.astro):
 * - render flags from the URL, like Datawrapper's: `?theme=light|dark|auto` forces or
 *   follows the colour scheme; `?plain=1` hides the title and the source line (for
 *   print layouts; the demo-data notice stays);
 * - links that leave the embed open in a new tab instead of inside the iframe;
 * - auto-height: posts `{ type: 'zona-pelayanan:height', height, href }` to the parent
 *   page whenever the content's height changes (docs/EMBED.md has the host snippet).
 */
import { HEIGHT_MESSAGE } from '../lib/embed.ts';

const root = document.documentElement;
const params = new URLSearchParams(window.location.search);
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
if (params.get('plain') === '1') root.dataset.plain = '';

// Decided on click, so links drawn later (the comparison's region chips) open in a new tab too;
// setAttribute, not `.target =`: the map's regions are SVG <a> elements, whose `target` is read-only.
document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (link && !link.getAttribute('href')!.startsWith('#')) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener');
    }
  },
  true,
);

let lastHeight = 0;
function postHeight(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height, href: window.location.href }, '*');
}
new ResizeObserver(postHeight).observe(document.body);
window.addEventListener('load', postHeight);
postHeight();
