import { sourcesDiffer } from '../precedence.ts';
import type { IngestOutput } from './ingest.ts';

/**
 * A preview of the site for a few provinces (`npm run ingest -- --provinces 18,33`): the
 * registry, figures and mentions of those provinces only, so a build makes every page type
 * in a fraction of the time (the test suite's small site). Nothing is dropped silently:
 * the caller reports how many readings lay outside, and the nation's own figures stay.
 */

export interface ScopedOutput {
  output: IngestOutput;
  /** Readings left out because their government lies outside the provinces. */
  outside: { scores: number; mentions: number; complaintFigures: number; complaints: number };
}

/** Two-digit province codes from `18,33, 94`; throws on anything else. */
export function parseProvinceList(text: string, known: ReadonlySet<string>): string[] {
  const codes = text
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (codes.length === 0) throw new Error('--provinces: give at least one province code, e.g. --provinces 18,33');
  for (const code of codes) {
    if (!known.has(code)) throw new Error(`--provinces: ${JSON.stringify(code)} is not a province code in the registry (two digits, e.g. 18 for Lampung)`);
  }
  return [...new Set(codes)].sort();
}

const provinceOf = (code: string) => code.slice(0, 2);

/** The output restricted to `provinces` (codes as in the registry). */
export function restrictToProvinces(output: IngestOutput, provinces: readonly string[]): ScopedOutput {
  const keep = new Set(provinces);
  const inScope = (code: string) => keep.has(provinceOf(code));
  const scores = output.scores.filter((e) => inScope(e.code));
  const mentions = output.mentions.filter((m) => inScope(m.code));
  // The nation's figures stay; an office or government counts with its province.
  const complaintFigures = output.complaintFigures.filter((f) => f.provinceCode === null || keep.has(f.provinceCode));
  const allComplaints = output.complaints;
  const complaints = allComplaints.filter((c) => inScope(c.code));
  const registry = {
    source: output.registry.source,
    provinces: output.registry.provinces.filter((p) => keep.has(p.code)),
    regions: output.registry.regions.filter((r) => keep.has(r.provinceCode)),
  };
  const counts = {
    ...output.manifest.counts,
    scores: scores.length,
    complaints: complaints.length,
    regions: registry.regions.length,
    provinces: registry.provinces.length,
    mentions: mentions.length,
    complaintFigures: complaintFigures.length,
    ...(output.manifest.counts.sourcesDiffer === undefined ? {} : { sourcesDiffer: scores.filter(sourcesDiffer).length }),
  };
  return {
    output: {
      registry,
      scores,
      mentions,
      complaintFigures,
      manifest: { ...output.manifest, counts },
      complaints,
    },
    outside: {
      scores: output.scores.length - scores.length,
      mentions: output.mentions.length - mentions.length,
      complaintFigures: output.complaintFigures.length - complaintFigures.length,
      complaints: allComplaints.length - complaints.length,
    },
  };
}
