/**
 * The map's tooltip (src/scripts/map.ts): shown on hover, keyboard focus and tap. A tap on a
 * touch screen pins it (a bottom sheet on phones) with a link to the region page and a close
 * button; Esc or a tap elsewhere closes it. The highlight layer marks the region shown, and is
 * the focus indicator of the focused region. Its text: map-tip-text.ts.
 */
import { renderTipText } from './map-tip-text.ts';
import { regionOf, type MapView } from './map-view.ts';

export interface Tooltip {
  /** Shows and pins the tooltip of `region` next to it (Space on a region). */
  pin: (region: SVGAElement) => void;
  /** Redraws the tooltip shown, if any (the year or its data changed). */
  refresh: () => void;
}

interface TipState {
  view: MapView;
  tip: HTMLElement;
  highlight: SVGGElement | null;
  /** The region whose tooltip is shown. */
  active: SVGAElement | null;
  /** Pinned by a tap or Space: stays until closed. */
  pinned: boolean;
  /** The type of the last pointerdown (a click after a touch is a tap). */
  lastPointer: string;
  /** Set while focus is handed back to a region after Esc/close. */
  quietFocus: boolean;
}

function drawHighlight(s: TipState, region: SVGAElement | null, focus: boolean): void {
  if (!s.highlight) return;
  const d = region?.querySelector('path')?.getAttribute('d') ?? '';
  for (const path of s.highlight.querySelectorAll('path')) {
    if (d) path.setAttribute('d', d);
    else path.removeAttribute('d');
  }
  s.highlight.classList.toggle('is-focus', focus);
}

/** Places the tooltip near (x, y) in the figure, on whichever side fits. */
function place({ tip }: TipState, x: number, y: number, gap: number): void {
  if (tip.classList.contains('is-sheet')) return;
  const figure = tip.parentElement!;
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const maxX = figure.clientWidth - width;
  let left = x + gap;
  if (left > maxX) left = x - gap - width;
  left = Math.max(0, Math.min(left, Math.max(0, maxX)));
  let top = y + gap;
  if (top + height > figure.clientHeight && y - gap - height >= 0) top = y - gap - height;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

function placeAtPointer(s: TipState, event: PointerEvent): void {
  const box = s.tip.parentElement!.getBoundingClientRect();
  place(s, event.clientX - box.left, event.clientY - box.top, 14);
}

function placeAtRegion(s: TipState, region: SVGAElement): void {
  const box = s.tip.parentElement!.getBoundingClientRect();
  const r = region.getBoundingClientRect();
  place(s, r.left + r.width / 2 - box.left, r.top + r.height / 2 - box.top, Math.max(10, Math.min(r.width, r.height) / 2));
}

function show(s: TipState, region: SVGAElement, mode: 'hover' | 'focus' | 'pin'): void {
  const { tip } = s;
  if (s.active && s.active !== region) s.active.removeAttribute('aria-describedby');
  s.active = region;
  s.pinned = mode === 'pin';
  tip.classList.toggle('is-pinned', s.pinned);
  if (!s.pinned) tip.classList.remove('is-sheet');
  s.view.root.querySelector<HTMLElement>('[data-tip-actions]')!.hidden = !s.pinned;
  renderTipText(s.view, tip, region);
  tip.hidden = false;
  if (mode === 'focus' || mode === 'pin') region.setAttribute('aria-describedby', tip.id);
  drawHighlight(s, region, mode !== 'hover');
}

/** Hides the tooltip; `restoreFocus` returns focus to the region when it was inside the tooltip. */
function hide(s: TipState, restoreFocus: boolean): void {
  const region = s.active;
  const focusInTip = s.tip.contains(document.activeElement);
  s.tip.hidden = true;
  s.tip.classList.remove('is-pinned', 'is-sheet');
  s.pinned = false;
  s.active = null;
  region?.removeAttribute('aria-describedby');
  // The focused region keeps its focus mark (the highlight layer is the focus indicator).
  const focused = regionOf(s.view, document.activeElement);
  drawHighlight(s, focused, focused !== null);
  if (region && restoreFocus && focusInTip) {
    s.quietFocus = true;
    region.focus();
    s.quietFocus = false;
  }
}

/** Hover follows the pointer (not on touch screens); a tap pins the tooltip instead of following the link. */
function attachPointer(s: TipState): void {
  const { view, tip } = s;
  view.svg.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch' || s.pinned) return;
    const region = regionOf(view, event.target);
    if (!region) return;
    show(s, region, 'hover');
    placeAtPointer(s, event);
  });
  view.svg.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'touch' || s.pinned || tip.hidden) return;
    if (regionOf(view, event.target)) placeAtPointer(s, event);
  });
  view.svg.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch' || s.pinned) return;
    const from = regionOf(view, event.target);
    if (from && from !== regionOf(view, event.relatedTarget) && document.activeElement !== from) hide(s, false);
  });
  view.svg.addEventListener('pointerdown', (event) => (s.lastPointer = event.pointerType));
  view.svg.addEventListener('click', (event) => {
    const region = regionOf(view, event.target);
    if (!region) return;
    const pointerType = (event as PointerEvent).pointerType || s.lastPointer;
    s.lastPointer = '';
    if (pointerType !== 'touch') return; // mouse and Enter follow the link
    event.preventDefault();
    show(s, region, 'pin');
    const sheet = window.matchMedia('(max-width: 40rem)').matches;
    tip.classList.toggle('is-sheet', sheet);
    if (!sheet) placeAtRegion(s, region);
  });
}

/** Keyboard focus on a region shows its tooltip; leaving the map hides it. */
function attachFocus(s: TipState): void {
  const { view, tip } = s;
  view.svg.addEventListener('focusin', (event) => {
    const region = regionOf(view, event.target);
    if (!region) return;
    if (s.pinned && s.active !== region) hide(s, false);
    if (s.quietFocus) {
      // Focus handed back after the tooltip was dismissed: mark it, do not reopen the tooltip.
      drawHighlight(s, region, true);
      return;
    }
    if (!s.pinned) {
      show(s, region, 'focus');
      placeAtRegion(s, region);
    }
  });
  view.root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (s.pinned || (next && (tip.contains(next) || regionOf(view, next)))) return;
    if (regionOf(view, event.target)) hide(s, false);
  });
}

export function attachTooltip(view: MapView): Tooltip {
  const tip = view.root.querySelector<HTMLElement>('[data-tip]')!;
  const s: TipState = {
    view,
    tip,
    highlight: view.svg.querySelector('.zp-highlight'),
    active: null,
    pinned: false,
    lastPointer: '',
    quietFocus: false,
  };
  attachPointer(s);
  attachFocus(s);
  view.root.querySelector('[data-tip-close]')?.addEventListener('click', () => hide(s, true));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) hide(s, true);
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (s.pinned && !tip.contains(target) && !view.svg.contains(target)) hide(s, false);
  });
  return {
    pin: (region) => {
      show(s, region, 'pin');
      placeAtRegion(s, region);
    },
    refresh: () => {
      if (s.active) renderTipText(view, tip, s.active);
    },
  };
}
