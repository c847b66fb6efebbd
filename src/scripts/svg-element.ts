/** An SVG element with its attributes, for the charts and pictures drawn in the browser. */
import { svgNode } from '../lib/comparison/elements.ts';

export function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  return svgNode(document, name, attrs);
}
