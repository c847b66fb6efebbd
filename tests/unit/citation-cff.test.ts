/**
 * CITATION.cff at the repository root: Citation File Format 1.2.0. No YAML library is a
 * dependency, so the checks read top-level keys line by line: the required keys (cff-version,
 * message, title, authors with a name), the MIT licence of the code, a real date-released and
 * the version in step with package.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/lib/citation.ts';

const text = readFileSync('CITATION.cff', 'utf8');
const lines = text.split('\n');
/** Top-level `key: value` (value unquoted), in file order; a key with a block below has value ''. */
const top = new Map(
  lines
    .map((line) => /^([a-z][a-z-]*):(?:\s+(.*))?$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, (m[2] ?? '').trim().replace(/^"(.*)"$/, '$1')] as const),
);
/** The indented lines under a top-level key. */
function block(key: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^\S/.test(line));
  return rest.slice(0, end === -1 ? rest.length : end).filter((line) => line.trim() !== '');
}

describe('CITATION.cff', () => {
  it('is plain UTF-8 YAML without tabs, each top-level key once', () => {
    expect(text).not.toMatch(/\t/);
    const keys = lines.map((line) => /^([a-z][a-z-]*):/.exec(line)?.[1]).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has the keys CFF 1.2.0 requires', () => {
    expect(top.get('cff-version')).toBe('1.2.0');
    expect(top.has('message')).toBe(true);
    expect(block('message').join(' ').length).toBeGreaterThan(20);
    expect(top.get('title')).toBe('Zona Pelayanan');
    expect(block('authors')[0]).toMatch(/^ {2}- (name|family-names|given-names): "?\S/);
  });

  it('says the code is MIT, like LICENSE and package.json', () => {
    expect(top.get('license')).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/MIT License/);
  });

  it('has a real release date and the version of package.json', () => {
    expect(isIsoDate(top.get('date-released') ?? '')).toBe(true);
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(top.get('version')).toBe(version);
    expect(top.get('type')).toBe('software');
  });

  it('repository-code, when given, is a URL (left out until the public address is known)', () => {
    const repo = top.get('repository-code');
    if (repo !== undefined) expect(repo).toMatch(/^https:\/\/\S+$/);
  });

  it('each reference has a type, a title and authors', () => {
    const refs = block('references')
      .join('\n')
      .split(/^ {2}- /m)
      .filter((r) => r.trim() !== '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^type: \w+[\s\S]*\btitle: \S[\s\S]*\bauthors:\n\s+- name: \S/);
  });
});
