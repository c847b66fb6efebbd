import { describe, expect, it } from 'vitest';
import { formatProblem, quote, sortProblems, type Problem } from '../../src/lib/ingest/report.ts';

describe('formatProblem', () => {
  it('formats file:line: column: message', () => {
    expect(formatProblem({ severity: 'error', file: 'kepatuhan/lampung.csv', line: 12, column: 'Nilai', message: 'must be between 0 and 100' })).toBe(
      'kepatuhan/lampung.csv:12: Nilai: must be between 0 and 100',
    );
  });

  it('omits the column when there is none', () => {
    expect(formatProblem({ severity: 'error', file: 'kepatuhan/lampung.csv', line: 3, message: 'unbalanced quote' })).toBe(
      'kepatuhan/lampung.csv:3: unbalanced quote',
    );
  });

  it('tags warnings after the location and before the column', () => {
    expect(formatProblem({ severity: 'warning', file: 'kepatuhan/a.csv', line: 3, column: 'Sumber', message: 'not a link' })).toBe(
      'kepatuhan/a.csv:3: warning: Sumber: not a link',
    );
  });

  it('omits the line when it is 0 (whole-file problems)', () => {
    expect(formatProblem({ severity: 'error', file: 'kepatuhan/a.xlsx', line: 0, message: 'not a CSV file (.xlsx)' })).toBe(
      'kepatuhan/a.xlsx: not a CSV file (.xlsx)',
    );
    expect(formatProblem({ severity: 'warning', file: 'kepatuhan/a.csv', line: 0, message: 'm' })).toBe('kepatuhan/a.csv: warning: m');
  });

  it('omits the location for dataset-wide notes (empty file)', () => {
    expect(formatProblem({ severity: 'warning', file: '', line: 0, message: '2022: 481 of 514 kabupaten/kota have no score' })).toBe(
      'warning: 2022: 481 of 514 kabupaten/kota have no score',
    );
    expect(formatProblem({ severity: 'error', file: '', line: 0, message: 'no CSV files found' })).toBe('no CSV files found');
  });
});

describe('sortProblems', () => {
  const p = (file: string, line: number, message: string, severity: Problem['severity'] = 'error'): Problem => ({ severity, file, line, message });

  it('orders by file, then line (numerically), then message', () => {
    const input = [
      p('pengaduan/x.csv', 1, 'a'),
      p('kepatuhan/b.csv', 10, 'a'),
      p('kepatuhan/b.csv', 9, 'z'),
      p('kepatuhan/b.csv', 9, 'b'),
      p('', 0, 'dataset note', 'warning'),
      p('kepatuhan/a.csv', 100, 'x'),
      p('kepatuhan/b.csv', 0, 'whole file'),
    ];
    expect(sortProblems(input).map((q) => `${q.file}:${q.line}:${q.message}`)).toEqual([
      ':0:dataset note',
      'kepatuhan/a.csv:100:x',
      'kepatuhan/b.csv:0:whole file',
      'kepatuhan/b.csv:9:b',
      'kepatuhan/b.csv:9:z',
      'kepatuhan/b.csv:10:a',
      'pengaduan/x.csv:1:a',
    ]);
  });

  it('returns a new array and leaves the input alone', () => {
    const input = [p('b', 1, 'm'), p('a', 1, 'm')];
    const out = sortProblems(input);
    expect(out).not.toBe(input);
    expect(input.map((q) => q.file)).toEqual(['b', 'a']);
    expect(out.map((q) => q.file)).toEqual(['a', 'b']);
  });

  it('is stable for equal keys (keeps severity order as given)', () => {
    const out = sortProblems([p('a', 1, 'm', 'warning'), p('a', 1, 'm', 'error')]);
    expect(out.map((q) => q.severity)).toEqual(['warning', 'error']);
  });
});

describe('quote', () => {
  it('wraps a value in double quotes', () => {
    expect(quote('Kab. Pesawaran')).toBe('"Kab. Pesawaran"');
    expect(quote('')).toBe('""');
  });

  it('makes newlines, tabs and other control characters visible', () => {
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote('a\tb')).toBe('"a\\tb"');
    expect(quote('a\rb')).toBe('"a\\u000db"');
    expect(quote('a\u0000b')).toBe('"a\\u0000b"');
    expect(quote('a\u007fb')).toBe('"a\\u007fb"');
    expect(quote('a\u001bb')).toBe('"a\\u001bb"');
  });

  it('leaves ordinary Unicode text alone', () => {
    expect(quote('Kota Bau-Bau – é')).toBe('"Kota Bau-Bau – é"');
  });

  it('shortens to 60 characters with an ellipsis', () => {
    expect(quote('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(quote('x'.repeat(61))).toBe(`"${'x'.repeat(59)}…"`);
    expect(quote('x'.repeat(1000))).toBe(`"${'x'.repeat(59)}…"`);
  });

  it('counts escapes in the length and honours a custom maximum', () => {
    expect(quote('abcdef', 4)).toBe('"abc…"');
    expect(quote('abcd', 4)).toBe('"abcd"');
    expect(quote('a\nb', 4)).toBe('"a\\nb"');
  });
});
