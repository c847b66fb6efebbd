/**
 * Complaint breakdown rows in arrival order, kept in typed-array blocks of five
 * uint32 per row: a million rows are a few hundred blocks of plain numbers rather
 * than millions of objects (20 MB; fresh memory is slow to fault in, so it is kept
 * small), appending never copies what is stored, and the garbage collector has
 * nothing to trace. Rows of a file arrive together, so files are kept as runs.
 */

const BLOCK_BITS = 12;
const BLOCK_ROWS = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK_ROWS - 1;
const FIELDS = 5;
const GROUP = 0;
const CATEGORY = 1;
const LINE = 2;
const RECEIVED = 3;
const RESOLVED = 4;
/** Count values that stand for something else: a resolved count not given, and a count too large for uint32 (kept in `large`). */
const NOT_GIVEN = 0xffffffff;
const LARGE = 0xfffffffe;

export class BreakdownRows {
  length = 0;
  private readonly blocks: Uint32Array[] = [];
  /** Counts of LARGE or more, by `FIELDS * row + field`. */
  private readonly large = new Map<number, number>();
  /** Rows from runStarts[k] (up to the next run) are in runFiles[k]. */
  private readonly runStarts: number[] = [];
  private readonly runFiles: string[] = [];

  push(group: number, category: number, received: number, resolved: number | null, file: string, line: number): void {
    const row = this.length++;
    const at = FIELDS * (row & IN_BLOCK);
    if (at === 0) this.blocks.push(new Uint32Array(FIELDS * BLOCK_ROWS));
    const block = this.blocks[row >>> BLOCK_BITS]!;
    block[at + GROUP] = group;
    block[at + CATEGORY] = category;
    block[at + LINE] = line;
    block[at + RECEIVED] = this.count(row, RECEIVED, received);
    block[at + RESOLVED] = resolved === null ? NOT_GIVEN : this.count(row, RESOLVED, resolved);
    if (file !== this.runFiles[this.runFiles.length - 1]) {
      this.runStarts.push(row);
      this.runFiles.push(file);
    }
  }

  /** A count as stored: itself, or LARGE with the value set aside. */
  private count(row: number, field: number, value: number): number {
    if (value < LARGE) return value;
    this.large.set(FIELDS * row + field, value);
    return LARGE;
  }

  private field(row: number, field: number): number {
    return this.blocks[row >>> BLOCK_BITS]![FIELDS * (row & IN_BLOCK) + field]!;
  }

  private countOf(row: number, field: number): number {
    const value = this.field(row, field);
    return value === LARGE ? this.large.get(FIELDS * row + field)! : value;
  }

  group(row: number): number {
    return this.field(row, GROUP);
  }

  category(row: number): number {
    return this.field(row, CATEGORY);
  }

  line(row: number): number {
    return this.field(row, LINE);
  }

  received(row: number): number {
    return this.countOf(row, RECEIVED);
  }

  resolved(row: number): number | null {
    return this.field(row, RESOLVED) === NOT_GIVEN ? null : this.countOf(row, RESOLVED);
  }

  file(row: number): string {
    // The last run starting at or before the row.
    let lo = 0;
    let hi = this.runStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.runStarts[mid]! <= row) lo = mid;
      else hi = mid - 1;
    }
    return this.runFiles[lo]!;
  }
}
