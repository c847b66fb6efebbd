import { ascending } from 'd3-array';
/**
 * Problems found while ingesting, printed as `file:line: column: message`
 * (the format compilers use, so editors can jump to them).
 */

export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the raw folder, e.g. `kepatuhan/lampung.csv`; empty for dataset-wide notes. */
  file: string;
  /** 1-based line in the file; 0 when the problem is about the whole file. */
  line: number;
  /** The column's header as written in the file, when the problem is about one column. */
  column?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.file === '' ? '' : problem.line > 0 ? `${problem.file}:${problem.line}: ` : `${problem.file}: `;
  const column = problem.column !== undefined ? `${problem.column}: ` : '';
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}${tag}${column}${problem.message}`;
}

/** Stable order: by file, then line, then message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => ascending(a.file, b.file) || a.line - b.line || ascending(a.message, b.message));
}

/** Quotes a value from the input for a message, shortened and with control characters made visible. */
export function quote(value: string, max = 60): string {
  const short = [...value].length > max ? `${[...value].slice(0, max - 1).join('')}…` : value;
  // eslint-disable-next-line no-control-regex -- control characters are what this makes visible
  const visible = short.replace(/["\\\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '"' ? '\\"' : c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${visible}"`;
}
