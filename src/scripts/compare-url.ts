/**
 * The comparison's address: `?d=` holds the selection (src/lib/comparison/selection.ts), so the
 * page URL, the share link under the comparison and the embed code of its ShareTools all
 * follow the chosen regions.
 */

/** Writes `codes` into the page URL (no new history entry), the share link and the embed code and links. */
export function writeSelection(codes: readonly string[], share: HTMLAnchorElement): void {
  const url = new URL(window.location.href);
  if (codes.length) url.searchParams.set('d', codes.join(','));
  else url.searchParams.delete('d');
  // Keep the commas readable in a shared link.
  const search = url.search.replace(/%2C/gi, ',');
  window.history.replaceState(null, '', `${url.pathname}${search}${url.hash}`);
  share.href = `${url.pathname}${search}`;
  share.textContent = new URL(share.href, window.location.href).href;
  // The embed code under the comparison (ShareTools) embeds the current selection.
  for (const code of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]')) {
    const src = new URL(code.dataset.embedCode!, window.location.href);
    src.search = search;
    // A replacer function: `$&` and friends in a URL must not act as patterns; quotes and ampersands escaped for the attribute.
    code.value = code.value.replace(/src="[^"]*"/, () => `src="${src.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-embed-link], a[data-embed-back]')) link.search = search;
}
