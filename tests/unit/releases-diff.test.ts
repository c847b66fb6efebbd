/**
 * Data releases (src/lib/releases): ids, the release file (from processed entries, written and
 * read back), the diff between consecutive releases (added, removed, changed score, zone-only →
 * score, opinion years, sources added/removed/now shown, identical), the history of releases and
 * what `npm run release` decides.
 */
import { describe, expect, it } from 'vitest';
import { diffReleases, pagesOf, sameFigures, valueFields, type YearChange } from '../../src/lib/releases/diff.ts';
import { groupChanges, lastChangedIn, releaseHistory, unreleasedChanges } from '../../src/lib/releases/history.ts';
import { compareReleaseIds, isIsoDate, parseReleaseId, releaseId, releaseTimestamp, todayUtc } from '../../src/lib/releases/ids.ts';
import { planRelease } from '../../src/lib/releases/plan.ts';
import { compareEntries, parseRelease, releaseEntries, releaseEntry, releaseFromDataset, serializeRelease } from '../../src/lib/releases/record.ts';
import type { Release, ReleaseEntry } from '../../src/lib/releases/types.ts';
import type { RegistryFile, ScoreEntry } from '../../src/lib/types.ts';

const ORI = 'https://ombudsman.go.id/a';
const ANTARA = 'https://lampung.antaranews.com/b';
const LOCAL = 'https://sinarlampung.co/c';

function entry(partial: Partial<ReleaseEntry> & Pick<ReleaseEntry, 'code' | 'year'>): ReleaseEntry {
  return {
    level: partial.code.length === 2 ? 'provinsi' : 'kabupaten',
    name: partial.code === '18' ? 'Lampung' : `Kabupaten ${partial.code}`,
    score: null,
    zone: null,
    category: null,
    opinion: null,
    source: ORI,
    alternatives: [],
    ...partial,
  };
}

function release(id: string, entries: ReleaseEntry[]): Release {
  return {
    formatVersion: 1,
    id,
    date: parseReleaseId(id)!.date,
    registry: 'idn-area-data 4.0.1',
    provinces: { '18': 'Lampung' },
    files: [],
    entries: [...entries].sort(compareEntries),
  };
}

const kinds = (changes: readonly YearChange[]) =>
  changes.map((c) => `${c.kind} ${'entry' in c ? c.entry.code : c.after.code} ${'entry' in c ? c.entry.year : c.after.year}`);

describe('release ids', () => {
  it('are a date, or a date and a number for a further release the same day', () => {
    expect(parseReleaseId('2026-12-04')).toEqual({ date: '2026-12-04', sequence: 1 });
    expect(parseReleaseId('2026-12-04.2')).toEqual({ date: '2026-12-04', sequence: 2 });
    expect(parseReleaseId('2026-12-04.12')).toEqual({ date: '2026-12-04', sequence: 12 });
    for (const bad of ['2026-12-04.1', '2026-12-04.0', '2026-02-30', '2026-13-01', '26-12-04', '2026-12-04-2', '2026-12-04.json', ''])
      expect(parseReleaseId(bad), bad).toBeNull();
    expect(releaseId('2026-12-04')).toBe('2026-12-04');
    expect(releaseId('2026-12-04', 3)).toBe('2026-12-04.3');
  });
  it('sort by date, then by number (10 after 2)', () => {
    expect(['2026-12-04.10', '2027-01-15', '2026-12-04', '2026-12-04.2'].sort(compareReleaseIds)).toEqual([
      '2026-12-04',
      '2026-12-04.2',
      '2026-12-04.10',
      '2027-01-15',
    ]);
    expect(() => compareReleaseIds('x', '2026-12-04')).toThrow(/not a release id/);
  });
  it('dates: real calendar days, midnight UTC timestamps, today in UTC', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(releaseTimestamp('2026-12-04')).toBe('2026-12-04T00:00:00Z');
    expect(todayUtc(new Date('2026-12-04T23:30:00-05:00'))).toBe('2026-12-05');
  });
});

describe('release file', () => {
  const score: ScoreEntry = {
    code: '18.09',
    level: 'kabupaten',
    year: 2017,
    scheme: 'zona-2013',
    score: 21.97,
    zone: 'merah',
    category: null,
    printed: { score: '21,97', grade: 'zona merah' },
    note: 'not kept',
    source: { file: 'kepatuhan/a.csv', line: 2, url: LOCAL },
    alternatives: [
      { score: null, zone: 'merah', category: null, source: { file: 'kepatuhan/a.csv', line: 3, url: ANTARA }, differs: false },
      { score: null, zone: 'merah', category: null, source: { file: 'kepatuhan/b.csv', line: 9, url: ANTARA }, differs: false },
      { score: null, zone: 'kuning', category: null, source: { file: 'kepatuhan/b.csv', line: 4, url: LOCAL }, differs: true },
    ],
  };
  const opinion: ScoreEntry = {
    code: '18',
    level: 'provinsi',
    year: 2025,
    scheme: 'opini-ombudsman-2025',
    score: null,
    zone: null,
    category: null,
    opinion: { level: 'tinggi', quality: 'baik', withoutMaladministration: true },
    source: { file: 'kepatuhan/c.csv', line: 5, label: 'Laporan ORI 2025, hal. 4' },
  };
  const registry: RegistryFile = {
    source: { package: 'idn-area-data', version: '4.0.1', licence: 'ODbL' },
    provinces: [
      { code: '18', name: 'Lampung', slug: 'lampung' },
      { code: '11', name: 'Aceh', slug: 'aceh' },
    ],
    regions: [{ code: '18.09', name: 'Kabupaten Pesawaran', shortName: 'Pesawaran', kind: 'kabupaten', provinceCode: '18', slug: 'kabupaten-pesawaran' }],
  };

  it('keeps the value shown and the pages of the shown value and of the other sources (no repeats, not the shown one)', () => {
    expect(releaseEntry(score, 'Kabupaten Pesawaran')).toEqual({
      code: '18.09',
      year: 2017,
      level: 'kabupaten',
      name: 'Kabupaten Pesawaran',
      score: 21.97,
      zone: 'merah',
      category: null,
      opinion: null,
      source: LOCAL,
      alternatives: [ANTARA],
    });
    expect(releaseEntry(opinion, 'Lampung')).toMatchObject({
      opinion: { level: 'tinggi', quality: 'baik', withoutMaladministration: true },
      source: 'Laporan ORI 2025, hal. 4',
      alternatives: [],
    });
  });

  it('sorts entries by code and year and names them from the registry (a province for its government)', () => {
    const entries = releaseEntries([{ ...score, year: 2018 }, score, opinion], registry);
    expect(entries.map((e) => `${e.code} ${e.year} ${e.name}`)).toEqual([
      '18 2025 Lampung',
      '18.09 2017 Kabupaten Pesawaran',
      '18.09 2018 Kabupaten Pesawaran',
    ]);
    expect(() => releaseEntries([{ ...score, code: '18.99' }], registry)).toThrow(/18\.99 \(2017\) is not in the registry/);
  });

  it('is written one entry per line and read back as it was', () => {
    const rel = releaseFromDataset('2026-12-04.2', {
      scores: [score, opinion],
      registry,
      manifest: {
        files: [
          { path: 'kepatuhan/b.csv', kind: 'kepatuhan', rows: 1, sha256: 'b'.repeat(64), delimiter: ';', ignoredColumns: [] },
          { path: 'pengaduan/p.csv', kind: 'pengaduan', rows: 1, sha256: 'c'.repeat(64), delimiter: ';', ignoredColumns: [] },
          { path: 'kepatuhan/a.csv', kind: 'kepatuhan', rows: 1, sha256: 'a'.repeat(64), delimiter: ';', ignoredColumns: [] },
        ],
      },
    });
    expect(rel.date).toBe('2026-12-04');
    expect(rel.provinces).toEqual({ '11': 'Aceh', '18': 'Lampung' });
    expect(rel.files.map((f) => f.path)).toEqual(['kepatuhan/a.csv', 'kepatuhan/b.csv']);
    const text = serializeRelease(rel);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5); // header, "entries":[ + first entry, second entry, ]}
    expect(lines[0]).toMatch(/^\{"formatVersion":1,"id":"2026-12-04\.2","date":"2026-12-04",.*"count":2,$/);
    expect(lines[1]).toBe('"entries":[');
    expect(lines[2]).toMatch(/^\{"code":"18","year":2025,"level":"provinsi","name":"Lampung",/);
    expect(parseRelease(text, 'x.json')).toEqual(rel);
    expect(serializeRelease(parseRelease(text, 'x.json'))).toBe(text);
    const empty = { ...rel, entries: [] };
    expect(parseRelease(serializeRelease(empty), 'e.json')).toEqual(empty);
  });

  it('is refused when it is not a release: bad JSON, wrong shape, id and date apart, count, order', () => {
    const text = serializeRelease(
      release('2026-12-04', [entry({ code: '18.09', year: 2017, score: 21.97, zone: 'merah' }), entry({ code: '18.10', year: 2017, zone: 'kuning' })]),
    );
    expect(() => parseRelease('{', 'a.json')).toThrow(/a\.json: not valid JSON/);
    expect(() => parseRelease(text.replace('"zone":"merah"', '"zone":"ungu"'), 'b.json')).toThrow(/b\.json: not a release file: entries\.0\.zone/);
    expect(() => parseRelease(text.replace('"score":21.97', '"score":121.97'), 'c.json')).toThrow(/entries\.0\.score/);
    expect(() => parseRelease(text.replace('"id":"2026-12-04"', '"id":"2026-12-05"'), 'd.json')).toThrow(/date 2026-12-04 does not match id 2026-12-05/);
    expect(() => parseRelease(text.replace('"id":"2026-12-04"', '"id":"latest"'), 'e.json')).toThrow(/is not YYYY-MM-DD/);
    expect(() => parseRelease(text.replace('"count":2', '"count":3'), 'f.json')).toThrow(/count 3 but 2 entries/);
    expect(() => parseRelease(text.replace('"code":"18.10"', '"code":"18.01"'), 'g.json')).toThrow(/not sorted .* at 18\.01 2017/);
    expect(() => parseRelease(text.replace('"formatVersion":1', '"formatVersion":2'), 'h.json')).toThrow(/formatVersion/);
  });
});

describe('diff between releases', () => {
  const base = [
    entry({ code: '18', year: 2021, zone: 'kuning', source: LOCAL }),
    entry({ code: '18.09', year: 2017, score: 21.97, zone: 'merah', source: LOCAL }),
    entry({ code: '18.09', year: 2021, zone: 'kuning', source: ANTARA }),
    entry({ code: '18.09', year: 2025, opinion: { level: 'sedang', quality: null, withoutMaladministration: false }, source: ANTARA }),
    entry({ code: '18.10', year: 2019, score: 60.5, zone: 'kuning', source: ORI, alternatives: [LOCAL] }),
  ];

  it('identical releases: no change', () => {
    const d = diffReleases(
      base,
      base.map((e) => ({ ...e })),
    );
    expect(d.changes).toEqual([]);
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0, sources: 0, newSourcePages: 0 });
    expect(sameFigures(base, base)).toBe(true);
  });

  it('a government-year added, with its value and source', () => {
    const added = entry({ code: '18.09', year: 2018, score: 55.1, zone: 'kuning', source: 'https://new.example/x' });
    const d = diffReleases(base, [...base, added].sort(compareEntries));
    expect(d.changes).toEqual([{ kind: 'added', entry: added }]);
    expect(d.counts).toMatchObject({ added: 1, newSourcePages: 1 });
  });

  it('a government-year removed', () => {
    const d = diffReleases(
      base,
      base.filter((e) => !(e.code === '18.09' && e.year === 2017)),
    );
    expect(kinds(d.changes)).toEqual(['removed 18.09 2017']);
    expect(d.counts.removed).toBe(1);
  });

  it('a changed score (old → new) with the sources of both', () => {
    const after = base.map((e) => (e.code === '18.10' ? { ...e, score: 62.25, source: ANTARA, alternatives: [ORI, LOCAL] } : e));
    const [change] = diffReleases(base, after).changes;
    expect(change).toMatchObject({
      kind: 'changed',
      fields: ['score'],
      before: { score: 60.5, source: ORI },
      after: { score: 62.25, source: ANTARA },
      sourcesAdded: [ANTARA],
      sourcesRemoved: [],
    });
  });

  it('a score and its zone changed together', () => {
    const after = base.map((e) => (e.code === '18.09' && e.year === 2017 ? { ...e, score: 52, zone: 'kuning' as const } : e));
    expect(diffReleases(base, after).changes[0]).toMatchObject({ kind: 'changed', fields: ['score', 'zone'], sourcesAdded: [], sourcesRemoved: [] });
  });

  it('a zone-only year that gets a score: changed (score), the zone staying, with the new page', () => {
    const after = base.map((e) => (e.code === '18.09' && e.year === 2021 ? { ...e, score: 70.12, source: ORI, alternatives: [ANTARA] } : e));
    const [change] = diffReleases(base, after).changes;
    expect(change).toMatchObject({
      kind: 'changed',
      fields: ['score'],
      before: { score: null, zone: 'kuning' },
      after: { score: 70.12, zone: 'kuning' },
      sourcesAdded: [ORI],
      sourcesRemoved: [],
    });
  });

  it('a category alone (2022–2024) is a change', () => {
    const before = [entry({ code: '18.09', year: 2023, score: 80, zone: 'hijau', category: 'B' })];
    const after = [entry({ code: '18.09', year: 2023, score: 80, zone: 'hijau', category: 'A' })];
    expect(diffReleases(before, after).changes[0]).toMatchObject({ kind: 'changed', fields: ['category'] });
  });

  it('an opinion year: the level, the quality or "tanpa maladministrasi" changing are changes; a score added to an opinion too', () => {
    const at = (opinion: ReleaseEntry['opinion'], score: number | null = null) => base.map((e) => (e.year === 2025 ? { ...e, opinion, score } : e));
    expect(diffReleases(base, at({ level: 'tinggi', quality: null, withoutMaladministration: false })).changes[0]).toMatchObject({
      kind: 'changed',
      fields: ['opinion'],
    });
    expect(diffReleases(base, at({ level: 'sedang', quality: 'cukup', withoutMaladministration: false })).changes[0]).toMatchObject({
      kind: 'changed',
      fields: ['opinion'],
    });
    expect(diffReleases(base, at({ level: 'sedang', quality: null, withoutMaladministration: true })).changes[0]).toMatchObject({
      kind: 'changed',
      fields: ['opinion'],
    });
    expect(diffReleases(base, at({ level: 'sedang', quality: null, withoutMaladministration: false }, 61.2)).changes[0]).toMatchObject({
      kind: 'changed',
      fields: ['score'],
    });
    expect(diffReleases(base, at({ level: 'sedang', quality: null, withoutMaladministration: false })).changes).toEqual([]);
    expect(valueFields(base[3]!, { ...base[3]!, opinion: null })).toEqual(['opinion']);
  });

  it('a source added to a year whose value stays: sources, with the new page', () => {
    const after = base.map((e) => (e.code === '18' ? { ...e, alternatives: [ANTARA] } : e));
    const d = diffReleases(base, after);
    expect(d.changes).toEqual([{ kind: 'sources', before: base[0], after: after[0], shownSourceChanged: false, sourcesAdded: [ANTARA], sourcesRemoved: [] }]);
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0, sources: 1, newSourcePages: 0 });
  });

  it('a source dropped, and another page now shown for the same value', () => {
    const dropped = base.map((e) => (e.code === '18.10' ? { ...e, alternatives: [] } : e));
    expect(diffReleases(base, dropped).changes[0]).toMatchObject({ kind: 'sources', sourcesAdded: [], sourcesRemoved: [LOCAL], shownSourceChanged: false });
    const swapped = base.map((e) => (e.code === '18.10' ? { ...e, source: LOCAL, alternatives: [ORI] } : e));
    expect(diffReleases(base, swapped).changes[0]).toMatchObject({ kind: 'sources', sourcesAdded: [], sourcesRemoved: [], shownSourceChanged: true });
  });

  it('several changes at once, in code and year order; new source pages counted once', () => {
    const page = 'https://new.example/list';
    const after = [
      entry({ code: '18', year: 2021, zone: 'kuning', source: LOCAL, alternatives: [page] }),
      entry({ code: '18.09', year: 2017, score: 21.97, zone: 'merah', source: LOCAL }),
      entry({ code: '18.09', year: 2018, zone: 'kuning', source: page }),
      entry({ code: '18.09', year: 2021, zone: 'hijau', source: page }),
      base[3]!,
      entry({ code: '18.11', year: 2019, zone: 'merah', source: page }),
    ];
    const d = diffReleases(base, after);
    expect(kinds(d.changes)).toEqual(['sources 18 2021', 'added 18.09 2018', 'changed 18.09 2021', 'removed 18.10 2019', 'added 18.11 2019']);
    expect(d.counts).toEqual({ added: 2, removed: 1, changed: 1, sources: 1, newSourcePages: 1 });
    expect(sameFigures(base, after)).toBe(false);
  });

  it('from nothing: everything added', () => {
    const d = diffReleases([], base);
    expect(d.changes.every((c) => c.kind === 'added')).toBe(true);
    expect(d.counts.added).toBe(base.length);
    expect(d.counts.newSourcePages).toBe(3);
  });

  it('wants sorted entries without repeats', () => {
    expect(() => diffReleases([base[1]!, base[0]!], base)).toThrow(/older entries must be sorted/);
    expect(() => diffReleases(base, [base[0]!, base[0]!])).toThrow(/newer entries must be sorted/);
  });

  it('pages of an entry: the shown one first, no repeats', () => {
    expect(pagesOf(entry({ code: '18.09', year: 2017, source: ORI, alternatives: [LOCAL, ORI] }))).toEqual([ORI, LOCAL]);
    expect(pagesOf(entry({ code: '18.09', year: 2017, source: null, alternatives: [LOCAL] }))).toEqual([LOCAL]);
  });
});

describe('history of releases', () => {
  const a = release('2026-12-04', [
    entry({ code: '18', year: 2021, zone: 'kuning' }),
    entry({ code: '18.09', year: 2021, zone: 'kuning' }),
    entry({ code: '33.01', year: 2019, score: 70, zone: 'kuning' }),
  ]);
  const b = release('2026-12-04.2', [...a.entries.slice(0, 2), entry({ code: '18.09', year: 2017, score: 21.97, zone: 'merah' }), a.entries[2]!]);
  const c = release('2027-02-01', [a.entries[0]!, ...b.entries.slice(1, 3), { ...a.entries[2]!, alternatives: [LOCAL] }]);

  it('each release against the one before it, newest first', () => {
    const history = releaseHistory([c, a, b]);
    expect(history.map((r) => r.release.id)).toEqual(['2027-02-01', '2026-12-04.2', '2026-12-04']);
    expect(history.map((r) => r.previous?.id ?? null)).toEqual(['2026-12-04.2', '2026-12-04', null]);
    expect(history[2]!.diff.counts.added).toBe(3);
    expect(kinds(history[1]!.diff.changes)).toEqual(['added 18.09 2017']);
    expect(kinds(history[0]!.diff.changes)).toEqual(['sources 33.01 2019']);
    expect(history[1]!.stats).toEqual({ entries: 4, governments: 3, firstYear: 2017, lastYear: 2021 });
    expect(() => releaseHistory([a, a])).toThrow(/two releases with id 2026-12-04/);
  });

  it('the newest release that changed each government (the first release for what never changed since)', () => {
    const last = lastChangedIn(releaseHistory([a, b, c]));
    expect(Object.fromEntries([...last].map(([code, r]) => [code, r.release.id]))).toEqual({
      '18': '2026-12-04',
      '18.09': '2026-12-04.2',
      '33.01': '2027-02-01',
    });
  });

  it('changes grouped by province, then government (the provincial government first)', () => {
    const d = diffReleases([], c.entries);
    const groups = groupChanges(d.changes);
    expect(groups.map((g) => [g.provinceCode, g.governments.map((x) => `${x.code}:${x.changes.length}`)])).toEqual([
      ['18', ['18:1', '18.09:2']],
      ['33', ['33.01:1']],
    ]);
  });

  it("what the build's figures have that the latest release has not, within the build's provinces", () => {
    const inLampung = (code: string) => code.startsWith('18');
    expect(
      unreleasedChanges(
        c,
        c.entries.filter((e) => inLampung(e.code)),
        inLampung,
      ),
    ).toEqual([]);
    const newer = [...c.entries.filter((e) => inLampung(e.code)), entry({ code: '18.10', year: 2022, zone: 'merah' })].sort(compareEntries);
    expect(kinds(unreleasedChanges(c, newer, inLampung))).toEqual(['added 18.10 2022']);
    expect(unreleasedChanges(null, a.entries, () => true)).toHaveLength(3);
  });
});

describe('npm run release: what it decides', () => {
  const first = release('2026-12-04', [entry({ code: '18.09', year: 2021, zone: 'kuning' })]);
  const now = [entry({ code: '18.09', year: 2017, score: 21.97, zone: 'merah' }), ...first.entries];
  const ask = (over: Partial<{ date: string; force: boolean; again: boolean }> = {}) => ({ date: '2026-12-10', force: false, again: false, ...over });

  it('the first release: everything added', () => {
    expect(planRelease([], now, ask())).toMatchObject({ action: 'write', id: '2026-12-10', replaces: false, previous: null, diff: { counts: { added: 2 } } });
  });
  it('a new date: written, against the latest release', () => {
    expect(planRelease([first], now, ask())).toMatchObject({
      action: 'write',
      id: '2026-12-10',
      previous: '2026-12-04',
      diff: { counts: { added: 1, changed: 0 } },
    });
  });
  it('the same figures as the latest release: "no change since", whatever the date or --force', () => {
    expect(planRelease([first], first.entries, ask())).toEqual({ action: 'unchanged', since: '2026-12-04' });
    expect(planRelease([first], first.entries, ask({ date: '2026-12-04', force: true }))).toEqual({ action: 'unchanged', since: '2026-12-04' });
  });
  it("an existing release is kept: refused without --force, replaced with it (the latest: the day's last release)", () => {
    expect(planRelease([first], now, ask({ date: '2026-12-04' }))).toEqual({
      action: 'refuse',
      reason: expect.stringMatching(/release 2026-12-04 exists; --force replaces it, --again .*\(2026-12-04\.2\)/),
    });
    expect(planRelease([first], now, ask({ date: '2026-12-04', force: true }))).toMatchObject({
      action: 'write',
      id: '2026-12-04',
      replaces: true,
      previous: null,
    });
    // --force on a day with two releases replaces the day's last one, the latest.
    const second = release('2026-12-04.2', now);
    const third = [entry({ code: '18.09', year: 2017, score: 22, zone: 'merah' }), ...first.entries];
    expect(planRelease([first, second], third, ask({ date: '2026-12-04', force: true }))).toMatchObject({
      action: 'write',
      id: '2026-12-04.2',
      replaces: true,
      previous: '2026-12-04',
      diff: { counts: { added: 1 } },
    });
    expect(planRelease([first, second], first.entries, ask({ date: '2026-12-04', again: true }))).toMatchObject({ action: 'write', id: '2026-12-04.3' });
  });
  it('replacing the latest with the figures of the one before it is refused (delete it instead)', () => {
    const second = release('2026-12-10', now);
    expect(planRelease([first, second], first.entries, ask({ force: true }))).toEqual({
      action: 'refuse',
      reason: expect.stringMatching(/figures are those of release 2026-12-04: delete 2026-12-10/),
    });
  });
  it('--again: a further release the same day; on a new day the date itself', () => {
    expect(planRelease([first], now, ask({ date: '2026-12-04', again: true }))).toMatchObject({ action: 'write', id: '2026-12-04.2', previous: '2026-12-04' });
    expect(planRelease([first], now, ask({ again: true }))).toMatchObject({ action: 'write', id: '2026-12-10' });
  });
  it('refuses a date before the latest release, a date that is not one, --force with --again', () => {
    expect(planRelease([first], now, ask({ date: '2026-11-30' }))).toEqual({
      action: 'refuse',
      reason: expect.stringMatching(/before the latest release 2026-12-04/),
    });
    expect(planRelease([first], now, ask({ date: '2026-02-30' }))).toEqual({ action: 'refuse', reason: expect.stringMatching(/not a date/) });
    expect(planRelease([first], now, ask({ force: true, again: true }))).toEqual({ action: 'refuse', reason: expect.stringMatching(/do not go together/) });
  });
});
