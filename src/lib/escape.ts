/**
 * The one escape helper for markup the site builds as strings (build-time SVG).
 * Astro escapes `{expressions}` in templates by itself; anything concatenated
 * into a string that later goes through `set:html` must pass through here.
 * Five entities in a dozen lines: smaller than a dependency (escape-html, he), and one place to audit.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use as element content or a quoted attribute value (`&<>"'`). */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `name="value"` with the value escaped; null/undefined/false attributes are left out (returns ''). */
export function attr(name: string, value: string | number | null | undefined | false): string {
  if (value === null || value === undefined || value === false) return '';
  if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) throw new Error(`escape: invalid attribute name ${JSON.stringify(name)}`);
  return ` ${name}="${escapeHtml(value)}"`;
}

/**
 * JSON for the inside of a `<script type="application/ld+json">` element (through `set:html`):
 * `<`, `>`, `&` and the line separators U+2028/U+2029 written as `\u` escapes, so no text in
 * the data can end the element (`</script>`) or open a comment (`<!--`), and JSON.parse gives
 * back exactly the value given.
 */
export function scriptJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('escape: scriptJson needs a JSON value');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
