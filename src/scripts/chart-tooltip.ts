/**
 * Progressive enhancement for build-time charts: a styled tooltip for marks that
 * carry an SVG <title> (Plot's `title` channel). The title text moves to
 * `data-tip` (so the browser's own tooltip does not show twice) and appears next to
 * the pointer. The data table beside every chart holds the same numbers for
 * keyboard and screen-reader users; nothing here is needed to read a chart.
 */

const TIP_CLASS = 'chart-tip';
let tip: HTMLDivElement | null = null;

function prepare(svg: SVGSVGElement): void {
  if (svg.hasAttribute('data-tips')) return;
  svg.setAttribute('data-tips', '');
  for (const title of Array.from(svg.querySelectorAll('title'))) {
    const parent = title.parentElement;
    if (!parent || parent === (svg as Element)) continue;
    parent.setAttribute('data-tip', title.textContent ?? '');
    title.remove();
  }
}

function show(text: string, x: number, y: number): void {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = TIP_CLASS;
    tip.setAttribute('aria-hidden', 'true');
    document.body.append(tip);
  }
  tip.textContent = text;
  tip.hidden = false;
  const pad = 12;
  const { width, height } = tip.getBoundingClientRect();
  const left = Math.min(x + pad, window.innerWidth - width - 4);
  const top = y - height - pad < 4 ? y + pad : y - height - pad;
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${top}px`;
}

function hide(): void {
  if (tip) tip.hidden = true;
}

for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart-svg'))) prepare(svg);

document.addEventListener('pointermove', (event) => {
  const target = event.target instanceof Element ? event.target.closest('svg.chart-svg [data-tip]') : null;
  if (target) show(target.getAttribute('data-tip') ?? '', event.clientX, event.clientY);
  else hide();
});
document.addEventListener('scroll', hide, { passive: true });
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
