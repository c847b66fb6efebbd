/**
 * Releases in words and as an Atom feed (src/lib/releases/present.ts, feed.ts): dates from the
 * ids in both languages and any time zone, values as phrases, each kind of change, the summary,
 * and the feed's required elements (RFC 4287) parsed back — with and without a site address,
 * escaped when names and URLs carry markup.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { diffReleases } from '../../src/lib/releases/diff.ts';
import { atomFeed, escapeXml, nameUuid, type FeedInput } from '../../src/lib/releases/feed.ts';
import { releaseHistory } from '../../src/lib/releases/history.ts';
import { formatDate } from '../../src/lib/format.ts';
import {
  changeText,
  changeView,
  countsText,
  governmentAnchor,
  releaseAnchor,
  releaseHeading,
  releaseName,
  releaseSummary,
  valueText,
} from '../../src/lib/releases/present.ts';
import { compareEntries } from '../../src/lib/releases/record.ts';
import type { Release, ReleaseEntry } from '../../src/lib/releases/types.ts';

const ORI = 'https://ombudsman.go.id/a';
const LOCAL = 'https://www.sinarlampung.co/c';

function entry(partial: Partial<ReleaseEntry> & Pick<ReleaseEntry, 'code' | 'year'>): ReleaseEntry {
  return { level: 'kabupaten', name: 'Kabupaten Pesawaran', score: null, zone: null, category: null, opinion: null, source: ORI, alternatives: [], ...partial };
}
function release(id: string, entries: ReleaseEntry[]): Release {
  return {
    formatVersion: 1,
    id,
    date: id.slice(0, 10),
    registry: 'idn-area-data 4.0.1',
    provinces: { '18': 'Lampung', '12': 'Sumatera Utara' },
    files: [],
    entries: [...entries].sort(compareEntries),
  };
}

describe('dates and names of releases', () => {
  it('the date in words, the same in every time zone (UTC)', () => {
    expect(formatDate('2026-12-04', 'id')).toBe('4 Desember 2026');
    expect(formatDate('2026-12-04', 'en')).toBe('4 December 2026');
    expect(formatDate('2027-01-01', 'id')).toBe('1 Januari 2027');
  });
  it('a further release the same day is numbered', () => {
    expect(releaseName('2026-12-04', 'id')).toBe('4 Desember 2026');
    expect(releaseName('2026-12-04.2', 'id')).toBe('4 Desember 2026 (ke-2)');
    expect(releaseHeading('2026-12-04.2', 'en')).toBe('Release of 4 December 2026 (no. 2 that day)');
    expect(releaseHeading('2026-12-04', 'id')).toBe('Rilis 4 Desember 2026');
    expect(() => releaseName('latest', 'id')).toThrow(/not a release id/);
  });
  it('anchors of a release and of a government in it', () => {
    expect(releaseAnchor('2026-12-04')).toBe('r-2026-12-04');
    expect(releaseAnchor('2026-12-04.2')).toBe('r-2026-12-04_2');
    expect(governmentAnchor('2026-12-04.2', '18.09')).toBe('r-2026-12-04_2-18_09');
    expect(governmentAnchor('2026-12-04', '18')).toBe('r-2026-12-04-18');
  });
});

describe('values and changes in words', () => {
  it('a value: score with its grade, grade alone, opinion, score alone', () => {
    expect(valueText({ score: 21.97, zone: 'merah', category: null, opinion: null }, 'id')).toBe('21,97 (zona merah)');
    expect(valueText({ score: 80.1, zone: 'hijau', category: 'B', opinion: null }, 'en')).toBe('80.10 (category B, green zone)');
    expect(valueText({ score: null, zone: 'kuning', category: null, opinion: null }, 'id')).toBe('zona kuning');
    expect(valueText({ score: null, zone: null, category: null, opinion: { level: 'tinggi', quality: 'baik', withoutMaladministration: true } }, 'id')).toBe(
      'opini Kualitas Tinggi tanpa maladministrasi',
    );
    expect(valueText({ score: 62.57, zone: null, category: null, opinion: { level: 'sedang', quality: null, withoutMaladministration: false } }, 'id')).toBe(
      '62,57 (opini Kualitas Sedang)',
    );
    expect(valueText({ score: 45.1, zone: null, category: null, opinion: null }, 'id')).toBe('45,10');
  });

  const before = [
    entry({ code: '18.09', year: 2021, zone: 'kuning', source: LOCAL }),
    entry({ code: '18.09', year: 2022, zone: 'kuning' }),
    entry({ code: '18.10', year: 2019, score: 60.5, zone: 'kuning' }),
  ];
  const after = [
    entry({ code: '18.09', year: 2017, score: 21.97, zone: 'merah', source: LOCAL }),
    entry({ code: '18.09', year: 2021, score: 70.12, zone: 'kuning', source: ORI, alternatives: [LOCAL] }),
    entry({ code: '18.09', year: 2022, zone: 'kuning', alternatives: ['https://mistar.id/x'] }),
  ];
  const views = diffReleases(before, after).changes.map((c) => changeView(c, 'id'));

  it('each kind of change: its label, the value (old → new), the pages', () => {
    expect(views.map((v) => [v.year, v.kind, v.label, v.value])).toEqual([
      [2017, 'added', 'ditambahkan', '21,97 (zona merah)'],
      [2021, 'changed', 'berubah', 'zona kuning → 70,12 (zona kuning)'],
      [2022, 'sources', 'sumber', 'angka tetap zona kuning'],
      [2019, 'removed', 'dihapus', 'sebelumnya 60,50 (zona kuning)'],
    ]);
    expect(views[0]!.shown).toEqual({ before: null, after: { href: LOCAL, text: 'sinarlampung.co' } });
    expect(views[1]!.shown).toEqual({ before: { href: LOCAL, text: 'sinarlampung.co' }, after: { href: ORI, text: 'ombudsman.go.id' } });
    expect(views[1]!.sourcesAdded).toEqual([]); // the new shown page is said once, as the shown one
    expect(views[2]!.sourcesAdded).toEqual([{ href: 'https://mistar.id/x', text: 'mistar.id' }]);
    expect(views[3]!.shown.before?.text).toBe('ombudsman.go.id');
  });

  it('as plain text for the feed', () => {
    expect(views.map((v) => changeText(v, 'id'))).toEqual([
      '2017 ditambahkan: 21,97 (zona merah); sumber: sinarlampung.co',
      '2021 berubah: zona kuning → 70,12 (zona kuning); sumber: sinarlampung.co → ombudsman.go.id',
      '2022 sumber: angka tetap zona kuning; sumber baru: mistar.id',
      '2019 dihapus: sebelumnya 60,50 (zona kuning); sumber: ombudsman.go.id',
    ]);
  });

  it('a source that is not a link stays text, never an href', () => {
    const [v] = diffReleases([], [entry({ code: '18.09', year: 2017, zone: 'merah', source: 'javascript:alert(1)' })]).changes.map((c) => changeView(c, 'en'));
    expect(v!.shown.after).toEqual({ href: null, text: 'javascript:alert(1)' });
  });

  it('counts in a sentence, only those that are not zero', () => {
    expect(countsText({ added: 31, changed: 0, removed: 0, sources: 10, newSourcePages: 3 }, 'id')).toBe(
      '31 angka ditambahkan, sumber berubah untuk 10 angka, dan 3 halaman sumber baru',
    );
    expect(countsText({ added: 1200, changed: 1, removed: 2, sources: 0, newSourcePages: 1 }, 'en')).toBe(
      '1,200 figures added, 1 figure changed, 2 figures removed and 1 new source page',
    );
    expect(countsText({ added: 0, changed: 0, removed: 0, sources: 0, newSourcePages: 0 }, 'id')).toBe('tidak ada angka atau sumber yang berubah');
  });

  it('the summary of the first release and of a later one', () => {
    const history = releaseHistory([release('2026-12-04', before), release('2026-12-04.2', after)]);
    expect(releaseSummary(history[1]!, 'id')).toBe('Rilis pertama: 3 angka untuk 2 pemerintah daerah, tahun 2019–2022.');
    expect(releaseSummary(history[0]!, 'en')).toBe(
      'Compared with the release of 4 December 2026: 1 figure added, 1 figure changed, 1 figure removed, sources changed for 1 figure and 1 new source page.',
    );
  });
});

describe('Atom feed', () => {
  const a = release('2026-12-04', [entry({ code: '18.09', year: 2021, zone: 'kuning' })]);
  const b = release('2027-02-01', [
    entry({
      code: '12',
      year: 2022,
      level: 'provinsi',
      name: 'Sumatera Utara',
      score: 90.54,
      zone: 'hijau',
      category: 'A',
      source: 'https://mistar.id/a?x=1&y=<2>',
    }),
    entry({ code: '12.77', year: 2022, name: 'Kota <script>alert(1)</script> & Co', zone: 'merah', source: LOCAL }),
    ...a.entries,
  ]);
  const history = releaseHistory([a, b]);
  const input = (origin: string | null): FeedInput => ({
    locale: 'id',
    history,
    origin,
    feedPath: '/zona/perubahan/feed.xml',
    pagePath: '/zona/perubahan/',
    governmentHref: (code) => (code.startsWith('18') ? `/zona/daerah/${code}-kabupaten-pesawaran/` : null),
    governmentName: (code, name) => (code.length === 2 ? `Pemerintah Provinsi ${name}` : name),
  });
  const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
  const text = (el: Element | null) => el?.textContent ?? null;

  it('has the elements RFC 4287 requires, in the Atom namespace, newest entry first', () => {
    const xml = atomFeed(input('https://example.org'));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">')).toBe(true);
    const doc = parse(xml);
    const feed = doc.documentElement as unknown as Element;
    expect(feed.tagName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.tagName === name);
    expect(text(child(feed, 'id')[0]!)).toBe('https://example.org/zona/perubahan/feed.xml');
    expect(text(child(feed, 'title')[0]!)).toBe('Zona Pelayanan: perubahan data');
    expect(text(child(feed, 'updated')[0]!)).toBe('2027-02-01T00:00:00Z');
    expect(text(child(child(feed, 'author')[0]!, 'name')[0]!)).toBe('Zona Pelayanan');
    const links = child(feed, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('type'), l.getAttribute('href')]);
    expect(links).toEqual([
      ['self', 'application/atom+xml', 'https://example.org/zona/perubahan/feed.xml'],
      ['alternate', 'text/html', 'https://example.org/zona/perubahan/'],
    ]);
    const entries = child(feed, 'entry');
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => text(child(e, 'id')[0]!))).toEqual([
      'https://example.org/zona/perubahan/#r-2027-02-01',
      'https://example.org/zona/perubahan/#r-2026-12-04',
    ]);
    expect(entries.map((e) => text(child(e, 'updated')[0]!))).toEqual(['2027-02-01T00:00:00Z', '2026-12-04T00:00:00Z']);
    expect(entries.map((e) => text(child(e, 'title')[0]!))).toEqual(['Rilis data 1 Februari 2027', 'Rilis data 4 Desember 2026']);
    for (const e of entries) {
      expect(child(e, 'link')[0]!.getAttribute('rel')).toBe('alternate');
      expect(child(e, 'summary')[0]!.getAttribute('type')).toBe('text');
      expect(child(e, 'content')[0]!.getAttribute('type')).toBe('html');
    }
    expect(text(child(entries[0]!, 'summary')[0]!)).toBe('Dibanding rilis 4 Desember 2026: 2 angka ditambahkan dan 2 halaman sumber baru.');
  });

  it('content: what changed per government, linked where the build has a page, markup in data escaped', () => {
    const xml = atomFeed(input('https://example.org'));
    expect(xml).not.toContain('<script>');
    const content = [...parse(xml).querySelectorAll('entry')][0]!.querySelector('content')!.textContent!;
    const html = new DOMParser().parseFromString(`<div>${content}</div>`, 'text/html');
    const items = [...html.querySelectorAll('div > ul > li')];
    const own = (li: Element) => li.textContent!.slice(0, li.textContent!.length - (li.querySelector('ul')?.textContent?.length ?? 0));
    expect(items.map(own)).toEqual(['Pemerintah Provinsi Sumatera Utara', 'Kota <script>alert(1)</script> & Co']);
    expect(html.querySelectorAll('script')).toHaveLength(0);
    expect(items[0]!.querySelector('li')!.textContent).toBe('2022 ditambahkan: 90,54 (kategori A, zona hijau); sumber: mistar.id');
    const more = [...html.querySelectorAll('a')].at(-1)!;
    expect(more.getAttribute('href')).toBe('https://example.org/zona/perubahan/#r-2027-02-01');
    // The first release says how much it recorded, not each figure.
    const first = [...parse(xml).querySelectorAll('entry')][1]!.querySelector('content')!.textContent!;
    expect(first).toContain('Rilis pertama: 1 angka untuk 1 pemerintah daerah, tahun 2021.');
    expect(first).not.toContain('<ul>');
  });

  it('links to the pages this build has', () => {
    const c = release('2027-03-01', [...b.entries.filter((e) => e.code !== '18.09'), entry({ code: '18.09', year: 2021, zone: 'hijau' })]);
    const xml = atomFeed({ ...input('https://example.org'), history: releaseHistory([a, b, c]) });
    const content = [...parse(xml).querySelectorAll('entry')][0]!.querySelector('content')!.textContent!;
    expect(content).toContain('<a href="https://example.org/zona/daerah/18.09-kabupaten-pesawaran/">Kabupaten Pesawaran</a>');
    expect(content).toContain('2021 berubah: zona kuning → zona hijau');
  });

  it('without a site address: root-relative links and name-based UUID ids, never localhost', () => {
    const xml = atomFeed(input(null));
    expect(xml).not.toMatch(/localhost|https?:\/\/example/);
    const doc = parse(xml);
    const ids = [...doc.querySelectorAll('id')].map((e) => e.textContent!);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
    expect(doc.querySelector('link[rel="self"]')!.getAttribute('href')).toBe('/zona/perubahan/feed.xml');
    expect(atomFeed(input(null))).toBe(xml); // stable from build to build
  });

  it('helpers: XML escaping drops characters XML cannot hold; UUIDs follow RFC 4122 v5', () => {
    expect(escapeXml('a & b < c > "d" \'e\'\u0001\uFFFF')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;');
    // The same as Python's uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.example.com/').
    expect(nameUuid('http://www.example.com/')).toBe('urn:uuid:fcde3c85-2270-590f-9e7c-ee003d65e0e2');
  });
});
