/**
 * The export tests' dataset: the hand-made processed sample (tests/fixtures/processed-sample)
 * with its own mentions and national counts left out (these tests bring theirs), and `withSources()`, the same data with what real published figures carry: pages,
 * text as printed, other sources (one that differs, one that agrees), a printed zone
 * that disagrees with the score's band, mentions without a value and ORI's national counts.
 */
import { loadDataset, type Dataset } from '../../src/lib/model/load.ts';
import type { NationalCount, ScoreEntry, ScoreMention } from '../../src/lib/types.ts';

/** The sample without mentions or national counts. */
export function sampleDataset(): Dataset {
  return { ...loadDataset('tests/fixtures/processed-sample'), mentions: [], national: [] };
}

export const ORI_URL = 'https://ombudsman.go.id/perwakilan/news/r/pwk--hasil-kepatuhan-lampung-2021';
export const ANTARA_URL = 'https://lampung.antaranews.com/berita/500/pesawaran-zona-kuning';
export const LOCAL_URL = 'https://www.example-news.id/pesawaran-2021';

export const MENTIONS: ScoreMention[] = [
  {
    code: '18.72',
    level: 'kota',
    year: 2022,
    printed: { grade: 'belum mencapai zona hijau' },
    note: 'named without a value',
    source: { file: 'kepatuhan/sample.csv', line: 30, url: 'https://www.radarlampung.example/metro-2022' },
  },
  { code: '18', level: 'provinsi', year: 2019, printed: { rank: '+5 dari 34' }, source: { file: 'kepatuhan/sample.csv', line: 31 } },
];

export const NATIONAL: NationalCount[] = [
  {
    year: 2022,
    level: 'kota',
    assessed: 98,
    zones: { hijau: 53, kuning: 42, merah: 3 },
    source: { file: 'data/reference/ori-national-counts.csv', line: 3, url: 'https://www.sonora.id/read/1' },
  },
  {
    year: 2019,
    level: 'kabupaten-kota',
    assessed: 251,
    zones: { hijau: null, kuning: null, merah: null },
    note: 'assessed count only',
    source: { file: 'data/reference/ori-national-counts.csv', line: 5, url: 'https://jambi.antaranews.com/berita/2' },
  },
  {
    year: 2022,
    level: 'provinsi',
    assessed: 34,
    zones: { hijau: 19, kuning: 13, merah: 2 },
    source: { file: 'data/reference/ori-national-counts.csv', line: 2, url: 'https://www.sonora.id/read/1' },
  },
];

function enrich(e: ScoreEntry): ScoreEntry {
  if (e.code === '18.09' && e.year === 2021) {
    return {
      ...e,
      printed: { score: '62,10', grade: 'zona kuning', rank: '3' },
      note: 'DISAGREES with Antara (61,2)',
      source: { ...e.source, url: ORI_URL },
      alternatives: [
        {
          score: 61.2,
          zone: 'kuning',
          category: null,
          printed: { score: '61,2 persen', grade: 'Zona Kuning' },
          source: { file: 'kepatuhan/sample.csv', line: 20, url: ANTARA_URL },
          differs: true,
        },
        {
          score: null,
          zone: 'kuning',
          category: null,
          printed: { grade: 'kuning' },
          source: { file: 'kepatuhan/sample.csv', line: 21, url: LOCAL_URL },
          differs: false,
        },
      ],
    };
  }
  if (e.code === '35.75' && e.year === 2021) {
    return {
      ...e,
      zone: 'hijau',
      printed: { score: '55,55', grade: 'zona hijau' },
      bandOfScore: { zone: 'kuning', category: null },
      source: { ...e.source, url: LOCAL_URL },
    };
  }
  return e;
}

/** The sample with sources, alternatives, mentions and national counts (see the module comment). */
export function withSources(): Dataset {
  const base = sampleDataset();
  return { ...base, scores: base.scores.map(enrich), mentions: MENTIONS, national: NATIONAL };
}

/** A 2025 entry (Opini Ombudsman: an opinion, no zone or letter). */
export const OPINION_2025: ScoreEntry = {
  code: '18.09',
  level: 'kabupaten',
  year: 2025,
  scheme: 'opini-ombudsman-2025',
  score: 82,
  zone: null,
  category: null,
  opinion: { level: 'tinggi', quality: 'baik', withoutMaladministration: true },
  printed: { score: '82', grade: 'Opini Kualitas Tinggi Tanpa Maladministrasi' },
  source: { file: 'kepatuhan/sample.csv', line: 40, url: 'https://ombudsman.go.id/perwakilan/news/r/opini-2025' },
};
