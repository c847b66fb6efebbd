/** Keeps the map's hatching ("no published figure") about 6 px apart whatever size the map is drawn at. */

function fitHatch(svg: SVGSVGElement): void {
  const pattern = svg.querySelector('pattern');
  const width = svg.getBoundingClientRect().width;
  if (!pattern || width === 0) return;
  const unitsPerPx = svg.viewBox.baseVal.width / width;
  const size = Math.max(1, Math.round(6 * unitsPerPx));
  pattern.setAttribute('width', String(size));
  pattern.setAttribute('height', String(size));
  pattern.querySelector('rect')?.setAttribute('width', String(size));
  pattern.querySelector('rect')?.setAttribute('height', String(size));
  const line = pattern.querySelector('path');
  if (line) {
    line.setAttribute('d', `m0 0v${size}`);
    line.style.strokeWidth = `${(1.5 * unitsPerPx).toFixed(1)}px`; // CSSOM: fine under a strict style-src
  }
}

/** Fits the hatching now and whenever the map is resized. */
export function keepHatchFitted(svg: SVGSVGElement): void {
  fitHatch(svg);
  new ResizeObserver(() => fitHatch(svg)).observe(svg);
}
