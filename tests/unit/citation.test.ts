import { describe, expect, it } from 'vitest';
import {
  bibtexText,
  citationBibtex,
  citationKey,
  citationText,
  isIsoDate,
  releaseDate,
  subjectTitle,
  subjectYears,
  yearSpan,
  type CiteSubject,
} from '../../src/lib/citation.ts';
import { formatDate } from '../../src/lib/format.ts';

const pesawaran: CiteSubject = { kind: 'region', region: { code: '18.09', name: 'Kabupaten Pesawaran', slug: 'kabupaten-pesawaran' } };
const lampung: CiteSubject = { kind: 'province', province: { code: '18', name: 'Lampung', slug: 'lampung' } };
const URL_ID = 'https://zona.example/daerah/18.09-kabupaten-pesawaran/';

describe('releaseDate: the one place that knows the data release date', () => {
  it('reads only the manifest today, which has no date: null (nothing made up)', () => {
    expect(releaseDate({ manifest: { demo: false } })).toBeNull();
  });
  it('with recorded releases, the newest valid date', () => {
    const releases = [{ date: '2026-02-10' }, { date: '2026-03-05' }, { date: '2025-12-31' }, { date: '2026-13-01' }, { date: 'maret' }];
    expect(releaseDate({ manifest: { demo: false } }, releases)).toBe('2026-03-05');
  });
  it('demo data is never released', () => {
    expect(releaseDate({ manifest: { demo: true } }, [{ date: '2026-03-05' }])).toBeNull();
  });
});

describe('dates and years', () => {
  it('isIsoDate accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-3-5')).toBe(false);
    expect(isIsoDate('2026-03-05T00:00:00Z')).toBe(false);
  });
  it('formatDate writes the date in the page language, whatever the time zone', () => {
    expect(formatDate('2026-03-05', 'id')).toBe('5 Maret 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(() => formatDate('5 Maret 2026', 'id')).toThrow();
  });
  it('yearSpan', () => {
    expect(yearSpan([2019, 2017, 2025])).toBe('2017–2025');
    expect(yearSpan([2025, 2025])).toBe('2025');
    expect(yearSpan([])).toBeNull();
  });
  it('subjectYears: a region its own, a province its government and its kabupaten/kota, the data all', () => {
    const scores = [
      { code: '18.09', year: 2017 },
      { code: '18.09', year: 2022 },
      { code: '18', year: 2015 },
      { code: '18.72', year: 2024 },
      { code: '180', year: 2010 },
      { code: '35.14', year: 2025 },
    ];
    expect(subjectYears(scores, pesawaran)).toEqual([2017, 2022]);
    expect(subjectYears(scores, lampung)).toEqual([2015, 2017, 2022, 2024]);
    expect(subjectYears(scores, { kind: 'data' })).toEqual([2010, 2015, 2017, 2022, 2024, 2025]);
  });
});

describe('subjectTitle and citationKey', () => {
  it('names the subject in each language, with its years', () => {
    expect(subjectTitle(pesawaran, [2017, 2022], 'id')).toBe('Kabupaten Pesawaran: kepatuhan standar pelayanan publik, 2017–2022');
    expect(subjectTitle(pesawaran, [2017, 2022], 'en')).toBe('Kabupaten Pesawaran: compliance with public service standards, 2017–2022');
    expect(subjectTitle(pesawaran, [], 'id')).toBe('Kabupaten Pesawaran: kepatuhan standar pelayanan publik');
    expect(subjectTitle(lampung, [2015], 'id')).toMatch(/^Provinsi Lampung: .*, 2015$/);
    expect(subjectTitle(lampung, [2015], 'en')).toMatch(/^Lampung Province: .*, 2015$/);
    expect(subjectTitle({ kind: 'data' }, [2015, 2025], 'en')).toMatch(/Ombudsman Republik Indonesia .*, 2015–2025$/);
  });
  it('gives BibTeX keys made of safe characters', () => {
    expect(citationKey(pesawaran)).toBe('zonapelayanan-18.09');
    expect(citationKey(lampung)).toBe('zonapelayanan-lampung');
    expect(citationKey({ kind: 'data' })).toBe('zonapelayanan-data');
  });
});

describe('citationText (APA-like)', () => {
  const title = subjectTitle(pesawaran, [2017, 2022], 'id');
  it('with a release date: author, year, title, kind and source, release date, URL', () => {
    expect(citationText({ title, url: URL_ID, date: '2026-03-05', locale: 'id', key: 'k' })).toBe(
      'Zona Pelayanan. (2026). Kabupaten Pesawaran: kepatuhan standar pelayanan publik, 2017–2022 [Kumpulan data; sumber: Ombudsman Republik Indonesia]. Data rilis 5 Maret 2026. https://zona.example/daerah/18.09-kabupaten-pesawaran/',
    );
    expect(
      citationText({
        title: subjectTitle(pesawaran, [2017, 2022], 'en'),
        url: 'https://zona.example/en/daerah/18.09-kabupaten-pesawaran/',
        date: '2026-03-05',
        locale: 'en',
        key: 'k',
      }),
    ).toBe(
      'Zona Pelayanan. (2026). Kabupaten Pesawaran: compliance with public service standards, 2017–2022 [Data set; source: Ombudsman Republik Indonesia]. Data released 5 March 2026. https://zona.example/en/daerah/18.09-kabupaten-pesawaran/',
    );
  });
  it('without one: "t.t." / "n.d." and no release sentence', () => {
    expect(citationText({ title, url: URL_ID, date: null, locale: 'id', key: 'k' })).toBe(
      'Zona Pelayanan. (t.t.). Kabupaten Pesawaran: kepatuhan standar pelayanan publik, 2017–2022 [Kumpulan data; sumber: Ombudsman Republik Indonesia]. https://zona.example/daerah/18.09-kabupaten-pesawaran/',
    );
    expect(citationText({ title, url: '/daerah/x/', date: null, locale: 'en', key: 'k' })).toMatch(/^Zona Pelayanan\. \(n\.d\.\)\. .* \/daerah\/x\/$/);
  });
});

describe('citationBibtex', () => {
  const title = subjectTitle(pesawaran, [2017, 2022], 'id');
  it('is one @misc entry with balanced braces, the fields, and the URL', () => {
    const entry = citationBibtex({ title, url: URL_ID, date: '2026-03-05', locale: 'id', key: 'zonapelayanan-18.09' });
    expect(entry).toBe(
      [
        '@misc{zonapelayanan-18.09,',
        '  author       = {{Zona Pelayanan}},',
        '  title        = {{Kabupaten Pesawaran: kepatuhan standar pelayanan publik, 2017--2022}},',
        '  year         = {2026},',
        '  date         = {2026-03-05},',
        '  note         = {Kumpulan data; sumber: Ombudsman Republik Indonesia. Data rilis 5 Maret 2026},',
        `  howpublished = {\\url{${URL_ID}}},`,
        `  url          = {${URL_ID}}`,
        '}',
        '',
      ].join('\n'),
    );
    let depth = 0;
    for (const c of entry.replace(/\\[{}]/g, '')) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
  it('without a date: no year or date field', () => {
    const entry = citationBibtex({ title, url: URL_ID, date: null, locale: 'en', key: 'k' });
    expect(entry).not.toMatch(/^\s*(year|date)\s*=/m);
    expect(entry).toMatch(/note {9}= \{Data set; source: Ombudsman Republik Indonesia\}/);
  });
  it('escapes TeX specials so a name cannot break the entry', () => {
    expect(bibtexText('A & B {x} 50% #1 $5 _y ~ ^ \\ — –')).toBe(
      'A \\& B \\{x\\} 50\\% \\#1 \\$5 \\_y \\textasciitilde{} \\textasciicircum{} \\textbackslash{} --- --',
    );
    const entry = citationBibtex({ title: 'Kota } @misc{evil,', url: 'https://zona.example/a b}', date: null, locale: 'id', key: 'k' });
    expect(entry).toContain('title        = {{Kota \\} @misc\\{evil,}}');
    expect(entry).toContain('url          = {https://zona.example/a%20b%7D}');
  });
});
