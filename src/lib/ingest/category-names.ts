/**
 * Breakdown category names as numbers, each with the number of its lower-case form
 * (a category given twice in any case is a duplicate). Exports list the same
 * categories in the same order for every government and year, so the name that
 * followed the previous one last time is tried first: one string comparison
 * instead of hashing each new string for a Map lookup.
 */
export class CategoryNames {
  private readonly names: string[] = [];
  private readonly lowerIds: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly lowerIndex = new Map<string, number>();
  /** Per name number, the number that came right after it last time (-1: none yet). */
  private readonly next: number[] = [];
  private previous = -1;

  /** The number of a name, added if new. */
  id(name: string): number {
    const guess = this.previous < 0 ? -1 : this.next[this.previous]!;
    let id: number;
    if (guess >= 0 && this.names[guess] === name) {
      id = guess;
    } else {
      id = this.ids.get(name) ?? this.add(name);
      if (this.previous >= 0) this.next[this.previous] = id;
    }
    this.previous = id;
    return id;
  }

  name(id: number): string {
    return this.names[id]!;
  }

  /** The number of the name's lower-case form. */
  lowerId(id: number): number {
    return this.lowerIds[id]!;
  }

  /** How many distinct lower-case forms there are. */
  get lowerCount(): number {
    return this.lowerIndex.size;
  }

  private add(name: string): number {
    const id = this.names.length;
    this.names.push(name);
    this.ids.set(name, id);
    this.next.push(-1);
    const lower = name.toLowerCase();
    let lowerId = this.lowerIndex.get(lower);
    if (lowerId === undefined) {
      lowerId = this.lowerIndex.size;
      this.lowerIndex.set(lower, lowerId);
    }
    this.lowerIds.push(lowerId);
    return id;
  }
}
