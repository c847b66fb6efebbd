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

/** The output restricted to `provinces` (codes as in the registry). */
export function restrictToProvinces(output: IngestOutput, provinces: readonly string[]): ScopedOutput {
  const keep = new Set(provinces);
  // A government counts with its province (its code's first two digits); the nation's figures (no province) stay.
  const inScope = (code: string | null) => code === null || keep.has(code.slice(0, 2));
  const scores = output.scores.filter((e) => inScope(e.code));
  const mentions = output.mentions.filter((m) => inScope(m.code));
  const complaintFigures = output.complaintFigures.filter((f) => inScope(f.provinceCode));
  const complaints = output.complaints.filter((c) => inScope(c.code));
  const registry = {
    ...output.registry,
    provinces: output.registry.provinces.filter((p) => inScope(p.code)),
    regions: output.registry.regions.filter((r) => inScope(r.provinceCode)),
  };
  const counts = {
    ...output.manifest.counts,
    scores: scores.length,
    complaints: complaints.length,
    regions: registry.regions.length,
    provinces: registry.provinces.length,
    mentions: mentions.length,
    complaintFigures: complaintFigures.length,
    sourcesDiffer: scores.filter(sourcesDiffer).length,
  };
  const outside = (kept: unknown[], all: unknown[]) => all.length - kept.length;
  return {
    output: { registry, scores, mentions, complaintFigures, manifest: { ...output.manifest, counts }, complaints },
    outside: {
      scores: outside(scores, output.scores),
      mentions: outside(mentions, output.mentions),
      complaintFigures: outside(complaintFigures, output.complaintFigures),
      complaints: outside(complaints, output.complaints),
    },
  };
}
