import type { Locale } from '../../i18n/index.ts';
import type { Dataset } from '../model/load.ts';
import { assessedYears, provinceZoneCounts } from '../model/queries.ts';
import { seriesOf } from '../model/series.ts';
import type { ScoreEntry } from '../types.ts';
import type { OgCardInput, OgPoint } from './og.ts';
import type { Theme } from './palette.ts';

/** What a region's or a province's share card shows, from the dataset (og.ts draws it). */

type CardData = Pick<Dataset, 'registry' | 'scores' | 'manifest'>;

interface CardIndex {
  years: number[];
  byCode: Map<string, ScoreEntry[]>;
}
const indexes = new WeakMap<readonly ScoreEntry[], CardIndex>();

/** Scores per government code (region and provincial rows apart), built once per dataset. */
function cardIndex(scores: readonly ScoreEntry[]): CardIndex {
  let index = indexes.get(scores);
  if (!index) {
    const byCode = new Map<string, ScoreEntry[]>();
    for (const e of scores) {
      const key = `${e.level === 'provinsi' ? 'p' : 'r'}:${e.code}`;
      const list = byCode.get(key);
      if (list) list.push(e);
      else byCode.set(key, [e]);
    }
    index = { years: assessedYears(scores), byCode };
    indexes.set(scores, index);
  }
  return index;
}

function toPoints(entries: readonly ScoreEntry[]): OgPoint[] {
  return seriesOf(entries).map((p) => ({
    year: p.year,
    score: p.score,
    zone: p.zone,
    category: p.category,
    ...(p.opinion ? { opinion: p.opinion.level } : {}),
  }));
}

/** The card of a kabupaten/kota page, or null for a code outside the registry. */
export function regionCardInput(data: CardData, code: string, locale: Locale, theme?: Theme): OgCardInput | null {
  const region = data.registry.regions.find((r) => r.code === code);
  if (!region) return null;
  const index = cardIndex(data.scores);
  return {
    kind: 'region',
    name: region.name,
    provinceName: data.registry.provinces.find((p) => p.code === region.provinceCode)?.name ?? null,
    points: toPoints(index.byCode.get(`r:${code}`) ?? []),
    from: index.years[0] ?? null,
    to: index.years.at(-1) ?? null,
    demo: data.manifest.demo,
    locale,
    ...(theme ? { theme } : {}),
  };
}

/** The card of a province page, or null for a code outside the registry. */
export function provinceCardInput(data: CardData, provinceCode: string, locale: Locale, theme?: Theme): OgCardInput | null {
  const province = data.registry.provinces.find((p) => p.code === provinceCode);
  if (!province) return null;
  const index = cardIndex(data.scores);
  const year = index.years.at(-1) ?? null;
  return {
    kind: 'province',
    name: province.name,
    points: toPoints(index.byCode.get(`p:${provinceCode}`) ?? []),
    from: index.years[0] ?? null,
    to: year,
    counts: year === null ? null : { ...provinceZoneCounts(data, provinceCode, year), year },
    demo: data.manifest.demo,
    locale,
    ...(theme ? { theme } : {}),
  };
}
