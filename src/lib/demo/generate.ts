import { generateAssessments } from './assessments.ts';
import { generateBreakdowns, generateComplaints } from './complaints.ts';
import { governments, type DemoRegistry } from './governments.ts';
import { createRng } from './prng.ts';
import { breakdownsFile, census2021File, complaintsFile, markerFile, opiniFile, sampleFile, type DemoFileInfo } from './raw-files.ts';

/**
 * Seeded, deterministic demo data: raw CSV exports in the real input formats
 * (see data/README.md), so that the shipped demo goes through the real parser.
 * Every number here is invented. The `DEMO` marker file makes ingest flag the
 * dataset as demo.
 *
 * Pure: no I/O, no clock, no `Math.random`. The same registry and seed always
 * give the same bytes (the unit tests check this).
 *
 * The parts: governments.ts (who is assessed), assessments.ts (scores and dimension
 * points), complaints.ts (report totals and breakdowns), bands.ts (the demo's own
 * cut-offs), raw-files.ts (each file as its real export writes it).
 */

export const DEFAULT_DEMO_SEED = 20240101;

export interface DemoDataset {
  files: Map<string, string>;
  info: DemoFileInfo[];
}

/** Relative path → exact file content. */
export function generateDemoData(registry: DemoRegistry, seed: number): Map<string, string> {
  return generateDemoDataset(registry, seed).files;
}

export function generateDemoDataset(registry: DemoRegistry, seed: number): DemoDataset {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`demo: seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
  const rng = createRng(seed);
  const assessments = generateAssessments(rng.fork('kepatuhan'), governments(registry));
  const complaints = generateComplaints(rng.fork('pengaduan'), registry);
  const written = [
    markerFile(seed),
    sampleFile(rng, assessments),
    census2021File(rng, assessments),
    opiniFile(rng, assessments),
    complaintsFile(complaints),
    breakdownsFile(generateBreakdowns(rng.fork('rincian'), complaints)),
  ];
  return { files: new Map(written.map((f) => [f.info.path, f.content])), info: written.map((f) => f.info) };
}
