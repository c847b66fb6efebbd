/**
 * Progressive enhancement for the rankings table: sort by any column (buttons in the
 * headers, aria-sort), filter by province, zone and kind, and search by name or
 * code, without reloading. The state lives in the query string (?urut=skor&arah=turun&
 * provinsi=18&zona=merah&jenis=kota&q=…), so a link reproduces the view; year links
 * keep it. Without JavaScript the page is the complete static table.
 */

type Direction = 'asc' | 'desc';
interface State {
  sort: string;
  dir: Direction;
  provinsi: string;
  zona: string;
  jenis: string;
  q: string;
}

/** URL names of the sort keys (Indonesian, readable in a shared link). */
const SORT_PARAM: Record<string, string> = {
  rank: 'peringkat',
  name: 'nama',
  kind: 'jenis',
  province: 'provinsi',
  score: 'skor',
  zone: 'zona',
  change: 'perubahan',
  prank: 'peringkat-provinsi',
  standing: 'median',
};
const PARAM_SORT = Object.fromEntries(Object.entries(SORT_PARAM).map(([k, v]) => [v, k]));
const DIR_PARAM: Record<Direction, string> = { asc: 'naik', desc: 'turun' };

function datasetKey(key: string): string {
  return `s${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}

function enhance(table: HTMLTableElement): void {
  const tbody = table.tBodies[0];
  const headRow = table.tHead?.rows[0];
  if (!tbody || !headRow) return;
  const form = document.querySelector<HTMLElement>(`[data-table-controls="${table.id}"]`);
  const rows = Array.from(tbody.rows);
  const headers = Array.from(headRow.cells).filter((th) => th.dataset.sortKey);
  const types = new Map(headers.map((th) => [th.dataset.sortKey!, th.dataset.sortType ?? 'text']));
  const defaults = new Map(headers.map((th) => [th.dataset.sortKey!, (th.dataset.sortDefault as Direction) ?? 'asc']));
  const numberLocale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  const collator = new Intl.Collator(document.documentElement.lang || 'id', { sensitivity: 'base', numeric: true });
  const DEFAULT: State = { sort: 'score', dir: 'desc', provinsi: '', zona: '', jenis: '', q: '' };

  const field = (name: string) => form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) ?? null;
  const validOption = (name: string, value: string) => {
    const el = field(name);
    if (!(el instanceof HTMLSelectElement)) return '';
    return Array.from(el.options).some((o) => o.value === value) ? value : '';
  };

  function readUrl(): State {
    const params = new URLSearchParams(window.location.search);
    const sort = PARAM_SORT[params.get('urut') ?? ''] ?? DEFAULT.sort;
    const arah = params.get('arah');
    const dir: Direction = arah === 'naik' ? 'asc' : arah === 'turun' ? 'desc' : (defaults.get(sort) ?? 'asc');
    return {
      sort: types.has(sort) ? sort : DEFAULT.sort,
      dir,
      provinsi: validOption('provinsi', params.get('provinsi') ?? ''),
      zona: validOption('zona', params.get('zona') ?? ''),
      jenis: validOption('jenis', params.get('jenis') ?? ''),
      q: (params.get('q') ?? '').slice(0, 80),
    };
  }

  function query(state: State): string {
    const params = new URLSearchParams();
    if (state.sort !== DEFAULT.sort || state.dir !== DEFAULT.dir) {
      params.set('urut', SORT_PARAM[state.sort] ?? state.sort);
      params.set('arah', DIR_PARAM[state.dir]);
    }
    for (const name of ['provinsi', 'zona', 'jenis', 'q'] as const) if (state[name]) params.set(name, state[name]);
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  let state = readUrl();

  function compare(a: HTMLTableRowElement, b: HTMLTableRowElement): number {
    const key = datasetKey(state.sort);
    const va = a.dataset[key] ?? '';
    const vb = b.dataset[key] ?? '';
    // Rows without a value (not assessed) always go last, whatever the direction.
    if (va === '' || vb === '') return va === vb ? 0 : va === '' ? 1 : -1;
    const order = types.get(state.sort) === 'number' ? Number(va) - Number(vb) : collator.compare(va, vb);
    return state.dir === 'asc' ? order : -order;
  }
  const fallback = (a: HTMLTableRowElement, b: HTMLTableRowElement) =>
    Number(b.dataset.sScore || -1) - Number(a.dataset.sScore || -1) || collator.compare(a.dataset.sName ?? '', b.dataset.sName ?? '');

  function apply(updateUrl: boolean): void {
    const q = state.q.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!state.provinsi || row.dataset.province === state.provinsi) &&
        (!state.zona || row.dataset.zone === state.zona) &&
        (!state.jenis || row.dataset.kind === state.jenis) &&
        (!q || (row.dataset.search ?? '').includes(q));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const sorted = [...rows].sort((a, b) => compare(a, b) || fallback(a, b));
    tbody!.append(...sorted);
    for (const th of headers) {
      if (th.dataset.sortKey === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const count = form?.querySelector<HTMLElement>('[data-count]');
    if (count) {
      count.textContent = (count.dataset.template ?? '{shown}/{total}')
        .replace('{shown}', shown.toLocaleString(numberLocale))
        .replace('{total}', rows.length.toLocaleString(numberLocale));
    }
    const search = query(state);
    if (updateUrl) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-year-link]'))) {
      const url = new URL(link.href, window.location.href);
      url.search = search;
      link.href = url.pathname + url.search;
    }
  }

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...Array.from(th.childNodes));
    th.append(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sortKey!;
      const dir: Direction = key === state.sort ? (state.dir === 'asc' ? 'desc' : 'asc') : (defaults.get(key) ?? 'asc');
      state = { ...state, sort: key, dir };
      apply(true);
    });
  }

  if (form) {
    const sync = () => {
      for (const name of ['provinsi', 'zona', 'jenis', 'q'] as const) {
        const el = field(name);
        if (el) el.value = state[name];
      }
    };
    sync();
    form.addEventListener('input', () => {
      state = {
        ...state,
        provinsi: field('provinsi')?.value ?? '',
        zona: field('zona')?.value ?? '',
        jenis: field('jenis')?.value ?? '',
        q: field('q')?.value ?? '',
      };
      apply(true);
    });
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      state = { ...DEFAULT };
      sync();
      apply(true);
    });
    form.hidden = false;
  }
  window.addEventListener('popstate', () => {
    state = readUrl();
    apply(false);
  });
  apply(false);
}

for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('table[data-sortable]'))) enhance(table);
