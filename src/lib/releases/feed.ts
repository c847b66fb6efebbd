/**
 * The Atom 1.0 feed of data releases (RFC 4287), `/perubahan/feed.xml`: one entry per release,
 * newest first, updated = the release date, a summary of the counts and, as HTML content, what
 * changed per government with links to their pages. Pure: the same history gives the same bytes.
 *
 * Links and ids are absolute when the build knows the site's address (ZP_SITE). Without it the
 * links are root-relative (an Atom reader resolves them against the feed's own address) and the
 * ids, which must be absolute IRIs, are name-based UUIDs (RFC 4122 version 5): stable from build
 * to build, never an address on localhost.
 */
import { createHash } from 'node:crypto';
import { t, type Locale } from '../../i18n/index.ts';
import { escapeHtml } from '../escape.ts';
import { groupChanges, type ReleaseRecord } from './history.ts';
import { releaseTimestamp } from './ids.ts';
import { changeText, changeView, releaseAnchor, releaseName, releaseSummary } from './present.ts';

export interface FeedInput {
  locale: Locale;
  /** Newest first (releaseHistory). */
  history: readonly ReleaseRecord[];
  /** The site's origin (`https://example.org`), or null when the build has none. */
  origin: string | null;
  /** Paths with the base: the feed (`/perubahan/feed.xml`) and the changes page (`/perubahan/`). */
  feedPath: string;
  pagePath: string;
  /** A government's page (path with the base), or null when this build has no page for it. */
  governmentHref: (code: string) => string | null;
  /** A government's name as the page shows it (`Pemerintah Provinsi Lampung` for `18`). */
  governmentName: (code: string, recordedName: string) => string;
}

/** Characters XML 1.0 does not allow, even escaped. */
// eslint-disable-next-line no-control-regex -- these control characters are what the feed must drop
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for XML element content or a quoted attribute value. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

/** RFC 4122 version-5 UUID of `name` in the URL namespace, as a `urn:uuid:` IRI. */
export function nameUuid(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One release's changes as HTML (escaped once here, and once more as the content of `<content type="html">`). */
function contentHtml(record: ReleaseRecord, input: FeedInput, url: (path: string) => string): string {
  const { locale } = input;
  const parts = [`<p>${escapeHtml(releaseSummary(record, locale))}</p>`];
  // The first release recorded everything: its summary says how much, not each figure.
  if (record.previous !== null && record.diff.changes.length > 0) {
    const items: string[] = [];
    for (const province of groupChanges(record.diff.changes)) {
      for (const government of province.governments) {
        const name = escapeHtml(input.governmentName(government.code, government.name));
        const href = input.governmentHref(government.code);
        const label = href ? `<a href="${escapeHtml(url(href))}">${name}</a>` : name;
        const lines = government.changes.map((c) => `<li>${escapeHtml(changeText(changeView(c, locale), locale))}</li>`).join('');
        items.push(`<li>${label}<ul>${lines}</ul></li>`);
      }
    }
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  const more = url(`${input.pagePath}#${releaseAnchor(record.release.id)}`);
  parts.push(`<p><a href="${escapeHtml(more)}">${escapeHtml(t('changes.feedMore', undefined, locale))}</a></p>`);
  return parts.join('');
}

/** The feed document. */
export function atomFeed(input: FeedInput): string {
  const { locale, history, origin } = input;
  const url = (path: string) => (origin ? new URL(path, origin).href : path);
  const pageUrl = url(input.pagePath);
  const feedUrl = url(input.feedPath);
  const id = (suffix: string) => (origin ? `${pageUrl}${suffix}` : nameUuid(`zona-pelayanan:perubahan:${locale}:${suffix}`));
  // A feed without releases is never built (src/pages/perubahan/[feed].xml.ts); the epoch keeps this total.
  const updated = releaseTimestamp(history[0]?.release.date ?? '1970-01-01');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(origin ? feedUrl : id('feed'))}</id>`,
    `  <title>${escapeXml(t('changes.feedTitle', undefined, locale))}</title>`,
    `  <subtitle>${escapeXml(t('changes.feedSubtitle', undefined, locale))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(t('site.name', undefined, locale))}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
  ];
  for (const record of history) {
    const anchor = `#${releaseAnchor(record.release.id)}`;
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(id(anchor))}</id>`,
      `    <title>${escapeXml(t('changes.feedEntryTitle', { release: releaseName(record.release.id, locale) }, locale))}</title>`,
      `    <updated>${releaseTimestamp(record.release.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(pageUrl + anchor)}"/>`,
      `    <summary type="text">${escapeXml(releaseSummary(record, locale))}</summary>`,
      `    <content type="html">${escapeXml(contentHtml(record, input, url))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
