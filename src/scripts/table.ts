/**
 * Progressive enhancement for the rankings table: sort by any column (buttons in the
 * headers, aria-sort), filter by province, zone and kind, and search by name or
 * code, without reloading. The state lives in the query string (?urut=skor&arah=turun&
 * provinsi=18&zona=merah&jenis=kota&q=…), so a link reproduces the view; year links
 * keep it. The filters also apply to the list of regions without a figure under the table
 * (src/components/region/UnpublishedList.astro), if the page has one. Without JavaScript the
 * page is the complete static table and list.
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

const DEFAULT: State = { sort: 'score', dir: 'desc', provinsi: '', zona: '', jenis: '', q: '' };
const FILTERS = ['provinsi', 'zona', 'jenis', 'q'] as const;
// The page's language, the same for every table on it.
const NUMBER_LOCALE = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
const COLLATOR = new Intl.Collator(document.documentElement.lang || 'id', { sensitivity: 'base', numeric: true });

/** A region in the list of those without a figure: its item and what the filters read. */
interface ListItem {
  li: HTMLElement;
  province: string;
  kind: string;
  /** Name, code and province, lower case. */
  search: string;
}

/** The list of regions without a figure under a table: its province groups and the "none match" note. */
interface UnpublishedList {
  groups: { element: HTMLElement; items: ListItem[] }[];
  empty: HTMLElement | null;
}

/** One enhanced table: its rows and sortable headers, its controls (if any) and the current view. */
interface Table {
  tbody: HTMLTableSectionElement;
  form: HTMLElement | null;
  rows: HTMLTableRowElement[];
  headers: HTMLTableCellElement[];
  /** Sort key → 'number' or 'text'. */
  types: Map<string, string>;
  /** Sort key → the direction a first click sorts in. */
  defaults: Map<string, Direction>;
  state: State;
  unpublished: UnpublishedList | null;
}

function field(table: Table, name: string): HTMLInputElement | HTMLSelectElement | null {
  return table.form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) ?? null;
}

/** The value if the named select offers it, else '' (a stale or hand-made link shows everything). */
function validOption(table: Table, name: string, value: string): string {
  const el = field(table, name);
  if (!(el instanceof HTMLSelectElement)) return '';
  return Array.from(el.options).some((o) => o.value === value) ? value : '';
}

function readUrl(table: Table): State {
  const params = new URLSearchParams(window.location.search);
  const sort = PARAM_SORT[params.get('urut') ?? ''] ?? DEFAULT.sort;
  const dirParam = params.get('arah');
  const dir: Direction = dirParam === 'naik' ? 'asc' : dirParam === 'turun' ? 'desc' : (table.defaults.get(sort) ?? 'asc');
  return {
    sort: table.types.has(sort) ? sort : DEFAULT.sort,
    dir,
    provinsi: validOption(table, 'provinsi', params.get('provinsi') ?? ''),
    zona: validOption(table, 'zona', params.get('zona') ?? ''),
    jenis: validOption(table, 'jenis', params.get('jenis') ?? ''),
    q: (params.get('q') ?? '').slice(0, 80),
  };
}

function query(state: State): string {
  const params = new URLSearchParams();
  if (state.sort !== DEFAULT.sort || state.dir !== DEFAULT.dir) {
    params.set('urut', SORT_PARAM[state.sort] ?? state.sort);
    params.set('arah', DIR_PARAM[state.dir]);
  }
  for (const name of FILTERS) if (state[name]) params.set(name, state[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function compare(table: Table, a: HTMLTableRowElement, b: HTMLTableRowElement): number {
  const { state } = table;
  const key = datasetKey(state.sort);
  const va = a.dataset[key] ?? '';
  const vb = b.dataset[key] ?? '';
  // Rows without a value (not assessed) always go last, whatever the direction.
  if (va === '' || vb === '') return va === vb ? 0 : va === '' ? 1 : -1;
  const order = table.types.get(state.sort) === 'number' ? Number(va) - Number(vb) : COLLATOR.compare(va, vb);
  return state.dir === 'asc' ? order : -order;
}

/** Ties: higher score first, then by name. */
function fallback(a: HTMLTableRowElement, b: HTMLTableRowElement): number {
  return Number(b.dataset.sScore || -1) - Number(a.dataset.sScore || -1) || COLLATOR.compare(a.dataset.sName ?? '', b.dataset.sName ?? '');
}

/** True when a row or list item with these keys passes the filters (`zone` '' for no figure). */
function matches(state: State, province: string, zone: string, kind: string, search: string): boolean {
  const q = state.q.trim().toLowerCase();
  return (
    (!state.provinsi || province === state.provinsi) &&
    (!state.zona || zone === state.zona) &&
    (!state.jenis || kind === state.jenis) &&
    (!q || search.includes(q))
  );
}

/** Hides the rows the filters leave out; returns how many stay shown. */
function filterRows(table: Table): number {
  const { state } = table;
  let shown = 0;
  for (const row of table.rows) {
    const { province = '', zone = '', kind = '', search = '' } = row.dataset;
    const visible = matches(state, province, zone, kind, search);
    row.hidden = !visible;
    if (visible) shown += 1;
  }
  return shown;
}

/** Hides the list items (and emptied province groups) the filters leave out; returns how many stay shown. */
function filterList(list: UnpublishedList, state: State): number {
  let shown = 0;
  for (const group of list.groups) {
    let inGroup = 0;
    for (const item of group.items) {
      const visible = matches(state, item.province, '', item.kind, item.search);
      item.li.hidden = !visible;
      if (visible) inGroup += 1;
    }
    group.element.hidden = inGroup === 0;
    shown += inGroup;
  }
  if (list.empty) list.empty.hidden = shown > 0;
  return shown;
}

/** The list of regions without a figure for the table with `id`, or null when the page has none. */
function findList(id: string): UnpublishedList | null {
  const root = document.querySelector<HTMLElement>(`[data-unpublished-for="${id}"]`);
  if (!root) return null;
  const groups = Array.from(root.querySelectorAll<HTMLElement>('[data-province]')).map((element) => {
    const province = element.dataset.province ?? '';
    const provinceName = element.querySelector('h3')?.textContent ?? '';
    const items = Array.from(element.querySelectorAll<HTMLElement>('li[data-code]')).map((li) => ({
      li,
      province,
      kind: li.dataset.kind ?? '',
      search: `${li.textContent ?? ''} ${li.dataset.code ?? ''} ${provinceName}`.replace(/\s+/g, ' ').trim().toLowerCase(),
    }));
    return { element, items };
  });
  return { groups, empty: root.querySelector<HTMLElement>('[data-unpublished-empty]') };
}

/** Shows the current view: filtered and sorted rows, aria-sort, the count, the URL and the year links. */
function apply(table: Table, updateUrl: boolean): void {
  const shown = filterRows(table);
  const listed = table.unpublished ? filterList(table.unpublished, table.state) : null;
  const sorted = [...table.rows].sort((a, b) => compare(table, a, b) || fallback(a, b));
  table.tbody.append(...sorted);
  for (const th of table.headers) {
    if (th.dataset.sortKey === table.state.sort) th.setAttribute('aria-sort', table.state.dir === 'asc' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  const count = table.form?.querySelector<HTMLElement>('[data-count]');
  if (count) {
    count.textContent = (count.dataset.template ?? '{shown}/{total}')
      .replace('{shown}', shown.toLocaleString(NUMBER_LOCALE))
      .replace('{total}', table.rows.length.toLocaleString(NUMBER_LOCALE));
    if (listed !== null && count.dataset.templateUnpublished)
      count.textContent += ` ${count.dataset.templateUnpublished.replace('{none}', listed.toLocaleString(NUMBER_LOCALE))}`;
  }
  const search = query(table.state);
  if (updateUrl) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-year-link]'))) {
    const url = new URL(link.href, window.location.href);
    url.search = search;
    link.href = url.pathname + url.search;
  }
}

/** A button in every sortable header: a click sorts by it, a second click reverses. */
function addSortButtons(table: Table): void {
  for (const th of table.headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...Array.from(th.childNodes));
    th.append(button);
    button.addEventListener('click', () => {
      const { state } = table;
      const key = th.dataset.sortKey!;
      const dir: Direction = key === state.sort ? (state.dir === 'asc' ? 'desc' : 'asc') : (table.defaults.get(key) ?? 'asc');
      table.state = { ...state, sort: key, dir };
      apply(table, true);
    });
  }
}

/** The filter controls: show them, fill them from the state, and re-apply on every change and on reset. */
function bindControls(table: Table, form: HTMLElement): void {
  const sync = () => {
    for (const name of FILTERS) {
      const el = field(table, name);
      if (el) el.value = table.state[name];
    }
  };
  sync();
  form.addEventListener('input', () => {
    table.state = {
      ...table.state,
      provinsi: field(table, 'provinsi')?.value ?? '',
      zona: field(table, 'zona')?.value ?? '',
      jenis: field(table, 'jenis')?.value ?? '',
      q: field(table, 'q')?.value ?? '',
    };
    apply(table, true);
  });
  form.querySelector('[data-reset]')?.addEventListener('click', () => {
    table.state = { ...DEFAULT };
    sync();
    apply(table, true);
  });
  form.hidden = false;
}

function enhance(element: HTMLTableElement): void {
  const tbody = element.tBodies[0];
  const headRow = element.tHead?.rows[0];
  if (!tbody || !headRow) return;
  const headers = Array.from(headRow.cells).filter((th) => th.dataset.sortKey);
  const table: Table = {
    tbody,
    form: document.querySelector<HTMLElement>(`[data-table-controls="${element.id}"]`),
    rows: Array.from(tbody.rows),
    headers,
    types: new Map(headers.map((th) => [th.dataset.sortKey!, th.dataset.sortType ?? 'text'])),
    defaults: new Map(headers.map((th) => [th.dataset.sortKey!, (th.dataset.sortDefault as Direction) ?? 'asc'])),
    state: DEFAULT,
    unpublished: element.id ? findList(element.id) : null,
  };
  table.state = readUrl(table);
  addSortButtons(table);
  if (table.form) bindControls(table, table.form);
  window.addEventListener('popstate', () => {
    table.state = readUrl(table);
    apply(table, false);
  });
  apply(table, false);
}

for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('table[data-sortable]'))) enhance(table);
