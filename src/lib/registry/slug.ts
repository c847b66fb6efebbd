/**
 * URL slug: ASCII lower case, words joined by `-`. `Kabupaten Toli-Toli` → `kabupaten-toli-toli`.
 * Written here rather than taken from a slug library: slugs are URLs, and a library upgrade must not move them.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
