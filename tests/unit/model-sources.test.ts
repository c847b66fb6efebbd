import { describe, expect, it } from 'vitest';
import {
  choiceReason,
  choiceText,
  hostOf,
  printedGradeAddsInfo,
  printedParts,
  printedScoreAddsInfo,
  readingLabel,
  regionYears,
  safeUrl,
  sourceLink,
  yearSources,
} from '../../src/lib/model/sources.ts';
import type { ScoreEntry, ScoreMention, ScoreReading } from '../../src/lib/types.ts';

const src = (url: string | undefined, line = 1) => ({ file: 'kepatuhan/k.csv', line, ...(url ? { url } : {}) });
const reading = (over: Partial<ScoreReading>): ScoreReading => ({ score: null, zone: null, category: null, source: src('https://example.com/a'), ...over });

/** Kulon Progo 2017 as ingested: 74,26 from krjogja, 74 persen from Tribun (differs), 74,26 from Solopos (agrees). */
const kulonProgo: ScoreEntry = {
  code: '34.01',
  level: 'kabupaten',
  year: 2017,
  scheme: 'zona-2013',
  score: 74.26,
  zone: 'kuning',
  category: null,
  printed: { score: '74,26', grade: 'zona kuning (kepatuhan sedang)' },
  source: src('https://www.krjogja.com/berita-lokal/diy/', 216),
  alternatives: [
    {
      ...reading({ score: 74, zone: 'kuning', printed: { score: '74 persen', grade: 'zona kuning, peringkat kepatuhan sedang' } }),
      source: src('https://jogja.tribunnews.com/2017/12/08/x', 560),
      differs: true,
    },
    {
      ...reading({ score: 74.26, zone: 'kuning', printed: { score: '74,26', grade: 'zona kuning', rank: 'pemuncak di DIY' } }),
      source: src('https://jogja.solopos.com/x', 614),
      differs: false,
    },
  ],
};

describe('links', () => {
  it('uses the host name without www. as link text, and only http(s) links', () => {
    expect(hostOf('https://www.antaranews.com/berita/1')).toBe('antaranews.com');
    expect(hostOf('https://ombudsman.go.id/perwakilan/news/r/x')).toBe('ombudsman.go.id');
    expect(hostOf('http://jatim.antaranews.com/amp/berita/1')).toBe('jatim.antaranews.com');
    expect(hostOf('javascript:alert(1)')).toBeNull();
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://exa mple.com')).toBeUndefined();
    expect(sourceLink({ file: 'f.csv', line: 3, label: 'Surat ORI R/1/2023' })).toEqual({ href: null, text: 'Surat ORI R/1/2023', file: 'f.csv', line: 3 });
  });
});

describe('yearSources and the choice', () => {
  it('splits the other sources into differing and agreeing, and says why the shown one was chosen', () => {
    const s = yearSources(kulonProgo);
    expect(s.differing.map((a) => a.source.line)).toEqual([560]);
    expect(s.agreeing.map((a) => a.source.line)).toEqual([614]);
    // Both have a score, both are "other" outlets: the first listed wins.
    expect(s.reason).toBe('listedFirst');
    expect(choiceText(s)).toBe('Ditampilkan: krjogja.com, karena sumber-sumbernya setara dan yang tercatat lebih dulu dipakai.');
    expect(choiceText(s, 'en')).toBe('Shown: krjogja.com, because the sources rank equally and the first listed is used.');
  });
  it('names each precedence rule', () => {
    const ori = reading({ zone: 'merah', source: src('https://ombudsman.go.id/x') });
    const antara = reading({ zone: 'merah', source: src('https://kupang.antaranews.com/x') });
    const local = reading({ zone: 'merah', source: src('https://kumparan.com/x') });
    const scored = reading({ score: 77.07, zone: 'kuning', source: src('https://kumparan.com/x') });
    const rankOnly = reading({ printed: { rank: '1' } });
    expect(choiceReason(scored, ori)).toBe('score');
    expect(choiceReason(ori, antara)).toBe('ombudsman');
    expect(choiceReason(antara, local)).toBe('wire');
    expect(choiceReason(local, reading({ zone: 'merah', source: src(undefined) }))).toBe('link');
    expect(choiceReason(local, rankOnly)).toBe('value');
  });
  it('has no reason with a single source', () => {
    const { alternatives: _alternatives, ...single } = kulonProgo;
    expect(yearSources(single).reason).toBeNull();
    expect(choiceText(yearSources(single))).toBeNull();
  });
});

describe('printed text that adds information', () => {
  it('shows a printed grade only when it says more than the zone or letter', () => {
    expect(printedGradeAddsInfo({ printed: { grade: 'zona hijau' }, zone: 'hijau', category: null })).toBe(false);
    expect(printedGradeAddsInfo({ printed: { grade: 'Zona Hijau' }, zone: 'hijau', category: null })).toBe(false);
    expect(printedGradeAddsInfo({ printed: { grade: 'B' }, zone: 'hijau', category: 'B' })).toBe(false);
    expect(printedGradeAddsInfo({ printed: { grade: 'zona hijau, kategori B' }, zone: 'hijau', category: 'B' })).toBe(false);
    expect(printedGradeAddsInfo({ printed: { grade: 'Kategori A opini kualitas tertinggi' }, zone: 'hijau', category: 'A' })).toBe(true);
    expect(printedGradeAddsInfo({ printed: { grade: 'zona hijau (predikat kepatuhan tinggi)' }, zone: 'hijau', category: null })).toBe(true);
    expect(printedGradeAddsInfo({ zone: 'hijau', category: null })).toBe(false);
    const opinion = { level: 'sedang' as const, quality: 'cukup' as const, withoutMaladministration: true };
    expect(printedGradeAddsInfo({ printed: { grade: 'Kualitas Sedang Tanpa Maladministrasi' }, zone: null, category: null, opinion })).toBe(false);
    expect(printedGradeAddsInfo({ printed: { grade: 'Opini Kualitas Sedang Tanpa Maladministrasi' }, zone: null, category: null, opinion })).toBe(false);
    expect(printedGradeAddsInfo({ printed: { grade: 'kualitas pelayanan "Cukup" + opini kualitas "Sedang"' }, zone: null, category: null, opinion })).toBe(
      true,
    );
  });
  it('shows a printed score when no exact value was read or it is not a plain number', () => {
    expect(printedScoreAddsInfo({ printed: { score: 'di atas 80' }, score: null })).toBe(true);
    expect(printedScoreAddsInfo({ printed: { score: '44 persen' }, score: 44 })).toBe(true);
    expect(printedScoreAddsInfo({ printed: { score: '74,26' }, score: 74.26 })).toBe(false);
    expect(printedScoreAddsInfo({ printed: { score: '91.60' }, score: 91.6 })).toBe(false);
    expect(printedScoreAddsInfo({ score: 50 })).toBe(false);
  });
  it('labels printed parts where a bare value would be unclear', () => {
    expect(printedParts({ score: '81,03', grade: 'zona hijau', rank: '11' })).toEqual(['“81,03”', '“zona hijau”', 'Peringkat tertulis: 11']);
    expect(printedParts(undefined)).toEqual([]);
  });
  it('labels a reading in words', () => {
    expect(readingLabel(reading({ score: 74, zone: 'kuning' }))).toBe('74,00 · zona kuning');
    expect(readingLabel(reading({ zone: 'merah' }), 'en')).toBe('red zone');
    expect(readingLabel(reading({ opinion: { level: 'tinggi', quality: 'baik', withoutMaladministration: true } }))).toBe(
      'opini Kualitas Tinggi tanpa maladministrasi',
    );
    expect(readingLabel(reading({ printed: { rank: '1' } }))).toBe('tanpa nilai');
  });
});

describe('regionYears', () => {
  const mention: ScoreMention = {
    code: '14.02',
    level: 'kabupaten',
    year: 2019,
    printed: { grade: 'belum mencapai zona hijau' },
    source: src('https://riau.example/x'),
  };
  it('gives every year on the axis: no assessment (2020), unpublished (with mentions) or published', () => {
    const rows = regionYears([kulonProgo], [mention], 2017, 2021);
    expect(rows.map((r) => [r.year, r.status.kind, r.mentions.length])).toEqual([
      [2017, 'published', 0],
      [2018, 'unpublished', 0],
      [2019, 'unpublished', 1],
      [2020, 'no-assessment', 0],
      [2021, 'unpublished', 0],
    ]);
  });
});
