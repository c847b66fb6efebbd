/**
 * An accessible region combobox (WAI-ARIA 1.2 combobox with a listbox popup),
 * shared by the header search and the comparison picker. The index (`/cari.json`)
 * and Fuse.js load on first use only, so pages that never search pay nothing.
 * Results are written with textContent: region names are data, never markup.
 */
import { createSearcher, type SearchEntry, type Searcher } from '../lib/model/search.ts';

const indexes = new Map<string, Promise<SearchEntry[]>>();
const searchers = new Map<string, Promise<Searcher>>();

/** The search index (`/cari.json`), fetched once per page and shared (the comparison page reads names from it). */
export function loadEntries(indexUrl: string): Promise<SearchEntry[]> {
  let promise = indexes.get(indexUrl);
  if (!promise) {
    promise = fetch(indexUrl).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchEntry[]>;
    });
    promise.catch(() => indexes.delete(indexUrl));
    indexes.set(indexUrl, promise);
  }
  return promise;
}

/** The searcher for an index URL; Fuse.js is loaded here, on first use. */
export function loadSearcher(indexUrl: string): Promise<Searcher> {
  let promise = searchers.get(indexUrl);
  if (!promise) {
    promise = Promise.all([loadEntries(indexUrl), import('fuse.js/basic')]).then(([entries, fuse]) => createSearcher(entries, fuse.default));
    promise.catch(() => searchers.delete(indexUrl));
    searchers.set(indexUrl, promise);
  }
  return promise;
}

export interface ComboboxOptions {
  input: HTMLInputElement;
  listbox: HTMLElement;
  /** A polite live region for "3 hasil" / "tidak ditemukan". */
  status: HTMLElement;
  indexUrl: string;
  onSelect: (entry: SearchEntry) => void;
  /** Templates with {count} / {query}. */
  texts: { results: string; none: string; loading: string };
  limit?: number;
}

export interface Combobox {
  /** The current results (first = what Enter picks when nothing is highlighted). */
  results(): SearchEntry[];
  close(): void;
}

/** What one combobox knows: its options, the current results, the highlighted one, the searcher once loaded. */
interface State extends ComboboxOptions {
  results: SearchEntry[];
  /** Index of the highlighted option, -1 for none. */
  active: number;
  searcher: Searcher | null;
  /** Ticket of the latest search: an older one that finishes later is dropped. */
  pending: number;
}

function setStatus(state: State, text: string): void {
  const { status } = state;
  if (status.textContent !== text) status.textContent = text;
}

function close(state: State): void {
  const { input, listbox } = state;
  listbox.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  state.active = -1;
}

function highlight(state: State, index: number): void {
  const { input, listbox } = state;
  const options = Array.from(listbox.children) as HTMLElement[];
  state.active = index;
  options.forEach((option, i) => option.setAttribute('aria-selected', i === index ? 'true' : 'false'));
  const current = options[index];
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

/** One result as an option: the name, then province and code (text only). */
function optionFor(listbox: HTMLElement, entry: SearchEntry, i: number): HTMLLIElement {
  const option = document.createElement('li');
  option.id = `${listbox.id}-${i}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.dataset.code = entry.c;
  const name = document.createElement('span');
  name.className = 'search-option__name';
  name.textContent = entry.n;
  const meta = document.createElement('span');
  meta.className = 'search-option__meta';
  meta.textContent = `${entry.p} · ${entry.c}`;
  option.append(name, meta);
  return option;
}

function render(state: State): void {
  const { input, listbox, texts, results } = state;
  listbox.replaceChildren(...results.map((entry, i) => optionFor(listbox, entry, i)));
  const query = input.value.trim();
  if (results.length) {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setStatus(state, texts.results.replace('{count}', String(results.length)));
  } else {
    close(state);
    setStatus(state, query.length >= 2 ? texts.none.replace('{query}', query) : '');
  }
  state.active = -1;
  input.removeAttribute('aria-activedescendant');
}

async function update(state: State): Promise<void> {
  const ticket = ++state.pending;
  if (!state.searcher) {
    setStatus(state, state.texts.loading);
    try {
      state.searcher = await loadSearcher(state.indexUrl);
    } catch {
      setStatus(state, '');
      return;
    }
  }
  if (ticket !== state.pending) return;
  state.results = state.searcher.search(state.input.value, state.limit ?? 8);
  render(state);
}

function choose(state: State, index: number): void {
  const entry = state.results[index];
  if (!entry) return;
  close(state);
  state.onSelect(entry);
}

/** Arrow keys move the highlight, Enter picks (the first result when none is highlighted), Escape closes then clears. */
function onKeydown(state: State, event: KeyboardEvent): void {
  const { input, listbox, results, active } = state;
  const open = !listbox.hidden && results.length > 0;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (!open) void update(state);
      else highlight(state, (active + 1) % results.length);
      break;
    case 'ArrowUp':
      event.preventDefault();
      if (open) highlight(state, active <= 0 ? results.length - 1 : active - 1);
      break;
    case 'Enter':
      if (open || results.length) {
        event.preventDefault();
        choose(state, active >= 0 ? active : 0);
      }
      break;
    case 'Escape':
      if (open) {
        event.preventDefault();
        close(state);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        state.results = [];
        setStatus(state, '');
      }
      break;
    case 'Tab':
      close(state);
      break;
    default:
  }
}

export function attachCombobox(options: ComboboxOptions): Combobox {
  const { input, listbox } = options;
  const state: State = { ...options, results: [], active: -1, searcher: null, pending: 0 };

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');
  listbox.setAttribute('role', 'listbox');

  input.addEventListener('focus', () => {
    void loadSearcher(options.indexUrl).then(
      (s) => (state.searcher = s),
      () => undefined,
    );
  });
  input.addEventListener('input', () => void update(state));
  input.addEventListener('keydown', (event) => onKeydown(state, event));
  // Keep focus in the input while clicking an option.
  listbox.addEventListener('pointerdown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (option) choose(state, Array.from(listbox.children).indexOf(option));
  });
  input.addEventListener('blur', () => close(state));

  return {
    results: () => state.results,
    close: () => close(state),
  };
}
