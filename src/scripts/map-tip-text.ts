/**
 * The text of the map's tooltip for a region (src/scripts/map-tooltip.ts): name, province, score,
 * zone or opinion, and the change since the previous assessment, in the year shown. Set as text.
 */
import { fillClass, FILL_KEYS, type FillKey } from '../lib/map/legend.ts';
import type { MapRegionDatum } from '../lib/map/data.ts';
import { formatChange, formatScore } from '../lib/format.ts';
import type { OpinionLevel, Zone } from '../lib/types.ts';
import { fillTemplate } from '../i18n/template.ts';
import { datumFill, setFill, type MapView } from './map-view.ts';

/** Fills `tip` for `region` in the year shown; while its data loads (or failed), with the region's current fill. */
export function renderTipText(view: MapView, tip: HTMLElement, region: SVGAElement): void {
  const { text, year, locale } = view;
  const code = region.dataset.code!;
  const set = (selector: string, value: string) => {
    const el = tip.querySelector(selector);
    if (el) el.textContent = value;
  };
  set('[data-tip-name]', region.getAttribute('aria-label') ?? code);
  const province = tip.querySelector<HTMLElement>('[data-tip-province]')!;
  const provinceName = view.provinces[code.slice(0, 2)];
  province.hidden = provinceName === undefined;
  province.textContent = provinceName ?? '';
  tip.querySelector<HTMLAnchorElement>('[data-tip-link]')!.href = region.getAttribute('href') ?? '#';

  const data = view.data?.year === year ? view.data : null;
  const datum: MapRegionDatum | undefined = data?.regions[code];
  const zoneBadge = tip.querySelector<HTMLElement>('[data-tip-zone]')!;
  const changeRow = tip.querySelector<HTMLElement>('[data-tip-change-row]');
  const opinionYear = view.method === 'opinion';
  set('[data-tip-score-label]', fillTemplate(text.score, { year }));
  set('[data-tip-zone-label]', opinionYear ? text.opinion : text.zone);
  // No change across the method break, and none to show in an opinion year.
  if (changeRow) changeRow.hidden = opinionYear;
  const keyText = (key: FillKey): string => {
    if (key === 'none') return fillTemplate(text.notAssessed, { year });
    if (key === 'unrated') return text.unrated;
    if (key.startsWith('opini-')) return text.opinions[key.slice(6) as OpinionLevel];
    return text.zones[key.startsWith('hijau') ? 'hijau' : (key as Zone)];
  };
  if (!data) {
    set('[data-tip-score]', view.failedYear === year ? text.failed : text.loading);
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
    // Nothing published this year: no change to show, so no "Perubahan vs" row.
    if (changeRow) changeRow.hidden = true;
    return;
  }
  const [zone, category, score, change, previousYear] = datum;
  set('[data-tip-score]', score === null ? text.noScore : formatScore(score, locale));
  const key = datumFill(datum);
  setFill(zoneBadge, key);
  set(
    '[data-tip-zone-text]',
    zone === null
      ? keyText(key)
      : category
        ? `${fillTemplate(text.withCategory, { zone: text.zones[zone], category })} (${text.categories[category]})`
        : `${text.zones[zone]} (${text.grades[zone]})`,
  );
  set('[data-tip-change-label]', fillTemplate(text.change, { year: previousYear ?? '—' }));
  set('[data-tip-change]', change === null ? text.noChange : formatChange(change, locale));
}
