/** English UI text for the region search in the header and on the comparison page. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/search.ts. */
import type { Messages } from '../messages.ts';
import type { search as idSearch } from '../id/search.ts';

export const search: Messages<typeof idSearch> = {
  label: 'Search regencies and cities',
  link: 'Find a region',
  placeholder: 'Name or code, e.g. Pesawaran',
  submit: 'Search',
  /** Live status after each keystroke. */
  results: 'Results: {count}',
  none: 'No region matches “{query}”.',
  hint: 'Use the up and down arrows to choose and Enter to open.',
  loading: 'Loading the list of regions…',
};
