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

export function attachCombobox(options: ComboboxOptions): Combobox {
  const { input, listbox, status, texts } = options;
  let results: SearchEntry[] = [];
  let active = -1;
  let searcher: Searcher | null = null;
  let pending = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');
  listbox.setAttribute('role', 'listbox');

  const setStatus = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  function close(): void {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index: number): void {
    const options = Array.from(listbox.children) as HTMLElement[];
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render(): void {
    listbox.replaceChildren(
      ...results.map((entry, i) => {
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
      }),
    );
    const query = input.value.trim();
    if (results.length) {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setStatus(texts.results.replace('{count}', String(results.length)));
    } else {
      close();
      setStatus(query.length >= 2 ? texts.none.replace('{query}', query) : '');
    }
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  async function update(): Promise<void> {
    const ticket = ++pending;
    if (!searcher) {
      setStatus(texts.loading);
      try {
        searcher = await loadSearcher(options.indexUrl);
      } catch {
        setStatus('');
        return;
      }
    }
    if (ticket !== pending) return;
    results = searcher.search(input.value, options.limit ?? 8);
    render();
  }

  function choose(index: number): void {
    const entry = results[index];
    if (!entry) return;
    close();
    options.onSelect(entry);
  }

  input.addEventListener('focus', () => {
    void loadSearcher(options.indexUrl).then(
      (s) => (searcher = s),
      () => undefined,
    );
  });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && results.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) void update();
        else highlight((active + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) highlight(active <= 0 ? results.length - 1 : active - 1);
        break;
      case 'Enter':
        if (open || results.length) {
          event.preventDefault();
          choose(active >= 0 ? active : 0);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          results = [];
          setStatus('');
        }
        break;
      case 'Tab':
        close();
        break;
      default:
    }
  });
  // Keep focus in the input while clicking an option.
  listbox.addEventListener('pointerdown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (option) choose(Array.from(listbox.children).indexOf(option));
  });
  input.addEventListener('blur', () => close());

  return {
    results: () => results,
    close,
  };
}
