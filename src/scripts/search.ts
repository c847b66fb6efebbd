/**
 * The header's region search. Without JavaScript the header shows a link to /daerah/
 * (all regions, grouped by province); with it, the link becomes a search box.
 */
import { attachCombobox } from './region-search.ts';

for (const root of Array.from(document.querySelectorAll<HTMLElement>('[data-region-search]'))) {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const listbox = root.querySelector<HTMLElement>('[data-listbox]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const link = root.querySelector<HTMLElement>('[data-fallback]');
  if (!form || !input || !listbox || !status) continue;
  const texts = { results: root.dataset.textResults ?? '{count}', none: root.dataset.textNone ?? '', loading: root.dataset.textLoading ?? '' };
  const combobox = attachCombobox({
    input,
    listbox,
    status,
    indexUrl: root.dataset.index ?? '/cari.json',
    texts,
    onSelect: (entry) => window.location.assign(entry.u),
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = combobox.results()[0];
    window.location.assign(first ? first.u : form.action);
  });
  form.hidden = false;
  if (link) link.hidden = true;
}
