/**
 * The one escape helper for markup the site builds as strings (build-time SVG).
 * Astro escapes `{expressions}` in templates by itself; anything concatenated
 * into a string that later goes through `set:html` must pass through here.
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
