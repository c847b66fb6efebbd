/**
 * Links to the pages figures came from: only http(s) URLs are ever used as an href
 * (never a `javascript:` or other scheme from the data), and a link's text is its host.
 */

/** The URL when it is a well-formed http(s) link, else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    new URL(url);
    return url;
  } catch {
    return undefined;
  }
}

/** The host name of an http(s) link without `www.` (`ombudsman.go.id`, `jatim.antaranews.com`); null otherwise. */
export function hostOf(url: string | undefined): string | null {
  const safe = safeUrl(url);
  return safe ? new URL(safe).hostname.toLowerCase().replace(/^www\./, '') : null;
}
