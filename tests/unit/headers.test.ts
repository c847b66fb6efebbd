import { describe, expect, it } from 'vitest';
import { headerAliases, mapHeaders, normalizeHeader } from '../../src/lib/ingest/headers.ts';

describe('normalizeHeader', () => {
  it('turns punctuation into single spaces', () => {
    expect(normalizeHeader('Kabupaten/Kota')).toBe('kabupaten kota');
    expect(normalizeHeader('Kab./Kota')).toBe('kab kota');
    expect(normalizeHeader('Jumlah_Laporan')).toBe('jumlah laporan');
    expect(normalizeHeader('Nilai (0-100)')).toBe('nilai 0 100');
    expect(normalizeHeader('No.')).toBe('no');
  });

  it('strips a BOM', () => {
    expect(normalizeHeader('\uFEFFDaerah')).toBe('daerah');
  });

  it('lower-cases and collapses spaces, including no-break spaces', () => {
    expect(normalizeHeader('  NAMA   DAERAH ')).toBe('nama daerah');
    expect(normalizeHeader('Tahun\u00a0Penilaian')).toBe('tahun penilaian');
    expect(normalizeHeader('ＮＩＬＡＩ')).toBe('nilai');
  });

  it('gives an empty string for blank or punctuation-only headers', () => {
    expect(normalizeHeader('')).toBe('');
    expect(normalizeHeader('   ')).toBe('');
    expect(normalizeHeader('--')).toBe('');
  });
});

describe('mapHeaders: kepatuhan', () => {
  it('maps Indonesian headers', () => {
    const m = mapHeaders(['No', 'Nama Daerah', 'Provinsi', 'Jenis', 'Tahun', 'Nilai', 'Zona', 'Opini', 'Catatan', 'Sumber'], 'kepatuhan');
    expect(m.fields).toEqual({ region: 1, province: 2, kind: 3, year: 4, score: 5, zone: 6, grade: 7, note: 8, url: 9 });
    expect(m.ignored).toEqual([{ index: 0, name: 'No' }]);
    expect(m.duplicates).toEqual([]);
    expect(m.blank).toEqual([]);
    expect(m.subScores).toEqual([]);
  });

  it('maps Pemda / Skor / Kategori and Kabupaten/Kota', () => {
    expect(mapHeaders(['Pemda', 'Tahun', 'Skor', 'Kategori'], 'kepatuhan').fields).toEqual({ region: 0, year: 1, score: 2, grade: 3 });
    expect(mapHeaders(['Kabupaten/Kota', 'Nilai'], 'kepatuhan').fields).toEqual({ region: 0, score: 1 });
    expect(mapHeaders(['Kode', 'Nilai'], 'kepatuhan').fields).toEqual({ region: 0, score: 1 });
  });

  it('maps English headers', () => {
    const m = mapHeaders(['region', 'year', 'score', 'zone', 'grade', 'notes', 'source'], 'kepatuhan');
    expect(m.fields).toEqual({ region: 0, year: 1, score: 2, zone: 3, grade: 4, note: 5, url: 6 });
  });

  it('is case- and punctuation-insensitive and keeps the header as written in lists', () => {
    const m = mapHeaders(['\uFEFFNAMA DAERAH', ' tahun ', 'Nilai Akhir', 'Foo Bar '], 'kepatuhan');
    expect(m.fields).toEqual({ region: 0, year: 1, score: 2 });
    expect(m.ignored).toEqual([{ index: 3, name: 'Foo Bar' }]);
  });

  it('ignores headers named like properties every object inherits', () => {
    const m = mapHeaders(['Daerah', 'constructor', 'toString', '__proto__', 'Nilai'], 'kepatuhan');
    expect(m.fields).toEqual({ region: 0, score: 4 });
    expect(m.ignored.map((c) => c.name)).toEqual(['constructor', 'toString', '__proto__']);
  });

  it('lists sub-score columns by their header as written', () => {
    const m = mapHeaders(['Daerah', 'Nilai', 'Input', 'Proses', 'Output', 'Pengaduan', 'Dimensi Input'], 'kepatuhan');
    expect(m.fields).toEqual({ region: 0, score: 1 });
    expect(m.subScores).toEqual([
      { index: 2, name: 'Input' },
      { index: 3, name: 'Proses' },
      { index: 4, name: 'Output' },
      { index: 5, name: 'Pengaduan' },
      { index: 6, name: 'Dimensi Input' },
    ]);
    expect(m.ignored).toEqual([]);
  });

  it('ignores row numbers and unknown columns', () => {
    const m = mapHeaders(['No', 'Nomor', 'Daerah', 'Nilai', 'Warna Bendera'], 'kepatuhan');
    expect(m.fields).toEqual({ region: 2, score: 3 });
    expect(m.ignored).toEqual([
      { index: 0, name: 'No' },
      { index: 1, name: 'Nomor' },
      { index: 4, name: 'Warna Bendera' },
    ]);
  });

  it('reads a rank column (Peringkat, Rank, rank_as_printed) as text, and a second one as a duplicate', () => {
    expect(mapHeaders(['No', 'Peringkat', 'Daerah', 'Nilai'], 'kepatuhan').fields).toEqual({ rank: 1, region: 2, score: 3 });
    expect(mapHeaders(['Daerah', 'rank_as_printed'], 'kepatuhan').fields).toEqual({ region: 0, rank: 1 });
    const m = mapHeaders(['No', 'Nomor', 'Peringkat', 'Rank', 'Daerah', 'Nilai'], 'kepatuhan');
    expect(m.fields).toEqual({ rank: 2, region: 4, score: 5 });
    expect(m.ignored.map((c) => c.name)).toEqual(['No', 'Nomor']);
    expect(m.duplicates).toEqual([{ field: 'rank', first: 'Peringkat', second: 'Rank', index: 3 }]);
  });

  it('does not read complaint headers in a kepatuhan file', () => {
    const m = mapHeaders(['Daerah', 'Nilai', 'Jumlah Laporan', 'Selesai'], 'kepatuhan');
    expect(m.fields).toEqual({ region: 0, score: 1 });
    expect(m.ignored).toEqual([
      { index: 2, name: 'Jumlah Laporan' },
      { index: 3, name: 'Selesai' },
    ]);
  });

  it('reports duplicate headers, keeping the first column', () => {
    const m = mapHeaders(['Daerah', 'Nilai', 'Skor'], 'kepatuhan');
    expect(m.fields).toEqual({ region: 0, score: 1 });
    expect(m.duplicates).toEqual([{ field: 'score', first: 'Nilai', second: 'Skor', index: 2 }]);
  });

  it('reports the same header twice and two aliases of one field', () => {
    expect(mapHeaders(['Daerah', 'Nilai', 'Daerah'], 'kepatuhan').duplicates).toEqual([{ field: 'region', first: 'Daerah', second: 'Daerah', index: 2 }]);
    expect(mapHeaders(['Daerah', 'Nilai', 'Skor', 'Nilai Akhir'], 'kepatuhan').duplicates).toEqual([
      { field: 'score', first: 'Nilai', second: 'Skor', index: 2 },
      { field: 'score', first: 'Nilai', second: 'Nilai Akhir', index: 3 },
    ]);
  });

  it('reads a second grade column (Kategori + Opini) as grade2; a third is a duplicate', () => {
    const two = mapHeaders(['Daerah', 'Kategori', 'Opini'], 'kepatuhan');
    expect(two.fields).toEqual({ region: 0, grade: 1, grade2: 2 });
    expect(two.duplicates).toEqual([]);
    const three = mapHeaders(['Daerah', 'Kategori', 'Opini', 'Predikat'], 'kepatuhan');
    expect(three.fields).toEqual({ region: 0, grade: 1, grade2: 2 });
    expect(three.duplicates).toEqual([{ field: 'grade', first: 'Kategori', second: 'Predikat', index: 3 }]);
  });

  it('reports blank headers by index', () => {
    const m = mapHeaders(['Daerah', '', 'Nilai', '  '], 'kepatuhan');
    expect(m.blank).toEqual([1, 3]);
    expect(m.fields).toEqual({ region: 0, score: 2 });
    expect(m.ignored).toEqual([]);
  });
});

describe('mapHeaders: pengaduan', () => {
  it('maps Indonesian headers', () => {
    const m = mapHeaders(['No', 'Daerah', 'Tahun', 'Jumlah Laporan', 'Selesai'], 'pengaduan');
    expect(m.fields).toEqual({ region: 1, year: 2, received: 3, resolved: 4 });
    expect(m.ignored).toEqual([{ index: 0, name: 'No' }]);
  });

  it('maps English headers', () => {
    expect(mapHeaders(['region', 'year', 'received', 'resolved'], 'pengaduan').fields).toEqual({ region: 0, year: 1, received: 2, resolved: 3 });
  });

  it('maps breakdown headers (Dimensi, Kategori)', () => {
    expect(mapHeaders(['Daerah', 'Tahun', 'Dimensi', 'Kategori', 'Laporan Diterima'], 'pengaduan').fields).toEqual({
      region: 0,
      year: 1,
      dimension: 2,
      category: 3,
      received: 4,
    });
  });

  it('reads Pengaduan as reports received, not as a sub-score', () => {
    const m = mapHeaders(['Daerah', 'Pengaduan'], 'pengaduan');
    expect(m.fields).toEqual({ region: 0, received: 1 });
    expect(m.subScores).toEqual([]);
  });

  it('ignores score headers in a pengaduan file and reports duplicate counts', () => {
    const m = mapHeaders(['region', 'received', 'Nilai', 'Jumlah Laporan'], 'pengaduan');
    expect(m.fields).toEqual({ region: 0, received: 1 });
    expect(m.ignored).toEqual([{ index: 2, name: 'Nilai' }]);
    expect(m.duplicates).toEqual([{ field: 'received', first: 'received', second: 'Jumlah Laporan', index: 3 }]);
  });
});

describe('headerAliases', () => {
  it('lists the accepted headers per field for each kind', () => {
    const k = headerAliases('kepatuhan');
    expect(k.region).toContain('nama daerah');
    expect(k.score).toEqual(expect.arrayContaining(['nilai', 'skor', 'score']));
    expect(k.received).toBeUndefined();
    const p = headerAliases('pengaduan');
    expect(p.received).toEqual(expect.arrayContaining(['jumlah laporan', 'received']));
    expect(p.resolved).toEqual(expect.arrayContaining(['selesai', 'resolved']));
    expect(p.score).toBeUndefined();
  });
});
