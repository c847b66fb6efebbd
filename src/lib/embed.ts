/**
 * Embeds (/embed/…): the iframe code journalists copy, and the host-page script that
 * resizes the iframe from the height each embed posts (src/scripts/embed.ts).
 * Message: `{ type: 'zona-pelayanan:height', height: <CSS pixels>, href: <embed URL> }`,
 * sent to the parent whenever the embed's content height changes. docs/EMBED.md.
 */
import { escapeHtml } from './escape.ts';

export const HEIGHT_MESSAGE = 'zona-pelayanan:height';

/** The iframe code for an embed at `src`, `height` CSS pixels tall until the snippet resizes it. */
export function embedCode({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" data-zona-pelayanan></iframe>`;
}

/**
 * The host page's script (once per page, any number of embeds): resizes the iframe
 * whose window sent the message, and only for messages from the site's origin
 * (`{origin}` is filled in with it).
 */
export const HEIGHT_SNIPPET = `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!=="{origin}"||!d||d.type!=="${HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe[data-zona-pelayanan]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})});</script>`;

/**
 * A build without ZP_SITE (a local preview) knows no origin: its embed code has paths
 * (`src="/embed/…"`) and its snippet accepts no origin (`e.origin!==""`). The page completes
 * both with the origin it is served from (src/scripts/share-tools.ts); without JavaScript the
 * paths stay, and a published build (with ZP_SITE) never needs this.
 */
export function withOrigin(code: string, origin: string): string {
  return code.replace(/\bsrc="\/(?!\/)/g, () => `src="${escapeHtml(origin)}/`).replace('e.origin!==""', () => `e.origin!==${JSON.stringify(origin)}`);
}
