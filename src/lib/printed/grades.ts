import { z } from 'zod';
import gradesJson from '../../../data/reference/grades.json';
import type { Category, OpinionLevel, PrintedGrade, QualityCategory, SchemeMethod, Zone } from '../types.ts';

import { byPhrase, phrases, vocabulary } from './vocabulary.ts';

/** Reads a zone / grade / opinion text as printed: the grammar is docs/GRADES.md, its words data/reference/grades.json. */
export type GradeReading = { ok: true; grade: PrintedGrade } | { ok: false; message: string };

type Level = 'tertinggi' | 'tinggi' | 'sedang' | 'rendah' | 'terendah';
type Sig = {
  zone: Zone | null;
  category: Category | null;
  opinion: OpinionLevel | null;
  quality: QualityCategory | null;
  label: string;
  rank: number;
  inParens: boolean;
  foreign?: string;
};

const LISTS = ['qualityChain', 'scoreChain', 'otherChain', 'letterTriggers', 'statement', 'negations', 'ordinals'] as const;
const LEVEL = z.enum(['tertinggi', 'tinggi', 'sedang', 'rendah', 'terendah']);
const WORDS = vocabulary(
  'grades.json',
  z.strictObject({
    zones: z.record(z.enum(['merah', 'kuning', 'hijau']), phrases),
    levels: z.record(LEVEL, phrases),
    englishLevels: z.partialRecord(LEVEL, phrases),
    qualities: z.record(z.enum(['baik', 'cukup', 'kurang']), phrases),
    ...(Object.fromEntries(LISTS.map((k) => [k, phrases])) as Record<(typeof LISTS)[number], typeof phrases>),
  }),
  gradesJson,
);
/** Levels that were also the zone years' compliance predicates (Kepatuhan Tinggi/Sedang/Rendah). */
const PREDICATES = new Set<Level>(['tinggi', 'sedang', 'rendah']);
const ZONES = byPhrase(WORDS.zones);
const LEVELS = byPhrase(WORDS.levels, WORDS.englishLevels);
const ENGLISH = byPhrase(WORDS.englishLevels);
const QUALITIES = byPhrase(WORDS.qualities);
const LEVEL_CATEGORY: Record<Level, Category> = { tertinggi: 'A', tinggi: 'B', sedang: 'C', rendah: 'D', terendah: 'E' };
const LEVEL_ZONE: Record<Level, Zone> = { tertinggi: 'hijau', tinggi: 'hijau', sedang: 'kuning', rendah: 'merah', terendah: 'merah' };
const CATEGORY_ZONE: Record<Category, Zone> = { A: 'hijau', B: 'hijau', C: 'kuning', D: 'merah', E: 'merah' };
const QUALITY_OPINION: Record<QualityCategory, OpinionLevel> = { 'sangat-baik': 'tertinggi', baik: 'tinggi', cukup: 'sedang', kurang: 'rendah' };
const OPINION_QUALITY = Object.fromEntries(Object.entries(QUALITY_OPINION).map(([q, o]) => [o, q])) as Record<OpinionLevel, QualityCategory>;

/** Word lists by name: `IN.negations.has(w)`. */
const IN = Object.fromEntries(LISTS.map((k) => [k, new Set(WORDS[k])])) as Record<(typeof LISTS)[number], Set<string>>;
const inChain = (w: string) => IN.qualityChain.has(w) || IN.scoreChain.has(w) || IN.otherChain.has(w);

/** A word, whether it is inside parentheses, its clause number and the separator that opened the clause. */
type Tok = { w: string; inParens: boolean; clause: number; sep: string };

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let depth = 0,
    clause = 0,
    sep = '';
  for (const [w] of text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[[\]]/g, '')
    .matchAll(/[\p{L}\p{N}]+|[(),/;:+|]/gu)) {
    if (/^[\p{L}\p{N}]/u.test(w)) toks.push({ w, inParens: depth > 0, clause, sep });
    else {
      clause++;
      sep = w;
      depth = Math.max(0, depth + (w === '(' ? 1 : w === ')' ? -1 : 0));
    }
  }
  return toks;
}

/** What the scan of a text found: its signals, and whether it is a statement or says `tanpa maladministrasi`. */
interface Scan {
  toks: Tok[];
  method: SchemeMethod;
  sigs: Sig[];
  statement: boolean;
  without: boolean;
  /** The clause after `belum|tidak|bukan|not`, and the clause after `dari|from` whose first signal is a previous state. */
  negatedClause: number;
  previousClause: number;
}

const NONE = { zone: null, category: null, opinion: null, quality: null };
const at = (toks: readonly Tok[], i: number) => toks[i]?.w ?? '';
const same = (toks: readonly Tok[], i: number, j: number) => toks[j] !== undefined && toks[j]!.clause === toks[i]!.clause;

/** The level at token i and how many tokens it takes (`sangat tinggi` = tertinggi). */
function levelAt(toks: readonly Tok[], i: number): [Level, number] | null {
  const w = at(toks, i);
  const next = at(toks, i + 1);
  if (w === 'sangat' && (next === 'tinggi' || next === 'rendah')) return [next === 'tinggi' ? 'tertinggi' : 'terendah', 2];
  const level = LEVELS.get(w);
  return level ? [level, 1] : null;
}

/** Keeps a signal found at token i, unless its clause is negated or speaks of a previous state (then the text is a statement). */
function push(scan: Scan, i: number, sig: Omit<Sig, 'inParens'>): void {
  const { clause, inParens } = scan.toks[i]!;
  if (clause === scan.negatedClause) scan.statement = true;
  else if (clause === scan.previousClause) {
    scan.statement = true;
    scan.previousClause = -1;
  } else scan.sigs.push({ ...sig, inParens });
}

function scanSignals(toks: Tok[], method: SchemeMethod): Scan {
  const scan: Scan = { toks, method, sigs: [], statement: false, without: false, negatedClause: -1, previousClause: -1 };
  for (let i = 0; i < toks.length; i++) {
    const w = at(toks, i);
    if (IN.negations.has(w)) scan.negatedClause = toks[i]!.clause;
    else if (w === 'dari' || w === 'from') scan.previousClause = toks[i]!.clause;
    else if (IN.statement.has(w)) scan.statement = true;
    if ((w === 'tanpa' || w === 'bebas') && [1, 2].some((k) => at(toks, i + k) === 'maladministrasi')) scan.without = true;
    const zone = ZONES.get(w);
    const quality = w === 'sangat' && at(toks, i + 1) === 'baik' ? 'sangat-baik' : QUALITIES.get(w);
    if (zone) {
      push(scan, i, { ...NONE, zone, label: `zone ${zone}`, rank: 0, foreign: method === 'opinion' ? `zone ${zone}` : undefined });
    } else if (/^[a-e]$/.test(w)) {
      const prev = same(toks, i, i - 1) ? at(toks, i - 1) : '';
      if (prev && same(toks, i, i + 1) && !IN.letterTriggers.has(prev) && !ZONES.has(prev) && !LEVELS.has(prev)) continue;
      const category = w.toUpperCase() as Category;
      const foreign = method === 'categories' ? undefined : `letter ${category}`;
      push(scan, i, { ...NONE, zone: CATEGORY_ZONE[category], category, label: `letter ${category} (${CATEGORY_ZONE[category]})`, rank: 1, foreign });
    } else if (quality) {
      if (method !== 'opinion') scan.statement = true;
      else push(scan, i, { ...NONE, quality, label: `quality ${quality} (${QUALITY_OPINION[quality]})`, rank: 3 });
      if (w === 'sangat') i++;
    } else if (levelAt(toks, i)) {
      i = scanLevel(scan, i);
    }
  }
  return scan;
}

/** Reads the level (or levels joined by `dan|atau|/`) starting at token `start`; returns the last token it took. */
function scanLevel(scan: Scan, start: number): number {
  const { toks, method } = scan;
  const alternatives: Level[] = [];
  let i = start;
  for (;;) {
    const [level, width] = levelAt(toks, i)!;
    alternatives.push(level);
    i += width - 1;
    const next = at(toks, i + 1) === 'dan' || at(toks, i + 1) === 'atau' ? i + 2 : i + 1;
    if (!levelAt(toks, next) || !(same(toks, i, next) || (toks[next]!.sep === '/' && toks[next]!.clause === toks[i]!.clause + 1))) break;
    i = next;
  }
  const w = at(toks, start);
  const chain: string[] = [];
  for (let j = start - 1; j >= 0 && same(toks, start, j) && inChain(at(toks, j)); j--) chain.unshift(at(toks, j));
  const superlative = alternatives.length === 1 && ['tertinggi', 'terendah', 'highest', 'lowest'].includes(at(toks, start));
  const scoreOnly = chain.some((c) => IN.scoreChain.has(c)) && chain.every((c) => IN.scoreChain.has(c) || ['kepatuhan', 'pelayanan', 'publik'].includes(c));
  const byCategory = ENGLISH.has(w) ? ['quality', 'opinion', 'category'].includes(at(toks, i + 1)) : chain.some((c) => IN.qualityChain.has(c));
  const before = same(toks, start, start - 1) ? at(toks, start - 1) : '';
  const bare = chain.length === 0 && !ZONES.has(before) && !(ENGLISH.has(w) && byCategory);
  if (superlative && (bare || IN.ordinals.has(before) || scoreOnly)) {
    scan.statement = true;
    return i;
  }
  if (method === 'opinion' && chain.includes('kepatuhan') && !chain.some((c) => IN.qualityChain.has(c))) return i;
  if (method === 'opinion') {
    const bad = alternatives.find((l) => l === 'terendah');
    const opinion = alternatives.length === 1 ? (alternatives[0] as OpinionLevel) : null;
    push(scan, start, { ...NONE, opinion, label: `opinion ${alternatives.join('/')}`, rank: 2, foreign: bad ? 'level terendah' : undefined });
    return i;
  }
  const read = alternatives.map((l) => (method === 'categories' && (byCategory || !PREDICATES.has(l)) ? LEVEL_CATEGORY[l] : null));
  const zones = new Set(alternatives.map((l) => LEVEL_ZONE[l]));
  const category = read.length === 1 ? read[0]! : null;
  const zone = zones.size === 1 ? [...zones][0]! : null;
  push(scan, start, { ...NONE, zone, category, label: `level ${alternatives.join('/')} (${category ?? zone ?? 'no zone'})`, rank: 2 });
  return i;
}

export function readGrade(text: string, method: SchemeMethod): GradeReading {
  const toks = tokenize(text);
  if (toks.length === 0) return { ok: false, message: `cannot read grade "${text}": the text is empty` };
  const { sigs, statement, without } = scanSignals(toks, method);
  const own = sigs.filter((s) => !s.foreign);
  // A 2025 text in the old zone wording (`kategori kuning`) is kept as printed but read as no
  // opinion: the new method has no zones, so nothing is drawn from it. A 2025 letter or
  // Terendah, and a letter before 2022, stay errors.
  if (own.length === 0 && sigs.length > 0 && method === 'opinion' && sigs.every((s) => s.foreign?.startsWith('zone ')))
    return { ok: true, grade: { ...NONE, withoutMaladministration: false, statementOnly: true, conflict: null } };
  if (own.length === 0 && sigs.length > 0) return { ok: false, message: foreignMessage(text, sigs[0]!.foreign!, method) };
  const grade = combineSignals(own, method === 'opinion' && without);
  const graded = grade.zone !== null || grade.category !== null || grade.opinion !== null;
  if (!graded && !statement && !grade.withoutMaladministration && own.length === 0)
    return { ok: false, message: `cannot read grade "${text}": expected ${EXPECTED[method]}` };
  grade.statementOnly = !graded;
  return { ok: true, grade };
}

const FIELDS = ['zone', 'category', 'opinion', 'quality'] as const;

/**
 * The grade the signals of the year's scheme give: main-text signals must agree (else a
 * conflict), and signals in parentheses fill what they left open when they agree with it.
 */
function combineSignals(own: readonly Sig[], withoutMaladministration: boolean): PrintedGrade {
  const main = own.some((s) => !s.inParens) ? own.filter((s) => !s.inParens) : own;
  const extra = own.filter((s) => !main.includes(s));
  const grade: PrintedGrade = { ...NONE, withoutMaladministration, statementOnly: false, conflict: null };
  const conflicts: string[] = [];
  for (const field of FIELDS) {
    const winner = [...main].sort((a, b) => a.rank - b.rank).find((s) => s[field] !== null);
    if (!winner) continue;
    (grade as Record<typeof field, unknown>)[field] = winner[field];
    for (const s of main) if (s[field] !== null && s[field] !== winner[field]) conflicts.push(`${winner.label} but ${s.label}`);
  }
  if (grade.opinion && grade.quality && QUALITY_OPINION[grade.quality] !== grade.opinion)
    conflicts.push(`opinion ${grade.opinion} but quality ${grade.quality}`);
  for (const s of extra) {
    const fits = FIELDS.every((f) => s[f] === null || grade[f] === null || s[f] === grade[f]);
    const pairs =
      !(s.quality && grade.opinion && QUALITY_OPINION[s.quality] !== grade.opinion) &&
      !(s.opinion && grade.quality && QUALITY_OPINION[grade.quality] !== s.opinion);
    if (fits && pairs) for (const f of FIELDS) (grade as Record<typeof f, unknown>)[f] ??= s[f];
  }
  if (grade.opinion && !grade.quality) grade.quality = OPINION_QUALITY[grade.opinion];
  if (grade.quality && !grade.opinion) grade.opinion = QUALITY_OPINION[grade.quality];
  grade.conflict = conflicts.length > 0 ? [...new Set(conflicts)].join('; ') : null;
  return grade;
}

const EXPECTED: Record<SchemeMethod, string> = {
  zones: 'a zone (zona merah/kuning/hijau) or a compliance predicate (Kepatuhan Tinggi/Sedang/Rendah)',
  categories: 'a zone (merah/kuning/hijau), a letter A–E or a quality (Kualitas Tertinggi/Tinggi/Sedang/Rendah/Terendah)',
  opinion: 'an opinion (Opini Kualitas Tertinggi/Tinggi/Sedang/Rendah) or a quality category (Sangat Baik/Baik/Cukup/Kurang)',
};

function foreignMessage(text: string, what: string, method: SchemeMethod): string {
  if (method === 'zones') return `cannot read grade "${text}": ${what}, but letters A–E exist only from 2022 (2015–2021 grade in zones)`;
  if (what === 'level terendah') return `cannot read grade "${text}": 2025 opinions have no Kualitas Terendah (Tertinggi/Tinggi/Sedang/Rendah)`;
  return `cannot read grade "${text}": ${what}, but 2025 has no zones or letters (Peraturan Ombudsman 61/2025: expected ${EXPECTED.opinion})`;
}

/** Short English description for error messages: `B (hijau)`, `hijau`, `opinion tinggi (baik), tanpa maladministrasi`. */
export function describeGrade(grade: PrintedGrade): string {
  const suffix = grade.withoutMaladministration ? ', tanpa maladministrasi' : '';
  if (grade.opinion) return `opinion ${grade.opinion}${grade.quality ? ` (${grade.quality})` : ''}${suffix}`;
  if (grade.category) return `${grade.category} (${grade.zone ?? CATEGORY_ZONE[grade.category]})`;
  if (grade.zone) return grade.zone;
  return `no grade stated${suffix}`;
}
