import Papa from 'papaparse';
import type { Alias } from './match.ts';

/**
 * Reads `data/aliases.csv` (`alias,code,note[,scope]`; scope `province`: only with a province column naming the alias's province). Bad rows throw with their line: the
 * table is part of the project, so a mistake in it must stop the build.
 */
export function parseAliases(text: string, file = 'data/aliases.csv'): Alias[] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  // Rows are counted from 0 at the header, so row i sits on line i + 1 (no quoted newlines here).
  if (quoteError) throw new Error(`${file}:${(quoteError.row ?? 0) + 1}: ${quoteError.message}`);
  const [header = [], ...rows] = result.data;
  const columns = header.map((h) => h.trim().toLowerCase());
  const aliasAt = columns.indexOf('alias');
  const codeAt = columns.indexOf('code');
  const scopeAt = columns.indexOf('scope');
  if (aliasAt < 0 || codeAt < 0) throw new Error(`${file}:1: header must have alias and code columns`);
  const aliases: Alias[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) throw new Error(`${file}:${line}: expected ${header.length} fields but found ${cells.length}`);
    const alias = (cells[aliasAt] ?? '').trim();
    const code = (cells[codeAt] ?? '').trim();
    if (alias === '' || !/^\d{2}(\.\d{2})?$/.test(code)) throw new Error(`${file}:${line}: needs an alias and a Kemendagri code (PP or PP.KK)`);
    const scope = scopeAt < 0 ? '' : (cells[scopeAt] ?? '').trim();
    if (scope !== '' && scope !== 'province')
      throw new Error(`${file}:${line}: scope must be empty or "province" (the alias counts only with a province column naming its province)`);
    aliases.push({ alias, code, ...(scope === 'province' ? { provinceOnly: true } : {}) });
  });
  return aliases;
}
