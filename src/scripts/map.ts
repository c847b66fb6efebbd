/**
 * Progressive enhancement for the build-time maps (src/components/map/ZoneMap.astro).
 * Without this script every map still shows, every region is a link with a
 * native tooltip, and the year control is links to per-year pages.
 *
 * With it:
 * - hover, keyboard focus and tap show a tooltip: name, score, zone, change vs the
 *   previous assessment. On touch screens a tap pins it (a bottom sheet on phones)
 *   with a link to the region page and a close button; Esc or a tap elsewhere closes it.
 * - one tab stop for the whole map; arrow keys move to the nearest region in that
 *   direction, Home/End to the first/last; Enter opens the region page (native link).
 * - maps with `data-recolour`: a year link recolours in place from /peta/<year>.json
 *   (no geometry is reloaded), updates legend, headings and the URL (history API).
 *   Only within one method: a link to a year with opinions instead of zones (or back)
 *   is followed as a plain link, because that page has its own legend and headings.
 *
 * No d3 here: the geometry is already drawn; this only swaps classes and text.
 * All data text goes in through textContent, never innerHTML.
 */
import { fillClass, fillKey, FILL_KEYS, legend, legendSentenceKey, legendSentenceParams, type FillKey } from '../lib/map/legend.ts';
import type { MapRegionDatum, MapYearData } from '../lib/map/data.ts';
import { nearestInDirection, type Direction, type Point } from '../lib/map/spatial.ts';
import { formatChange, formatCount, formatScore } from '../lib/format.ts';
import type { Locale } from '../i18n/index.ts';
import type { Category, OpinionLevel, Zone } from '../lib/types.ts';

interface MapText {
  sentence: string;
  sentenceWithNone: string;
  sentenceOpinion: string;
  svgTitle: string;
  svgDesc: string;
  score: string;
  zone: string;
  opinion: string;
  change: string;
  notAssessed: string;
  unrated: string;
  noScore: string;
  noChange: string;
  loading: string;
  failed: string;
  zones: Record<Zone, string>;
  opinions: Record<OpinionLevel, string>;
  predikat: Record<Zone, string>;
  categories: Record<Category, string>;
  withCategory: string;
}

interface HistoryState {
  zpMapYear?: number;
}

const FILL_CLASSES = FILL_KEYS.map(fillClass);
/** Data per year, shared by all maps on the page (one request per year). */
const yearData = new Map<string, Promise<MapYearData>>();

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match));
}

function loadYear(template: string, year: number): Promise<MapYearData> {
  const url = template.replace('{year}', String(year));
  let promise = yearData.get(url);
  if (!promise) {
    promise = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<MapYearData>;
    });
    promise.catch(() => yearData.delete(url)); // let a later attempt retry
    yearData.set(url, promise);
  }
  return promise;
}

/** Zone years and opinion years are drawn with different legends: a map recolours in place only within one. */
function methodGroup(method: string | null | undefined): 'opinion' | 'zones' {
  return method === 'opinion' ? 'opinion' : 'zones';
}

function datumFill(datum: MapRegionDatum | undefined): FillKey {
  return datum ? fillKey(datum[0], datum[1], datum[5] ?? null, true) : 'none';
}

function setFill(element: Element, key: FillKey): void {
  element.classList.remove(...FILL_CLASSES);
  element.classList.add(fillClass(key));
}

class ZoneMapController {
  private readonly svg: SVGSVGElement;
  private readonly regions: SVGAElement[];
  private readonly byCode = new Map<string, SVGAElement>();
  private readonly text: MapText;
  private readonly provinces: Record<string, string>;
  private readonly locale: Locale;
  private readonly template: string;
  private readonly gapCodes: string[];
  private readonly tip: HTMLElement;
  private readonly highlight: SVGGElement | null;
  private year: number;
  /** `opinion` or `zones`: the method the map's legend and headings were built for. */
  private readonly method: 'opinion' | 'zones';
  private data: MapYearData | null = null;
  /** The year whose data could not be loaded (the tooltip says so instead of "loading"). */
  private failedYear: number | null = null;
  private active: SVGAElement | null = null;
  private pinned = false;
  private lastPointer = '';
  private centres: Point[] | null = null;
  private request = 0;
  /** Set while focus is handed back to a region after Esc/close. */
  private quietFocus = false;

  constructor(private readonly root: HTMLElement) {
    this.svg = root.querySelector<SVGSVGElement>('svg.zp-map__svg')!;
    this.regions = [...this.svg.querySelectorAll<SVGAElement>('a[data-code]')];
    for (const region of this.regions) this.byCode.set(region.dataset.code!, region);
    this.text = JSON.parse(root.dataset.text ?? '{}') as MapText;
    this.provinces = JSON.parse(root.dataset.provinces ?? '{}') as Record<string, string>;
    this.locale = (root.dataset.locale as Locale | undefined) ?? 'id';
    this.template = root.dataset.jsonTemplate ?? '';
    this.gapCodes = (root.dataset.gapCodes ?? '').split(' ').filter(Boolean);
    this.tip = root.querySelector<HTMLElement>('[data-tip]')!;
    this.highlight = this.svg.querySelector<SVGGElement>('.zp-highlight');
    this.year = Number(root.dataset.year);
    this.method = methodGroup(root.dataset.method);
  }

  init(): void {
    this.root.dataset.enhanced = '';
    // The script's tooltip replaces the native one; the name stays as the link's label.
    for (const region of this.regions) {
      const title = region.querySelector('title');
      if (title) {
        region.setAttribute('aria-label', title.textContent ?? '');
        title.remove();
      }
      region.tabIndex = -1;
    }
    const first = this.regions[0];
    if (first) first.tabIndex = 0;
    for (const hint of this.root.querySelectorAll<HTMLElement>('[data-map-hint]')) hint.hidden = false;
    this.fitHatch();
    new ResizeObserver(() => this.fitHatch()).observe(this.svg);

    this.svg.addEventListener('pointerover', (event) => this.onPointerOver(event));
    this.svg.addEventListener('pointermove', (event) => this.onPointerMove(event));
    this.svg.addEventListener('pointerout', (event) => this.onPointerOut(event));
    this.svg.addEventListener('pointerdown', (event) => (this.lastPointer = event.pointerType));
    this.svg.addEventListener('click', (event) => this.onClick(event));
    this.svg.addEventListener('focusin', (event) => this.onFocus(event));
    this.root.addEventListener('focusout', (event) => this.onBlur(event));
    this.svg.addEventListener('keydown', (event) => this.onKey(event));
    this.root.querySelector('[data-tip-close]')?.addEventListener('click', () => this.hide(true));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.tip.hidden) this.hide(true);
    });
    document.addEventListener('pointerdown', (event) => {
      const target = event.target as Node;
      if (this.pinned && !this.tip.contains(target) && !this.svg.contains(target)) this.hide(false);
    });

    if (this.root.dataset.recolour !== undefined) {
      for (const link of this.root.querySelectorAll<HTMLAnchorElement>('a[data-year-link]')) {
        link.addEventListener('click', (event) => {
          if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          // Another method (zones ↔ opinions): its own page has the right legend; follow the link.
          if (methodGroup(link.dataset.yearMethod) !== this.method) return;
          event.preventDefault();
          void this.setYear(Number(link.dataset.yearLink), link.href);
        });
      }
      history.replaceState({ ...(history.state as object | null), zpMapYear: this.year } satisfies HistoryState, '');
      window.addEventListener('popstate', (event) => {
        const year = (event.state as HistoryState | null)?.zpMapYear;
        if (typeof year === 'number' && year !== this.year) void this.setYear(year, null);
      });
    }
    void this.ensureData();
  }

  /** Loads the current year's data (tooltips need it); recolouring needs no call. */
  private async ensureData(): Promise<void> {
    if (this.data?.year === this.year) return;
    try {
      const data = await loadYear(this.template, this.year);
      if (data.year === this.year) this.data = data;
    } catch {
      // The tooltip says the data could not be loaded; the map itself is unaffected.
      this.failedYear = this.year;
    }
    if (this.active) this.renderTip(this.active);
  }

  // ---- year change -------------------------------------------------------

  private async setYear(year: number, href: string | null): Promise<void> {
    const request = ++this.request;
    this.root.setAttribute('aria-busy', 'true');
    let data: MapYearData;
    try {
      data = await loadYear(this.template, year);
    } catch {
      if (request !== this.request) return;
      this.root.removeAttribute('aria-busy');
      this.status(this.text.failed);
      return;
    }
    if (request !== this.request) return; // a later click won
    if (methodGroup(data.method) !== this.method) {
      // Back/forward to a year of the other method: load its page (its own legend and headings).
      window.location.assign(href ?? window.location.href);
      return;
    }
    this.year = year;
    this.data = data;
    this.root.dataset.year = String(year);
    // The embed/download tools of the year now shown (ZoneMap renders one set per year).
    for (const tools of this.root.querySelectorAll<HTMLElement>('[data-tools-year]')) tools.hidden = tools.dataset.toolsYear !== String(year);
    // The coverage line and ORI's counts of the year now shown (ZoneMap renders one per year).
    for (const note of this.root.querySelectorAll<HTMLElement>('[data-coverage-year]')) note.hidden = note.dataset.coverageYear !== String(year);

    const fills: FillKey[] = [];
    for (const region of this.regions) {
      const key = datumFill(data.regions[region.dataset.code!]);
      setFill(region, key);
      fills.push(key);
    }
    for (const code of this.gapCodes) fills.push(datumFill(data.regions[code]));
    const opinions = methodGroup(data.method) === 'opinion';
    const result = legend({ fills, gaps: this.gapCodes.length, categories: data.categories, opinions });
    for (const item of result.items) {
      const row = this.root.querySelector<HTMLElement>(`[data-legend-key="${item.key}"]`);
      if (!row) continue;
      row.hidden = !item.shown;
      const count = row.querySelector('[data-legend-count]');
      if (count) count.textContent = formatCount(item.count, this.locale);
      const detail = row.querySelector<HTMLElement>('[data-detail]');
      if (detail) detail.textContent = (data.categories ? detail.dataset.detailCategories : detail.dataset.detail) ?? '';
    }
    const { counts } = result;
    const sentence = fill(
      this.text[legendSentenceKey(counts, opinions)],
      legendSentenceParams(year, counts, (n) => formatCount(n, this.locale)),
    );
    const sentenceEl = this.root.querySelector('[data-legend-sentence]');
    if (sentenceEl) sentenceEl.textContent = sentence;
    const legendHeading = this.root.querySelector<HTMLElement>('[data-legend-heading]');
    if (legendHeading?.dataset.template) legendHeading.textContent = fill(legendHeading.dataset.template, { year });
    const listLabel = this.root.querySelector('[data-legend-list]');
    listLabel?.setAttribute('aria-label', (listLabel.getAttribute('aria-label') ?? '').replace(/\d{4}$/, String(year)));
    for (const el of this.root.querySelectorAll('[data-map-year]')) el.textContent = String(year);
    const title = this.svg.querySelector(':scope > title');
    if (title) title.textContent = fill(this.text.svgTitle, { year });
    const desc = this.svg.querySelector(':scope > desc');
    if (desc) desc.textContent = fill(this.text.svgDesc, { sentence });
    for (const link of this.root.querySelectorAll<HTMLAnchorElement>('a[data-year-link]')) {
      if (Number(link.dataset.yearLink) === year) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const link of this.root.querySelectorAll<HTMLAnchorElement>('a[data-href-template]')) {
      link.href = link.dataset.hrefTemplate!.replace('{year}', String(year));
    }
    // Provinces: how many of their kabupaten/kota have a figure in the year now shown.
    for (const count of this.root.querySelectorAll<HTMLElement>('[data-published]')) {
      const published = (JSON.parse(count.dataset.published!) as Record<string, number>)[String(year)];
      if (published === undefined) continue;
      const n = formatCount(published, this.locale);
      const short = count.querySelector('[data-count-short]');
      const long = count.querySelector('[data-count-long]');
      if (short) short.textContent = fill(count.dataset.template ?? '', { published: n });
      if (long) long.textContent = fill(count.dataset.labelTemplate ?? '', { published: n });
    }
    this.root.removeAttribute('aria-busy');
    this.status(sentence);
    if (href !== null) history.pushState({ ...(history.state as object | null), zpMapYear: year } satisfies HistoryState, '', href);
    if (this.active) this.renderTip(this.active);
  }

  private status(message: string): void {
    const el = this.root.querySelector('[data-map-status]');
    if (el) el.textContent = message;
  }

  // ---- tooltip -----------------------------------------------------------

  private regionOf(target: EventTarget | null): SVGAElement | null {
    const element = target instanceof Element ? target.closest('a[data-code]') : null;
    return element instanceof SVGAElement && this.svg.contains(element) ? element : null;
  }

  private onPointerOver(event: PointerEvent): void {
    if (event.pointerType === 'touch' || this.pinned) return;
    const region = this.regionOf(event.target);
    if (!region) return;
    this.show(region, 'hover');
    this.placeAtPointer(event);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch' || this.pinned || this.tip.hidden) return;
    if (this.regionOf(event.target)) this.placeAtPointer(event);
  }

  private onPointerOut(event: PointerEvent): void {
    if (event.pointerType === 'touch' || this.pinned) return;
    const from = this.regionOf(event.target);
    if (from && from !== this.regionOf(event.relatedTarget) && document.activeElement !== from) this.hide(false);
  }

  private onClick(event: MouseEvent): void {
    const region = this.regionOf(event.target);
    if (!region) return;
    const pointerType = (event as PointerEvent).pointerType || this.lastPointer;
    this.lastPointer = '';
    if (pointerType !== 'touch') return; // mouse and Enter follow the link
    event.preventDefault();
    this.show(region, 'pin');
    const sheet = window.matchMedia('(max-width: 40rem)').matches;
    this.tip.classList.toggle('is-sheet', sheet);
    if (!sheet) this.placeAtRegion(region);
  }

  private onFocus(event: FocusEvent): void {
    const region = this.regionOf(event.target);
    if (!region) return;
    this.setRoving(region);
    if (this.pinned && this.active !== region) this.hide(false);
    if (this.quietFocus) {
      // Focus handed back after the tooltip was dismissed: mark it, do not reopen the tooltip.
      this.drawHighlight(region, true);
      return;
    }
    if (!this.pinned) {
      this.show(region, 'focus');
      this.placeAtRegion(region);
    }
  }

  private onBlur(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.pinned || (next && (this.tip.contains(next) || this.regionOf(next)))) return;
    if (this.regionOf(event.target)) this.hide(false);
  }

  private show(region: SVGAElement, mode: 'hover' | 'focus' | 'pin'): void {
    if (this.active && this.active !== region) this.active.removeAttribute('aria-describedby');
    this.active = region;
    this.pinned = mode === 'pin';
    this.tip.classList.toggle('is-pinned', this.pinned);
    if (!this.pinned) this.tip.classList.remove('is-sheet');
    this.root.querySelector<HTMLElement>('[data-tip-actions]')!.hidden = !this.pinned;
    this.renderTip(region);
    this.tip.hidden = false;
    if (mode === 'focus' || mode === 'pin') region.setAttribute('aria-describedby', this.tip.id);
    this.drawHighlight(region, mode !== 'hover');
  }

  /** Hides the tooltip; `restoreFocus` returns focus to the region when it was inside the tooltip. */
  private hide(restoreFocus: boolean): void {
    const region = this.active;
    const focusInTip = this.tip.contains(document.activeElement);
    this.tip.hidden = true;
    this.tip.classList.remove('is-pinned', 'is-sheet');
    this.pinned = false;
    this.active = null;
    region?.removeAttribute('aria-describedby');
    // The focused region keeps its focus mark (the highlight layer is the focus indicator).
    const focused = this.regionOf(document.activeElement);
    this.drawHighlight(focused, focused !== null);
    if (region && restoreFocus && focusInTip) {
      this.quietFocus = true;
      region.focus();
      this.quietFocus = false;
    }
  }

  private renderTip(region: SVGAElement): void {
    const code = region.dataset.code!;
    const set = (selector: string, text: string) => {
      const el = this.tip.querySelector(selector);
      if (el) el.textContent = text;
    };
    set('[data-tip-name]', region.getAttribute('aria-label') ?? code);
    const province = this.tip.querySelector<HTMLElement>('[data-tip-province]')!;
    const provinceName = this.provinces[code.slice(0, 2)];
    province.hidden = provinceName === undefined;
    province.textContent = provinceName ?? '';
    this.tip.querySelector<HTMLAnchorElement>('[data-tip-link]')!.href = region.getAttribute('href') ?? '#';

    const data = this.data?.year === this.year ? this.data : null;
    const datum: MapRegionDatum | undefined = data?.regions[code];
    const zoneBadge = this.tip.querySelector<HTMLElement>('[data-tip-zone]')!;
    const changeRow = this.tip.querySelector<HTMLElement>('[data-tip-change-row]');
    const opinionYear = this.method === 'opinion';
    set('[data-tip-score-label]', fill(this.text.score, { year: this.year }));
    set('[data-tip-zone-label]', opinionYear ? this.text.opinion : this.text.zone);
    // No change across the method break, and none to show in an opinion year.
    if (changeRow) changeRow.hidden = opinionYear;
    const keyText = (key: FillKey): string => {
      if (key === 'none') return fill(this.text.notAssessed, { year: this.year });
      if (key === 'unrated') return this.text.unrated;
      if (key.startsWith('opini-')) return this.text.opinions[key.slice(6) as OpinionLevel];
      return this.text.zones[key.startsWith('hijau') ? 'hijau' : (key as Zone)];
    };
    if (!data) {
      set('[data-tip-score]', this.failedYear === this.year ? this.text.failed : this.text.loading);
      const key = FILL_KEYS.find((k) => region.classList.contains(fillClass(k))) ?? 'none';
      setFill(zoneBadge, key);
      set('[data-tip-zone-text]', keyText(key));
      set('[data-tip-change-label]', '');
      set('[data-tip-change]', '');
      return;
    }
    if (!datum) {
      set('[data-tip-score]', '—');
      setFill(zoneBadge, 'none');
      set('[data-tip-zone-text]', keyText('none'));
      set('[data-tip-change-label]', fill(this.text.change, { year: '—' }).replace(/\s*—$/, ''));
      set('[data-tip-change]', '—');
      return;
    }
    const [zone, category, score, change, previousYear] = datum;
    set('[data-tip-score]', score === null ? this.text.noScore : formatScore(score, this.locale));
    const key = datumFill(datum);
    setFill(zoneBadge, key);
    set(
      '[data-tip-zone-text]',
      zone === null
        ? keyText(key)
        : category
          ? `${fill(this.text.withCategory, { zone: this.text.zones[zone], category })} (${this.text.categories[category]})`
          : `${this.text.zones[zone]} (${this.text.predikat[zone]})`,
    );
    set('[data-tip-change-label]', fill(this.text.change, { year: previousYear ?? '—' }));
    set('[data-tip-change]', change === null ? this.text.noChange : formatChange(change, this.locale));
  }

  private placeAtPointer(event: PointerEvent): void {
    const box = this.tip.parentElement!.getBoundingClientRect();
    this.place(event.clientX - box.left, event.clientY - box.top, 14);
  }

  private placeAtRegion(region: SVGAElement): void {
    const box = this.tip.parentElement!.getBoundingClientRect();
    const r = region.getBoundingClientRect();
    this.place(r.left + r.width / 2 - box.left, r.top + r.height / 2 - box.top, Math.max(10, Math.min(r.width, r.height) / 2));
  }

  /** Places the tooltip near (x, y) in the figure, on whichever side fits. */
  private place(x: number, y: number, gap: number): void {
    if (this.tip.classList.contains('is-sheet')) return;
    const figure = this.tip.parentElement!;
    const width = this.tip.offsetWidth;
    const height = this.tip.offsetHeight;
    const maxX = figure.clientWidth - width;
    let left = x + gap;
    if (left > maxX) left = x - gap - width;
    left = Math.max(0, Math.min(left, Math.max(0, maxX)));
    let top = y + gap;
    if (top + height > figure.clientHeight && y - gap - height >= 0) top = y - gap - height;
    this.tip.style.left = `${Math.round(left)}px`;
    this.tip.style.top = `${Math.round(top)}px`;
  }

  private drawHighlight(region: SVGAElement | null, focus: boolean): void {
    if (!this.highlight) return;
    const d = region?.querySelector('path')?.getAttribute('d') ?? '';
    for (const path of this.highlight.querySelectorAll('path')) {
      if (d) path.setAttribute('d', d);
      else path.removeAttribute('d');
    }
    this.highlight.classList.toggle('is-focus', focus);
  }

  /** Keeps the hatching about 6 px apart whatever size the map is drawn at. */
  private fitHatch(): void {
    const pattern = this.svg.querySelector('pattern');
    const width = this.svg.getBoundingClientRect().width;
    if (!pattern || width === 0) return;
    const unitsPerPx = this.svg.viewBox.baseVal.width / width;
    const size = Math.max(1, Math.round(6 * unitsPerPx));
    pattern.setAttribute('width', String(size));
    pattern.setAttribute('height', String(size));
    pattern.querySelector('rect')?.setAttribute('width', String(size));
    pattern.querySelector('rect')?.setAttribute('height', String(size));
    const line = pattern.querySelector('path');
    if (line) {
      line.setAttribute('d', `m0 0v${size}`);
      line.style.strokeWidth = `${(1.5 * unitsPerPx).toFixed(1)}px`; // CSSOM: fine under a strict style-src
    }
  }

  // ---- keyboard ----------------------------------------------------------

  private setRoving(region: SVGAElement): void {
    for (const other of this.regions) if (other !== region && other.tabIndex !== -1) other.tabIndex = -1;
    region.tabIndex = 0;
  }

  private onKey(event: KeyboardEvent): void {
    const region = this.regionOf(event.target);
    if (!region) return;
    let next: SVGAElement | null | undefined = null;
    switch (event.key) {
      case 'ArrowRight':
        next = this.nearest(region, 1, 0);
        break;
      case 'ArrowLeft':
        next = this.nearest(region, -1, 0);
        break;
      case 'ArrowDown':
        next = this.nearest(region, 0, 1);
        break;
      case 'ArrowUp':
        next = this.nearest(region, 0, -1);
        break;
      case 'Home':
        next = this.regions[0];
        break;
      case 'End':
        next = this.regions.at(-1);
        break;
      case ' ':
        // Space pins the tooltip for keyboard users who want the link and the close button.
        event.preventDefault();
        this.show(region, 'pin');
        this.placeAtRegion(region);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next && next !== region) next.focus();
  }

  /** The region whose centre is nearest in direction (dx, dy) (src/lib/map/spatial.ts). */
  private nearest(from: SVGAElement, dx: Direction[0], dy: Direction[1]): SVGAElement | null {
    if (!this.centres) {
      this.centres = this.regions.map((region) => {
        const box = region.getBBox();
        return [box.x + box.width / 2, box.y + box.height / 2] as const;
      });
    }
    return this.regions[nearestInDirection(this.centres, this.regions.indexOf(from), [dx, dy])] ?? null;
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-zp-map]')) {
  if (root.querySelector('svg.zp-map__svg')) new ZoneMapController(root).init();
}
