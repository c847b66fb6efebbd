/**
 * The charts' hatching for "no published figure" (the region trend and the province page's
 * mini charts): diagonal lines 6 px apart, washed with the background, the map's "not assessed"
 * look laid over the zone bands. A chart defines the pattern once, under its own id (unique on
 * the page), and fills its hatched columns with `hatchFill` of the same id.
 */

const patternId = (chartId: string) => `${chartId}-hatch`;

/** `<defs>` with the hatch pattern of chart `chartId`, as markup for the chart's `background` (finishSvg). */
export function hatchPattern(chartId: string): string {
  return (
    `<defs><pattern id="${patternId(chartId)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    '<rect width="6" height="6" fill="var(--color-bg, #fff)" fill-opacity="0.6"/>' +
    '<path d="M0 0V6" stroke="var(--color-muted, #5c6470)" stroke-width="1.5" stroke-opacity="0.7"/></pattern></defs>'
  );
}

/** The fill that paints with chart `chartId`'s hatch pattern. */
export function hatchFill(chartId: string): string {
  return `url(#${patternId(chartId)})`;
}
