import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeGrade, readGrade, type GradeReading } from '../../src/lib/printed/grades.ts';
import type { PrintedGrade, SchemeMethod } from '../../src/lib/types.ts';

const blank: PrintedGrade = {
  zone: null,
  category: null,
  opinion: null,
  quality: null,
  withoutMaladministration: false,
  statementOnly: false,
  conflict: null,
};
const ok = (grade: Partial<PrintedGrade>): GradeReading => ({ ok: true, grade: { ...blank, ...grade } });
const read = (text: string, method: SchemeMethod) => readGrade(text, method);
const message = (text: string, method: SchemeMethod) => {
  const reading = readGrade(text, method);
  if (reading.ok) throw new Error(`expected an error for "${text}", read ${describeGrade(reading.grade)}`);
  return reading.message;
};

describe('readGrade: zones (2015–2021)', () => {
  it('reads zone words with or without a trigger, in any case, and in English', () => {
    for (const text of ['hijau', 'zona hijau', 'Zona Hijau', 'zonasi hijau', 'rapor hijau', 'raport hijau', 'predikat hijau', 'kategori hijau', 'green zone'])
      expect(read(text, 'zones')).toEqual(ok({ zone: 'hijau' }));
    expect(read('zonasi kuning', 'zones')).toEqual(ok({ zone: 'kuning' }));
    expect(read('Yellow Zone / Medium Compliance', 'zones')).toEqual(ok({ zone: 'kuning' }));
    expect(read('red report card (rapor merah)', 'zones')).toEqual(ok({ zone: 'merah' }));
  });

  it('reads compliance predicates as zones: tinggi/tertinggi hijau, sedang kuning, rendah merah', () => {
    expect(read('Predikat Kepatuhan Tinggi', 'zones')).toEqual(ok({ zone: 'hijau' }));
    expect(read('predikat kepatuhan tertinggi', 'zones')).toEqual(ok({ zone: 'hijau' }));
    expect(read('zona kuning (tingkat kepatuhan sedang)', 'zones')).toEqual(ok({ zone: 'kuning' }));
    expect(read('kepatuhan rendah', 'zones')).toEqual(ok({ zone: 'merah' }));
    expect(read('high compliance predicate', 'zones')).toEqual(ok({ zone: 'hijau' }));
  });

  it('rejects letters, which do not exist before 2022, unless the text also states a zone', () => {
    expect(message('B', 'zones')).toMatch(/letter B.*only from 2022/);
    expect(message('Kategori A', 'zones')).toMatch(/letter A/);
    expect(read('kategori A atau zona hijau (Kepatuhan Tinggi)', 'zones')).toEqual(ok({ zone: 'hijau' }));
  });
});

describe('readGrade: categories (2022–2024)', () => {
  it('reads a zone word alone as a zone without a category', () => {
    expect(read('zona hijau', 'categories')).toEqual(ok({ zone: 'hijau' }));
    expect(read('Zona Kuning', 'categories')).toEqual(ok({ zone: 'kuning' }));
  });

  it('reads letters alone, after a trigger, in brackets and with a minus', () => {
    expect(read('B', 'categories')).toEqual(ok({ zone: 'hijau', category: 'B' }));
    expect(read('zona C atau zona kuning', 'categories')).toEqual(ok({ zone: 'kuning', category: 'C' }));
    expect(read('Zona hijau Kategori [A]', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
    expect(read('predikat kepatuhan tinggi atau zona hijau dengan nilai A-', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
    expect(read('hijau, B', 'categories')).toEqual(ok({ zone: 'hijau', category: 'B' }));
    expect(read('Zona E Kualitas Terendah', 'categories')).toEqual(ok({ zone: 'merah', category: 'E' }));
  });

  it('reads letters with their quality words', () => {
    expect(read('Kategori A opini kualitas tertinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
    expect(read('kategori B, kualitas opini tinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'B' }));
    expect(read('A (kualitas tertinggi) zona hijau', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
    expect(read('A / kualitas tertinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
  });

  it('reads quality levels as categories: Tertinggi A … Terendah E, sangat tinggi = tertinggi', () => {
    expect(read('Kualitas Tertinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
    expect(read('opini kualitas tinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'B' }));
    expect(read('kualitas sedang', 'categories')).toEqual(ok({ zone: 'kuning', category: 'C' }));
    expect(read('kategori D / kualitas rendah', 'categories')).toEqual(ok({ zone: 'merah', category: 'D' }));
    expect(read('Kualitas Terendah', 'categories')).toEqual(ok({ zone: 'merah', category: 'E' }));
    expect(read('Kategori A Kepatuhan Sangat Tinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
    expect(read('green A with the highest quality category', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
  });

  it('reads the old compliance predicates (Kepatuhan Tinggi = hijau, A or B) as zones only', () => {
    expect(read('Predikat Kepatuhan Tinggi', 'categories')).toEqual(ok({ zone: 'hijau' }));
    expect(read('Predikat Kepatuhan Tinggi (Zona Hijau), skor kepatuhan tinggi (78 - 100)', 'categories')).toEqual(ok({ zone: 'hijau' }));
    expect(read('Zona Kuning / kepatuhan Sedang', 'categories')).toEqual(ok({ zone: 'kuning' }));
    expect(read('zona hijau / kategori kepatuhan tertinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
  });

  it('reads levels joined by dan/atau// as alternatives: their zone, no category, no conflict', () => {
    expect(read('Zona Hijau Opini Kepatuhan Kualitas Tertinggi dan Tinggi', 'categories')).toEqual(ok({ zone: 'hijau' }));
    expect(read('Zona Hijau (kepatuhan Tertinggi/Tinggi)', 'categories')).toEqual(ok({ zone: 'hijau' }));
  });

  it('records two main-text signals that disagree as a conflict; the zone word wins the zone, the letter the category', () => {
    expect(read('zona hijau kategori D', 'categories')).toEqual(ok({ zone: 'hijau', category: 'D', conflict: 'zone hijau but letter D (merah)' }));
    expect(read('kategori A, dengan opini kualitas tinggi', 'categories')).toEqual(
      ok({ zone: 'hijau', category: 'A', conflict: 'letter A (hijau) but level tinggi (B)' }),
    );
  });
});

describe('readGrade: parentheses and previous states', () => {
  it('reads a parenthetical when the main text has no grade', () => {
    expect(read('Predikat Kapatuhan Luhur Zona Hejo (kepatuhan tinggi zona hijau)', 'zones')).toEqual(ok({ zone: 'hijau' }));
  });

  it('lets an agreeing parenthetical fill the category and ignores one that disagrees', () => {
    expect(read('zona hijau (kepatuhan tinggi kategori B)', 'categories')).toEqual(ok({ zone: 'hijau', category: 'B' }));
    expect(read('zona hijau (kualitas sedang)', 'categories')).toEqual(ok({ zone: 'hijau' }));
    expect(read('kategori A (from kategori B)', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
  });

  it('never reads "dari zona X" (a previous state) as a signal', () => {
    expect(read('zona hijau (naik 6 tingkat, keluar dari zona kuning ke hijau dengan klasifikasi nilai tertinggi)', 'categories')).toEqual(
      ok({ zone: 'hijau', category: 'A' }),
    );
    expect(read('predikat Hijau (naik dari Zona Kuning)', 'categories')).toEqual(ok({ zone: 'hijau' }));
    expect(read('naik dari zona kuning', 'zones')).toEqual(ok({ statementOnly: true }));
  });
});

describe('readGrade: statements without a grade', () => {
  it('reads a negated zone or predicate as a statement', () => {
    expect(read('belum mencapai zona hijau', 'zones')).toEqual(ok({ statementOnly: true }));
    expect(read('tidak masuk dalam zona hijau', 'zones')).toEqual(ok({ statementOnly: true }));
    expect(read('belum meraih predikat kepatuhan tinggi', 'zones')).toEqual(ok({ statementOnly: true }));
    expect(read('tidak masuk zona hijau, tetapi zona kuning', 'zones')).toEqual(ok({ zone: 'kuning' }));
  });

  it('reads awards, ranks and praise as statements', () => {
    for (const text of [
      'Anugerah Predikat Kepatuhan Pelayanan Publik 2024',
      'peringkat dua',
      'Terbaik Pertama (Babel)',
      'predikat Sangat Baik',
      'Predikat Kepatuhan Standar Pelayanan Publik 2022 (masuk 10 besar kategori kabupaten)',
    ])
      expect(read(text, 'categories')).toEqual(ok({ statementOnly: true }));
    for (const text of ['predikat kepatuhan', 'dinilai sudah memenuhi standar', 'kriteria baik dalam bidang pelayanan publik (apresiasi)'])
      expect(read(text, 'zones')).toEqual(ok({ statementOnly: true }));
  });

  it('reads a superlative in a rank sense as a statement, not a level', () => {
    expect(read('predikat kepatuhan (nilai tertinggi)', 'zones')).toEqual(ok({ statementOnly: true }));
    expect(read('nilai kepatuhan tertinggi pemerintah kota', 'zones')).toEqual(ok({ statementOnly: true }));
    expect(read('skor indeks kepatuhan pelayanan publik tertinggi se-Indonesia', 'categories')).toEqual(ok({ statementOnly: true }));
    expect(read('penilaian tertinggi dari semua kabupaten/kota di Papua', 'categories')).toEqual(ok({ statementOnly: true }));
    expect(read('Zona hijau/Kepatuhan tinggi (tertinggi)', 'categories')).toEqual(ok({ zone: 'hijau' }));
    expect(read('zona hijau / kategori A / opini kualitas ketiga tertinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
    // …while a quality word makes it a level again.
    expect(read('kualitas nilai tertinggi', 'categories')).toEqual(ok({ zone: 'hijau', category: 'A' }));
  });
});

describe('readGrade: opinion (2025–)', () => {
  it('reads the opinion level and fills the paired quality category', () => {
    expect(read('Opini Kualitas Tertinggi', 'opinion')).toEqual(ok({ opinion: 'tertinggi', quality: 'sangat-baik' }));
    expect(read('Kualitas Rendah', 'opinion')).toEqual(ok({ opinion: 'rendah', quality: 'kurang' }));
    expect(read('kategori kualitas sangat tinggi tanpa maladministrasi', 'opinion')).toEqual(
      ok({ opinion: 'tertinggi', quality: 'sangat-baik', withoutMaladministration: true }),
    );
  });

  it('reads the quality category and fills the paired opinion', () => {
    expect(read('kategori Baik', 'opinion')).toEqual(ok({ opinion: 'tinggi', quality: 'baik' }));
    expect(read('kualitas pelayanan "Sangat Baik"', 'opinion')).toEqual(ok({ opinion: 'tertinggi', quality: 'sangat-baik' }));
    expect(read('kategori cukup', 'opinion')).toEqual(ok({ opinion: 'sedang', quality: 'cukup' }));
    expect(read('Kualitas Pelayanan Kurang serta Opini Kualitas Rendah', 'opinion')).toEqual(ok({ opinion: 'rendah', quality: 'kurang' }));
  });

  it('reads the suffix Tanpa (Potensi) Maladministrasi', () => {
    const tinggi = ok({ opinion: 'tinggi', quality: 'baik', withoutMaladministration: true });
    expect(read('Opini Kualitas Tinggi Tanpa Maladministrasi', 'opinion')).toEqual(tinggi);
    expect(read('Kualitas Tinggi (bebas maladministrasi)', 'opinion')).toEqual(tinggi);
    expect(read('Kualitas Tertinggi Tanpa Potensi Maladministrasi', 'opinion')).toEqual(
      ok({ opinion: 'tertinggi', quality: 'sangat-baik', withoutMaladministration: true }),
    );
    expect(read('Opini Tanpa Maladministrasi (penghargaan)', 'opinion')).toEqual(ok({ withoutMaladministration: true, statementOnly: true }));
  });

  it('records an opinion and a quality category that do not pair as a conflict', () => {
    expect(read('opini kualitas tinggi / kualitas pelayanan cukup', 'opinion')).toEqual(
      ok({ opinion: 'tinggi', quality: 'cukup', conflict: 'opinion tinggi but quality cukup' }),
    );
  });

  it('never sets a zone or category: old wording alone is kept as printed with no opinion, a gloss beside an opinion is ignored', () => {
    expect(read('zona hijau', 'opinion')).toEqual(ok({ statementOnly: true }));
    expect(read('kategori kuning (zona kritis)', 'opinion')).toEqual(ok({ statementOnly: true }));
    expect(message('kategori A', 'opinion')).toMatch(/letter A, but 2025 has no zones or letters/);
    expect(message('kategori A', 'zones')).toMatch(/letter A/);
    expect(read('Zona Hijau Kualitas Tinggi', 'opinion')).toEqual(ok({ opinion: 'tinggi', quality: 'baik' }));
    expect(read('zona hijau kualitas tertinggi (opini tertinggi)', 'opinion')).toEqual(ok({ opinion: 'tertinggi', quality: 'sangat-baik' }));
  });

  it('ignores a 2025 kepatuhan level (compliance with corrective actions, not the opinion)', () => {
    expect(read('kualitas pelayanan cukup + kepatuhan tinggi', 'opinion')).toEqual(ok({ opinion: 'sedang', quality: 'cukup' }));
  });
});

describe('readGrade: unreadable text', () => {
  it('explains what it expected', () => {
    expect(message('Zona Biru', 'categories')).toBe(
      'cannot read grade "Zona Biru": expected a zone (merah/kuning/hijau), a letter A–E or a quality (Kualitas Tertinggi/Tinggi/Sedang/Rendah/Terendah)',
    );
    expect(message('Kategori F', 'categories')).toMatch(/^cannot read grade "Kategori F": expected/);
    expect(message('Kualitas', 'categories')).toMatch(/expected/);
    expect(message('Kepatuhan', 'zones')).toMatch(/expected a zone \(zona merah\/kuning\/hijau\) or a compliance predicate/);
    expect(message('tanpa maladministrasi', 'categories')).toMatch(/expected/);
    expect(message('Kualitas Terendah', 'opinion')).toMatch(/no Kualitas Terendah/);
  });

  it('rejects empty text', () => {
    expect(message('', 'zones')).toMatch(/empty/);
    expect(message('  ()  ', 'categories')).toMatch(/empty/);
  });
});

describe('describeGrade', () => {
  it('describes each kind of reading briefly', () => {
    expect(describeGrade({ ...blank, zone: 'hijau', category: 'B' })).toBe('B (hijau)');
    expect(describeGrade({ ...blank, zone: 'hijau' })).toBe('hijau');
    expect(describeGrade({ ...blank, opinion: 'tinggi', quality: 'baik', withoutMaladministration: true })).toBe(
      'opinion tinggi (baik), tanpa maladministrasi',
    );
    expect(describeGrade({ ...blank, statementOnly: true })).toBe('no grade stated');
  });
});

/** The golden file: every distinct printed text of the real harvest with its reviewed reading. */
describe('readGrade: every real printed text (tests/fixtures/real/grade-texts.txt)', () => {
  const lines = readFileSync(new URL('../fixtures/real/grade-texts.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1);
  const cell = (value: string) => (value === '-' ? null : value);

  it('holds the ~530 distinct (method, text) pairs, sorted and unique', () => {
    const keys = lines.map((line) => line.split('\t').slice(0, 2).join('\t'));
    expect(keys.length).toBeGreaterThan(500);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(keys);
  });

  it.each(lines.map((line) => line.split('\t')))('%s: %s', (method, text, zone, category, opinion, quality, without, statement, conflict, error) => {
    const reading = readGrade(text!, method as SchemeMethod);
    if (error !== '-') expect(reading).toEqual({ ok: false, message: error });
    else
      expect(reading).toEqual(
        ok({
          zone: cell(zone!),
          category: cell(category!),
          opinion: cell(opinion!),
          quality: cell(quality!),
          withoutMaladministration: without === 'yes',
          statementOnly: statement === 'yes',
          conflict: cell(conflict!),
        } as Partial<PrintedGrade>),
      );
  });
});
