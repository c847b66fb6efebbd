/**
 * "PNG" in the download tools (src/components/ShareTools.astro). The PNG is made here, at the
 * click, from the chart's framed SVG download (title, key and source inside; the static file
 * next to it, for the language and year shown), drawn at 2× — so the site ships one picture
 * file per chart instead of two. Without JavaScript the item stays hidden and the SVG link
 * remains.
 */
import { save, svgSize, svgToPng } from './picture-files.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-png-from]')) {
  const item = button.closest<HTMLElement>('[data-png-item]');
  if (item) item.hidden = false;
  const status = item?.querySelector<HTMLElement>('[data-png-status]') ?? null;
  button.addEventListener('click', async () => {
    button.disabled = true;
    if (status) status.textContent = button.dataset.working ?? '';
    try {
      const response = await fetch(button.dataset.pngFrom!);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      const size = svgSize(text);
      if (!size) throw new Error('not an SVG with a size');
      save(button.dataset.file!, await svgToPng({ text, ...size }));
      if (status) status.textContent = button.dataset.done ?? '';
    } catch {
      if (status) status.textContent = button.dataset.failed ?? '';
    } finally {
      button.disabled = false;
    }
  });
}
