/**
 * The chips of the chosen regions above the comparison (src/scripts/compare.ts): each with
 * the swatch of its line (the chart's key on the page), its name linking to its page and a
 * remove button. Names go in as text.
 */
import type { SearchEntry } from '../lib/model/search.ts';
import { htmlNode } from '../lib/comparison/elements.ts';
import { swatch } from '../lib/comparison/style.ts';

export function renderChips(
  chips: HTMLUListElement,
  codes: readonly string[],
  names: ReadonlyMap<string, SearchEntry>,
  removeLabel: string,
  onRemove: (code: string) => void,
): void {
  chips.replaceChildren(
    ...codes.map((code, i) => {
      const entry = names.get(code);
      const link = htmlNode(document, 'a', { href: entry?.u ?? '#' }, entry?.n ?? code);
      const button = htmlNode(document, 'button', { type: 'button', 'aria-label': removeLabel.replace('{name}', entry?.n ?? code) }, '×');
      button.addEventListener('click', () => onRemove(code));
      return htmlNode(document, 'li', { 'data-code': code }, swatch(document, i), link, button);
    }),
  );
}
