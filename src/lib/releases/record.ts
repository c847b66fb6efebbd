/**
 * A release file from the processed figures, and back: `releaseFromDataset` keeps what the
 * site shows per government-year (value and source pages, nothing else), `serializeRelease`
 * writes it as JSON with one entry per line (readable, diffable with git, deterministic), and
 * `parseRelease` reads one back, checking its shape.
 */
import { ascending } from 'd3-array';
import { z } from 'zod';
import type { Manifest, RegistryFile, ScoreEntry } from '../types.ts';
import { parseReleaseId } from './ids.ts';
import type { Release, ReleaseEntry, ReleaseOpinion } from './types.ts';

/** Code, then year: `11` < `11.01` < `11.02`, plain code-unit order (no locale). */
export function compareEntries(a: Pick<ReleaseEntry, 'code' | 'year'>, b: Pick<ReleaseEntry, 'code' | 'year'>): number {
  return ascending(a.code, b.code) || a.year - b.year;
}

/** A source as a release records it: its URL, else its label, else null. */
function sourceOf(source: ScoreEntry['source']): string | null {
  return source.url ?? source.label ?? null;
}

/** One release entry from a processed score entry; `name` comes from the registry. */
export function releaseEntry(entry: ScoreEntry, name: string): ReleaseEntry {
  const source = sourceOf(entry.source);
  const alternatives: string[] = [];
  for (const alternative of entry.alternatives ?? []) {
    const page = sourceOf(alternative.source);
    if (page !== null && page !== source && !alternatives.includes(page)) alternatives.push(page);
  }
  const opinion: ReleaseOpinion | null = entry.opinion
    ? { level: entry.opinion.level, quality: entry.opinion.quality, withoutMaladministration: entry.opinion.withoutMaladministration }
    : null;
  return {
    code: entry.code,
    year: entry.year,
    level: entry.level,
    name,
    score: entry.score,
    zone: entry.zone,
    category: entry.category,
    opinion,
    source,
    alternatives,
  };
}

/** The name a release records for a government: the kabupaten/kota's, or its province's. */
function namesOf(registry: RegistryFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const province of registry.provinces) names.set(province.code, province.name);
  for (const region of registry.regions) names.set(region.code, region.name);
  return names;
}

/** Every government-year of `scores` as release entries, sorted by code and year. */
export function releaseEntries(scores: readonly ScoreEntry[], registry: RegistryFile): ReleaseEntry[] {
  const names = namesOf(registry);
  return scores
    .map((entry) => {
      const name = names.get(entry.code);
      if (name === undefined) throw new Error(`releases: ${entry.code} (${entry.year}) is not in the registry`);
      return releaseEntry(entry, name);
    })
    .sort(compareEntries);
}

/** A release of the processed dataset on `id` (see ids.ts). */
export function releaseFromDataset(id: string, data: { scores: readonly ScoreEntry[]; registry: RegistryFile; manifest: Pick<Manifest, 'files'> }): Release {
  const parsed = parseReleaseId(id);
  if (!parsed) throw new Error(`releases: not a release id: ${JSON.stringify(id)} (expected YYYY-MM-DD or YYYY-MM-DD.N)`);
  const provinces: Record<string, string> = {};
  for (const province of [...data.registry.provinces].sort((a, b) => ascending(a.code, b.code))) provinces[province.code] = province.name;
  return {
    formatVersion: 1,
    id,
    date: parsed.date,
    registry: `${data.registry.source.package} ${data.registry.source.version}`,
    provinces,
    files: data.manifest.files
      .filter((f) => f.kind === 'kepatuhan')
      .map((f) => ({ path: f.path, sha256: f.sha256 }))
      .sort((a, b) => ascending(a.path, b.path)),
    entries: releaseEntries(data.scores, data.registry),
  };
}

/**
 * The release file: one JSON object, its header on the first line and then one entry per
 * line, keys in a fixed order, so two releases compare line by line (`git diff --no-index`).
 */
export function serializeRelease(release: Release): string {
  const { entries, ...header } = release;
  const head = JSON.stringify({
    formatVersion: header.formatVersion,
    id: header.id,
    date: header.date,
    registry: header.registry,
    provinces: header.provinces,
    files: header.files,
    count: entries.length,
  });
  const line = (e: ReleaseEntry) =>
    JSON.stringify({
      code: e.code,
      year: e.year,
      level: e.level,
      name: e.name,
      score: e.score,
      zone: e.zone,
      category: e.category,
      opinion: e.opinion ? { level: e.opinion.level, quality: e.opinion.quality, withoutMaladministration: e.opinion.withoutMaladministration } : null,
      source: e.source,
      alternatives: e.alternatives,
    });
  const body = entries.length === 0 ? '[]' : `[\n${entries.map(line).join(',\n')}\n]`;
  return `${head.slice(0, -1)},\n"entries":${body}}\n`;
}

const opinionSchema = z.object({
  level: z.enum(['tertinggi', 'tinggi', 'sedang', 'rendah']),
  quality: z.enum(['sangat-baik', 'baik', 'cukup', 'kurang']).nullable(),
  withoutMaladministration: z.boolean(),
});

const entrySchema = z.object({
  code: z.string().regex(/^\d{2}(\.\d{2})?$/),
  year: z.number().int().min(2000).max(2100),
  level: z.enum(['kabupaten', 'kota', 'provinsi']),
  name: z.string().min(1),
  score: z.number().min(0).max(100).nullable(),
  zone: z.enum(['merah', 'kuning', 'hijau']).nullable(),
  category: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
  opinion: opinionSchema.nullable(),
  source: z.string().min(1).nullable(),
  alternatives: z.array(z.string().min(1)),
});

const releaseSchema = z.object({
  formatVersion: z.literal(1),
  id: z.string(),
  date: z.string(),
  registry: z.string(),
  provinces: z.record(z.string().regex(/^\d{2}$/), z.string().min(1)),
  files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  count: z.number().int().min(0),
  entries: z.array(entrySchema),
});

/** Reads a release file; `name` (e.g. the file name) is used in errors. Throws on any mismatch. */
export function parseRelease(text: string, name: string): Release {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`);
  }
  const result = releaseSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${name}: not a release file: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const { count, ...release } = result.data;
  const parsed = parseReleaseId(release.id);
  if (!parsed) throw new Error(`${name}: id ${JSON.stringify(release.id)} is not YYYY-MM-DD or YYYY-MM-DD.N`);
  if (parsed.date !== release.date) throw new Error(`${name}: date ${release.date} does not match id ${release.id}`);
  if (count !== release.entries.length) throw new Error(`${name}: count ${count} but ${release.entries.length} entries`);
  for (let i = 1; i < release.entries.length; i++) {
    if (compareEntries(release.entries[i - 1]!, release.entries[i]!) >= 0) {
      const e = release.entries[i]!;
      throw new Error(`${name}: entries not sorted by code and year, or repeated, at ${e.code} ${e.year}`);
    }
  }
  return release;
}
