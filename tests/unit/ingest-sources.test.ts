import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/lib/printed/aliases.ts';
import { ingest, type IngestResult } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/report.ts';
import { loadInstalledRegistry } from '../../src/lib/registry/load.ts';

/**
 * Compliance rows through the whole ingest (in memory): several sources per government-year,
 * repeats from the same page, printed grades that disagree with the score, bounds, rank and
 * second grade columns. Each case is a small file in the harvest's layout.
 */

const registry = loadInstalledRegistry();
const aliases = parseAliases(readFileSync('data/aliases.csv', 'utf8'), 'data/aliases.csv');
const HEADER = 'year;level;name_as_printed;province;score_as_printed;zone_or_grade_as_printed;rank_as_printed;source_url;note\n';

function run(body: string, header = HEADER): IngestResult {
  return ingest([{ path: 'kepatuhan/k.csv', bytes: new TextEncoder().encode(header + body) }], registry, aliases, { currentYear: 2026 });
}
const errors = (r: IngestResult) => r.problems.filter((p) => p.severity === 'error').map(formatProblem);
const rowWarnings = (r: IngestResult) => r.problems.filter((p) => p.severity === 'warning' && p.line > 1).map(formatProblem);

describe('several sources for one government-year', () => {
  it('keeps readings from different pages, even when they disagree (no error)', () => {
    const r = run(
      '2019;kab;Kabupaten Bintan;Kepulauan Riau;86,55;zona hijau;;https://example.org/a;\n' +
        '2019;kab;Kabupaten Bintan;Kepulauan Riau;66,90;zona kuning;;https://example.com/b;DISAGREES\n',
    );
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores).toHaveLength(1);
    expect(r.output!.scores[0]!.alternatives!.map((a) => [a.score, a.differs, a.note])).toEqual([[66.9, true, 'DISAGREES']]);
    expect(r.summary.sourcesDiffer).toBe(1);
    expect(r.output!.manifest.counts.sourcesDiffer).toBe(1);
  });

  it('the same page twice with the same values and no note: a warning, kept as a confirmation', () => {
    const r = run(
      '2023;kab;Kabupaten Bangka Tengah;Kepulauan Bangka Belitung;93,71;zona hijau kualitas tertinggi;3;https://example.org/a;\n' +
        '2023;kab;Kabupaten Bangka Tengah;Kepulauan Bangka Belitung;93,71;zona hijau kualitas tertinggi;urutan ketiga;https://example.org/a;\n',
    );
    expect(errors(r)).toEqual([]);
    expect(rowWarnings(r)).toEqual([
      'kepatuhan/k.csv:3: warning: name_as_printed: Kabupaten Bangka Tengah (19.04) 2023 repeats kepatuhan/k.csv:2 (same page, same values): kept as a confirmation',
    ]);
    expect(r.output!.scores[0]!.alternatives!.map((a) => [a.source.line, a.printed?.rank, a.differs])).toEqual([[3, 'urutan ketiga', false]]);
  });

  it('the same page twice with different values and no note: an error naming both lines', () => {
    const r = run('2022;kab;Pesawaran;Lampung;70,00;;;https://example.org/a;\n' + '2022;kab;Pesawaran;Lampung;75,00;;;https://example.org/a;\n');
    expect(errors(r)).toEqual([
      'kepatuhan/k.csv:3: name_as_printed: duplicate: Kabupaten Pesawaran (18.09) 2022 from the same source (if the page really prints it twice, say so in the note column) already at kepatuhan/k.csv:2',
    ]);
    expect(r.output).toBeUndefined();
  });

  it('the same page twice with a note (the page really prints it twice): both kept', () => {
    const r = run(
      '2022;kab;Pesawaran;Lampung;70,00;;;https://example.org/a;\n' +
        '2022;kab;Pesawaran;Lampung;75,00;;;https://example.org/a;the page prints a second, revised score\n',
    );
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores[0]).toMatchObject({ score: 70, alternatives: [{ score: 75, differs: true, note: 'the page prints a second, revised score' }] });
  });

  it('the same government-year twice without a source: an error', () => {
    const r = run('2022;kab;Pesawaran;Lampung;70,00;;;;\n2022;kab;Pesawaran;Lampung;70,00;;;;\n');
    expect(errors(r)).toEqual([
      'kepatuhan/k.csv:3: name_as_printed: duplicate: Kabupaten Pesawaran (18.09) 2022 without a source already at kepatuhan/k.csv:2',
    ]);
  });

  it('a source that is not a link is kept as a label, with a warning', () => {
    const r = run('2022;kab;Pesawaran;Lampung;70,00;;;SK Ombudsman 2023 hlm. 4;\n');
    expect(errors(r)).toEqual([]);
    expect(rowWarnings(r)).toEqual(['kepatuhan/k.csv:2: warning: source_url: "SK Ombudsman 2023 hlm. 4" is not an http(s) link: kept as text, not linked']);
    expect(r.output!.scores[0]!.source).toEqual({ file: 'kepatuhan/k.csv', line: 2, label: 'SK Ombudsman 2023 hlm. 4' });
  });
});

describe('printed grades and scores', () => {
  it('keeps a printed zone that disagrees with the score when the row cites its page, with the band beside it', () => {
    const r = run('2017;kota;Kota Blitar;Jawa Timur;80,4;predikat kepatuhan tinggi/zona hijau;;https://example.org/a;\n');
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores[0]).toMatchObject({
      score: 80.4,
      zone: 'hijau',
      bandOfScore: { zone: 'kuning', category: null },
      printed: { score: '80,4', grade: 'predikat kepatuhan tinggi/zona hijau' },
    });
  });

  it('refuses a printed grade that disagrees with the score when the row has no source', () => {
    const r = run('2017;kota;Kota Blitar;Jawa Timur;80,4;zona hijau;;;\n');
    expect(errors(r)).toEqual([
      'kepatuhan/k.csv:2: zone_or_grade_as_printed: published grade "zona hijau" = hijau disagrees with score 80.40, which is kuning under the 2017 scheme (Predikat Kepatuhan (zona merah/kuning/hijau)); a source (url column) is needed to keep a published grade that disagrees',
    ]);
  });

  it('keeps a letter from the cut-offs when only a score was printed (2022–2024), never in 2025', () => {
    const r = run('2023;kab;Bekasi Regency;Jawa Barat;83.22;;;https://example.org/a;\n2025;kab;Kabupaten Bekasi;Jawa Barat;83,22;;;https://example.org/b;\n');
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores.map((s) => [s.year, s.score, s.zone, s.category, s.bandOfScore])).toEqual([
      [2023, 83.22, 'hijau', 'B', undefined],
      [2025, 83.22, null, null, undefined],
    ]);
  });

  it('never compares a 2025 opinion with a score (no cut-offs exist)', () => {
    const r = run('2025;kab;Pemerintah Kabupaten Pulau Morotai;Maluku Utara;53,38;Opini Kualitas Tertinggi;;;\n');
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores[0]).toMatchObject({
      score: 53.38,
      zone: null,
      category: null,
      opinion: { level: 'tertinggi', quality: 'sangat-baik', withoutMaladministration: false },
    });
    expect(r.output!.scores[0]!.bandOfScore).toBeUndefined();
  });

  it('refuses a 2025 letter', () => {
    const r = run('2025;kab;Pesawaran;Lampung;;B;;https://example.org/a;\n');
    expect(errors(r)).toEqual([
      'kepatuhan/k.csv:2: zone_or_grade_as_printed: cannot read grade "B": letter B, but 2025 has no zones or letters (Peraturan Ombudsman 61/2025: expected an opinion (Opini Kualitas Tertinggi/Tinggi/Sedang/Rendah) or a quality category (Sangat Baik/Baik/Cukup/Kurang))',
    ]);
  });

  it('`di atas 80` gives no score; the printed text is kept (a value with a zone, a mention without)', () => {
    const r = run(
      '2017;prov;DKI Jakarta;DKI Jakarta;di atas 80;zona hijau;;https://example.org/a;\n2019;kota;Pemkot Bontang;Kalimantan Timur;di atas 95 poin;;;https://example.org/b;\n',
    );
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores).toEqual([
      expect.objectContaining({ code: '31', year: 2017, score: null, zone: 'hijau', printed: { score: 'di atas 80', grade: 'zona hijau' } }),
    ]);
    expect(r.output!.mentions).toEqual([
      {
        code: '64.74',
        level: 'kota',
        year: 2019,
        printed: { score: 'di atas 95 poin' },
        source: { file: 'kepatuhan/k.csv', line: 3, url: 'https://example.org/b' },
      },
    ]);
  });

  it('reads persen, %, poin and a stray space, keeping the text as printed', () => {
    const r = run(
      '2015;kota;Kota Jambi;Jambi;44 persen;;;;\n2017;kota;Pemko Siantar;Sumatera Utara;24,64%;;;;\n2022;kab;Lombok Barat;Nusa Tenggara Barat;81,02 poin;;;;\n2018;kab;Kabupaten Banyumas;Jawa Tengah;99, 23;;;;\n',
    );
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores.map((s) => [s.code, s.score, s.printed?.score])).toEqual([
      ['15.71', 44, '44 persen'],
      ['12.72', 24.64, '24,64%'],
      ['33.02', 99.23, '99, 23'],
      ['52.01', 81.02, '81,02 poin'],
    ]);
  });

  it('a row with neither score nor grade but a source is a mention; without a source or note, an error', () => {
    const ok = run('2022;kab;Pelalawan;Riau;;;8;https://example.org/a;\n');
    expect(ok.output!.mentions).toEqual([
      { code: '14.05', level: 'kabupaten', year: 2022, printed: { rank: '8' }, source: { file: 'kepatuhan/k.csv', line: 2, url: 'https://example.org/a' } },
    ]);
    const bad = run('2022;kab;Pelalawan;Riau;;;;;\n');
    expect(errors(bad)).toEqual(['kepatuhan/k.csv:2: score_as_printed: needs a score or a published grade/zone (or a source link saying what was published)']);
  });
});

describe('rank and second grade columns', () => {
  it('keeps a Peringkat column as printed text', () => {
    const r = run('Peringkat;Daerah;Tahun;Nilai\n1;Kota Metro;2019;82,10\nke-2;Pesawaran;2019;80,00\n', '');
    expect(errors(r)).toEqual([]);
    expect(r.output!.manifest.files[0]!.ignoredColumns).toEqual([]);
    expect(r.output!.scores.map((s) => [s.code, s.printed?.rank])).toEqual([
      ['18.09', 'ke-2'],
      ['18.72', '1'],
    ]);
  });

  it('merges a Kategori and an Opini column that agree, and refuses them when they disagree', () => {
    const r = run('Daerah;Tahun;Nilai;Kategori;Opini\nPesawaran;2023;82,00;B;Kualitas Tinggi\n', '');
    expect(errors(r)).toEqual([]);
    expect(r.output!.scores[0]).toMatchObject({ score: 82, zone: 'hijau', category: 'B', printed: { grade: 'B / Kualitas Tinggi' } });
    const bad = run('Daerah;Tahun;Nilai;Kategori;Opini\nPesawaran;2023;82,00;B;Kualitas Sedang\n', '');
    expect(errors(bad)).toEqual(['kepatuhan/k.csv:2: Opini: "B" (B (hijau)) and "Kualitas Sedang" (C (kuning)) disagree']);
  });
});
