/** English UI text for data releases: /en/perubahan/, its Atom feed, "Updated" on region pages. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/changes.ts. */
import type { Messages } from '../messages.ts';
import type { changes as idChanges } from '../id/changes.ts';

export const changes: Messages<typeof idChanges> = {
  nav: 'Data changes',
  title: 'Data changes',
  heading: 'Data changes',
  lede: 'Each data release records the figures this site shows for every government and year, with the pages they come from. This page shows what changed from one release to the next: figures added, changed or removed (old → new, with the sources of both) and sources added.',
  feedLink: 'Follow the changes with the Atom feed',
  feedHint: 'Paste the feed address into a feed reader to hear of each new release.',
  noReleases: 'No data release yet.',
  unreleased:
    "This site's figures already differ from the latest release ({date}) for {count} government-years; those changes will be recorded in the next release.",
  releaseHeading: 'Release of {release}',
  releaseSequence: '{date} (no. {sequence} that day)',
  first: 'First release: {entries} figures for {governments} governments, years {years}.',
  since: 'Compared with the release of {previous}: {parts}.',
  totals: 'After this release: {entries} figures recorded for {governments} regional and provincial governments.',
  nothing: 'no figure or source changed',
  count: {
    added: '{count} figures added',
    changed: '{count} figures changed',
    removed: '{count} figures removed',
    sources: 'sources changed for {count} figures',
    newSourcePages: '{count} new source pages',
  },
  countOne: {
    added: '{count} figure added',
    changed: '{count} figure changed',
    removed: '{count} figure removed',
    sources: 'sources changed for {count} figure',
    newSourcePages: '{count} new source page',
  },
  kind: {
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    sources: 'sources',
  },
  was: 'was {value}',
  unchanged: 'figure unchanged, {value}',
  source: 'source',
  sourcesAdded: 'new source',
  sourcesRemoved: 'source no longer used',
  noSource: 'no source',
  provinceGovernment: 'Provincial Government of {name}',
  province: '{name} Province',
  feedTitle: 'Zona Pelayanan: data changes',
  feedSubtitle:
    "Zona Pelayanan data releases: Ombudsman RI's public-service compliance figures per regency and city added, changed or removed, and new sources.",
  feedEntryTitle: 'Data release of {release}',
  feedMore: 'All changes and earlier releases',
  updated: 'Updated {date}',
  updatedLink: 'what changed',
};
