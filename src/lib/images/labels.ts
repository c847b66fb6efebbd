import type { Locale } from '../../i18n/index.ts';
import { share as en } from '../../i18n/en/share.ts';
import { share as id } from '../../i18n/id/share.ts';

/**
 * Text inside images (src/i18n/{id,en}/share.ts), read directly until the site's
 * dictionaries include the `share` section.
 */

export type ShareText = typeof en;

const TEXT: Record<Locale, ShareText> = { id, en };

export function shareText(locale: Locale): ShareText {
  return TEXT[locale];
}

/** Fills `{name}` placeholders (numbers must be formatted by the caller): the one filler, src/i18n/template.ts. */
export { fillTemplate as fill } from '../../i18n/template.ts';

/** The source line of a chart or map image: ORI, or the demo-data source when the data is demo. */
export function sourceLine(locale: Locale, options: { demo: boolean; map?: boolean }): string {
  const text = shareText(locale);
  const source = options.demo ? text.sourceDemo : text.source;
  return options.map ? `${source} · ${text.sourceBoundaries}` : source;
}

/** The source line and, for demo data, the notice of a chart or map image (FrameInput's `source` and `notice`). */
export function frameText(locale: Locale, options: { demo: boolean; map?: boolean }): { source: string; notice: string | null } {
  return { source: sourceLine(locale, options), notice: options.demo ? shareText(locale).demoNotice : null };
}
