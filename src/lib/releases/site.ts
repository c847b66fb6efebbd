/**
 * Releases as the site uses them: the history with each release's changes, which release last
 * changed each government, and whether the figures the build shows still match the latest
 * release. Pure: the releases come as an argument (src/lib/site-data.ts reads them once per build
 * and computes siteReleases once, however many pages ask: `/perubahan/`, its feeds and ~1,000
 * region pages).
 */
import type { Dataset } from '../model/load.ts';
import { CHANGES_FEED_PATH, FEED_NAME, pageHref, PAGES, provincePath, regionPath } from '../paths.ts';
import type { Site } from '../site-url.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { changeEntry, type YearChange } from './diff.ts';
import { atomFeed } from './feed.ts';
import { lastChangedIn, releaseHistory, unreleasedChanges, type ReleaseRecord } from './history.ts';
import { releaseEntries } from './record.ts';
import type { Release } from './types.ts';

export interface SiteReleases {
  /** Newest first. */
  history: ReleaseRecord[];
  /** Government code → the newest release that changed its figures or sources. */
  lastChanged: Map<string, ReleaseRecord>;
  /** What the build's figures have that the latest release has not (within the build's provinces). */
  unreleased: YearChange[];
  /** Codes of the governments in `unreleased`. */
  unreleasedCodes: Set<string>;
}

/** The releases (`data/releases/`, oldest or newest first) against the figures the build shows. */
export function siteReleases(dataset: Pick<Dataset, 'registry' | 'scores'>, releases: readonly Release[]): SiteReleases {
  const history = releaseHistory(releases);
  const provinces = new Set(dataset.registry.provinces.map((p) => p.code));
  const unreleased = unreleasedChanges(history[0]?.release ?? null, releaseEntries(dataset.scores, dataset.registry), (code) =>
    provinces.has(code.slice(0, 2)),
  );
  return {
    history,
    lastChanged: lastChangedIn(history),
    unreleased,
    unreleasedCodes: new Set(unreleased.map((c) => changeEntry(c).code)),
  };
}

/**
 * The newest release that changed a government's figures or sources, or undefined when none did or
 * when the build's figures for it are newer than the latest release (a date would then be wrong).
 */
export function lastReleaseOf(releases: Pick<SiteReleases, 'lastChanged' | 'unreleasedCodes'>, code: string): ReleaseRecord | undefined {
  return releases.unreleasedCodes.has(code) ? undefined : releases.lastChanged.get(code);
}

/** The page of a government in this build (`18.09` → its region page, `18` → its province page), or null. */
export function governmentHref(dataset: Dataset, code: string, locale: Locale): string | null {
  if (code.length === 2) {
    const province = dataset.registry.provinces.find((p) => p.code === code);
    return province ? pageHref(provincePath(province), locale) : null;
  }
  const region = dataset.registry.regions.find((r) => r.code === code);
  return region ? pageHref(regionPath(region), locale) : null;
}

/** A government's name on the changes page: the region's, or "Pemerintah Provinsi <name>". */
export function governmentName(code: string, recordedName: string, locale: Locale): string {
  return code.length === 2 ? t('changes.provinceGovernment', { name: recordedName }, locale) : recordedName;
}

/** `/perubahan/feed.xml` is built only when there is a release to announce. */
export function feedPaths(releases: Pick<SiteReleases, 'history'>): Array<{ params: { feed: string } }> {
  return releases.history.length > 0 ? [{ params: { feed: FEED_NAME } }] : [];
}

/** The site's origin for absolute feed links and ids (Astro's `site`, from ZP_SITE), or null without one. */
export function feedOrigin(site: Site): string | null {
  return site ? new URL(String(site)).origin : null;
}

/**
 * The releases whose figures this build shows, for the date a citation carries (releaseDate in
 * src/lib/citation.ts takes the newest): every release when the build shows the latest one's
 * figures, none when its figures are newer than any release (a date would then be wrong).
 */
export function shownReleases({ history, unreleased }: Pick<SiteReleases, 'history' | 'unreleased'>): Release[] {
  return unreleased.length > 0 ? [] : history.map((r) => r.release);
}

/** The Atom feed of releases in a language (`/perubahan/feed.xml`, `/en/perubahan/feed.xml`). */
export function feedResponse(dataset: Dataset, { history }: Pick<SiteReleases, 'history'>, locale: Locale, site: Site): Response {
  const body = atomFeed({
    locale,
    history,
    origin: feedOrigin(site),
    feedPath: pageHref(CHANGES_FEED_PATH, locale),
    pagePath: pageHref(PAGES.changes, locale),
    governmentHref: (code) => governmentHref(dataset, code, locale),
    governmentName: (code, name) => governmentName(code, name, locale),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
