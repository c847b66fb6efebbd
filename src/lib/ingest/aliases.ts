import Papa from 'papaparse';
import type { Alias } from './match.ts';

/** Reads `data/aliases.csv` (`alias,code,note`). Bad rows throw: the table is part of the project. */
export function parseAliases(text: string, file = 'data/aliases.csv'): Alias[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  if (result.errors.length > 0) throw new Error(`${file}: ${result.errors[0]!.message}`);
  return result.data.map((row, i) => {
    const alias = (row.alias ?? '').trim();
    const code = (row.code ?? '').trim();
    if (alias === '' || !/^\d{2}(\.\d{2})?$/.test(code)) throw new Error(`${file}:${i + 2}: needs an alias and a Kemendagri code (PP or PP.KK)`);
    return { alias, code };
  });
}
