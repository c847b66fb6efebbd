import { parseHTML } from 'linkedom';

/**
 * Build-time SVG for Observable Plot: a linkedom document to render into, and the
 * finishing pass every chart gets before its markup is inlined with `set:html`.
 *
 * Escaping: Plot sets all text (tick labels, `text` marks, `title` tooltips) as DOM
 * text nodes and attribute values, and linkedom escapes `& < > " '` when it
 * serialises them (tests/unit/charts-trend.test.ts checks this with markup in a
 * region name). The title and description added here are text nodes too. So the
 * strings returned by `finishSvg` contain no unescaped data.
 */

let doc: Document | null = null;

/** One shared linkedom document (creating a document per chart costs more than the chart). */
export function chartDocument(): Document {
  doc ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
  return doc;
}

/**
 * Axis option: no `font-variant` attribute. Plot writes `font-variant="tabular-nums"` on the
 * tick-label group of every quantitative axis, a value SVG's `font-variant` presentation
 * attribute does not take (the Nu HTML Checker rejects it). `null` (Plot types it as a string,
 * but keeps null as "no attribute": `string(null)` is null and `applyAttr` skips it) leaves it
 * out; the site's CSS gives chart text `font-variant-numeric: tabular-nums` instead
 * (src/styles/global.css, `svg.chart-svg text`). Spread into every axis: `y: { …, ...NO_FONT_VARIANT }`.
 */
export const NO_FONT_VARIANT = { fontVariant: null as unknown as string } as const;

const NUMERIC_ATTRS = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'points'];

/**
 * Rounds every decimal in an attribute to 1 place (Plot prints 95.00000000000001): a tenth of a
 * unit is a tenth of a pixel at the charts' reference sizes, below what a screen or print shows.
 */
function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d{2,}/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

export interface FinishOptions {
  /** Unique on the page; the title gets `${id}-title`, the description `${id}-desc`. */
  id: string;
  title: string;
  desc?: string;
  /**
   * The id of another rendering of the same chart on the page (the wide one, for the narrow):
   * this one is labelled and described by that one's title and description instead of
   * repeating them (aria-labelledby may point to a hidden element).
   */
  labelledBy?: string;
  className: string;
  /** Font size in px for the chart's text (Plot's default is 10). */
  fontSize?: number;
  /**
   * Markup drawn first, behind the marks (from `innerMarkup`): the part of a chart that
   * is the same for every region (axes, zone bands), rendered once and reused.
   */
  background?: string;
}

/** No inline `<style>`, `role="group"` on every `<g aria-label>`, rounded coordinates. */
function clean(svg: Element): void {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const g of svg.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
  for (const el of svg.querySelectorAll('*')) {
    for (const name of NUMERIC_ATTRS) {
      const value = el.getAttribute(name);
      if (value !== null && value.includes('.')) el.setAttribute(name, roundNumbers(value));
    }
  }
}

/** The cleaned children of a Plot SVG as markup, to pass as another chart's `background`. */
export function innerMarkup(svg: Element): string {
  clean(svg);
  return svg.innerHTML;
}

const BACKGROUND_SLOT = 'chart-background';

/**
 * Makes a Plot SVG ready to inline: no inline `<style>` (the site's CSS sizes charts:
 * `width: 100%; height: auto`, the viewBox keeps the ratio), the page's font, an
 * accessible name (`role="img"` + `<title>`/`<desc>` via aria-labelledby), `role="group"`
 * on every `<g aria-label>` (axe flags aria-label on a role-less `g`), rounded coordinates.
 */
export function finishSvg(svg: Element, options: FinishOptions): string {
  const document = chartDocument();
  clean(svg);
  svg.setAttribute('class', options.className);
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(options.fontSize ?? 12));
  svg.setAttribute('role', 'img');
  svg.setAttribute('id', options.id);
  const nodes: Node[] = [];
  const labels = options.labelledBy ?? options.id;
  if (options.labelledBy === undefined) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.setAttribute('id', `${options.id}-title`);
    title.textContent = options.title;
    nodes.push(title);
  }
  if (options.desc) {
    if (options.labelledBy === undefined) {
      const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
      desc.setAttribute('id', `${options.id}-desc`);
      desc.textContent = options.desc;
      nodes.push(desc);
    }
    svg.setAttribute('aria-describedby', `${labels}-desc`);
  }
  if (options.background !== undefined) nodes.push(document.createComment(BACKGROUND_SLOT));
  svg.prepend(...nodes);
  svg.setAttribute('aria-labelledby', `${labels}-title`);
  const markup = svg.outerHTML;
  return options.background === undefined ? markup : markup.replace(`<!--${BACKGROUND_SLOT}-->`, () => options.background!);
}
