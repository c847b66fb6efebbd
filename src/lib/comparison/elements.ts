/**
 * Elements made in a given document: the page's in the browser, linkedom's in Node (as Plot's
 * `document` option). The comparison's renderers take the document as an argument, so they
 * use no DOM globals and run in unit tests. Text goes in as text nodes, never as markup.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number>;

type Children = Array<Node | string>;

function withContent<T extends Element>(node: T, attrs: Attributes, children: Children): T {
  for (const key in attrs) node.setAttribute(key, String(attrs[key]));
  node.append(...children);
  return node;
}

/** An SVG element with its attributes and children (text or nodes). */
export function svgNode<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attrs: Attributes, ...children: Children): SVGElementTagNameMap[K] {
  return withContent(doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K], attrs, children);
}

/** An HTML element with its attributes and children (text or nodes). */
export function htmlNode<K extends keyof HTMLElementTagNameMap>(doc: Document, name: K, attrs: Attributes, ...children: Children): HTMLElementTagNameMap[K] {
  return withContent(doc.createElement(name), attrs, children);
}
