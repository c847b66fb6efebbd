import { describe, expect, it } from 'vitest';
import { complaintRowSchema, RowValidator, scoreRowSchema, type FieldIssue } from '../../src/lib/ingest/fields.ts';

const CELLS: Record<string, string[]> = {
  region: ['18.09', ' Kabupaten Pesawaran ', '', ' '],
  province: ['Lampung', '', '  '],
  kind: ['kab', ''],
  year: ['2022', ' 2022 ', '２０２２', '22', '2023/2024', '', '2022.0'],
  score: ['70', '70,12', '99, 23', 'di atas 80', '150', '70,123', 'NaN', '', '-1'],
  zone: ['Hijau', '', ' kuning '],
  grade: ['A', ''],
  grade2: ['Kualitas Tinggi', ''],
  rank: ['1', ''],
  note: ['', 'catatan', ' x '],
  url: ['https://example.org/a', '', 'bukan tautan'],
  received: ['40', '1.234', '0042', '12,5', '-4', '99999999999999999999', '', ' 7 '],
  resolved: ['3', '', 'x'],
  dimension: ['substansi', ''],
  category: ['Agraria', '', ' Agraria '],
};

const issueKey = (i: FieldIssue) => `${i.field}: ${i.message}`;

describe('RowValidator', () => {
  it('gives what the zod row schema gives for the whole record, whatever columns the file has', () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    for (const [kind, schema] of [
      ['kepatuhan', scoreRowSchema],
      ['pengaduan', complaintRowSchema],
    ] as const) {
      const fields = Object.keys(schema.shape);
      for (let file = 0; file < 40; file++) {
        const present = fields.filter((f) => (f === 'region' ? random() < 0.9 : random() < 0.6));
        const indexes = Object.fromEntries(present.map((f, i) => [f, i]));
        const validator = new RowValidator(kind, indexes);
        for (let r = 0; r < 60; r++) {
          const cells = present.map((f) => CELLS[f]![Math.floor(random() * CELLS[f]!.length)]!);
          const record = Object.fromEntries(present.map((f, i) => [f, cells[i]]));
          const expected = schema.safeParse(record);
          const got = validator.validate(cells);
          expect(got.ok, JSON.stringify(record)).toBe(expected.success);
          if (got.ok && expected.success) expect(got.row).toEqual(expected.data);
          if (!got.ok && !expected.success) {
            expect(got.issues.map(issueKey).sort()).toEqual(expected.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).sort());
          }
        }
      }
    }
  });

  it('puts the issues of a missing column first, on every row', () => {
    const validator = new RowValidator('kepatuhan', { year: 0 });
    const result = validator.validate(['22']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toEqual(['region', 'year']);
  });
});
