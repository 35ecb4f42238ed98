/** Smallest number of chain heads; a power of two. */
const MIN_HEADS = 1 << 12;

/**
 * Slots by pair of words (a pairKey number), held in typed arrays: one 16-byte entry per (pair, slot)
 * chained from a hash of the pair, where a Map would spend a heap number and an array per pair. A
 * removed entry is marked and skipped until the table is rebuilt.
 */
export class PairPostings {
  private heads = new Int32Array(MIN_HEADS).fill(-1);
  private keys = new Float64Array(1024);
  private slots = new Int32Array(1024);
  private next = new Int32Array(1024);
  private size = 0;
  private dead = 0;

  /** Records that `slot` holds `pair`. */
  add(pair: number, slot: number): void {
    if (this.size === this.keys.length) this.growEntries();
    const e = this.size++;
    const h = this.hash(pair);
    this.keys[e] = pair;
    this.slots[e] = slot;
    this.next[e] = this.heads[h];
    this.heads[h] = e;
    if (this.size > 2 * this.heads.length) this.rehash(this.heads.length * 2);
  }

  /** Forgets that `slot` holds `pair`. */
  remove(pair: number, slot: number): void {
    for (let e = this.heads[this.hash(pair)]; e >= 0; e = this.next[e]) {
      if (this.keys[e] === pair && this.slots[e] === slot) {
        this.slots[e] = -1;
        if (++this.dead > this.size / 2) this.compact();
        return;
      }
    }
  }

  /** Calls `visit` with every slot holding `pair`, most recently added first. */
  forEach(pair: number, visit: (slot: number) => void): void {
    for (let e = this.heads[this.hash(pair)]; e >= 0; e = this.next[e]) {
      if (this.keys[e] === pair && this.slots[e] >= 0) visit(this.slots[e]);
    }
  }

  private hash(pair: number): number {
    // The two word numbers of a pairKey, mixed; the heads are a power of two.
    const lo = pair % 0x200000;
    const hi = (pair - lo) / 0x200000;
    return (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b)) >>> 0 & (this.heads.length - 1);
  }

  private growEntries(): void {
    const n = this.keys.length * 2;
    const grow = <T extends Float64Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
    this.keys = grow(this.keys, new Float64Array(n));
    this.slots = grow(this.slots, new Int32Array(n));
    this.next = grow(this.next, new Int32Array(n));
  }

  private rehash(heads: number): void {
    this.heads = new Int32Array(heads).fill(-1);
    for (let e = 0; e < this.size; e++) {
      const h = this.hash(this.keys[e]);
      this.next[e] = this.heads[h];
      this.heads[h] = e;
    }
  }

  // Entries are kept in the order they were added, so a rebuilt chain visits its slots in the same order.
  private compact(): void {
    let live = 0;
    for (let e = 0; e < this.size; e++) {
      if (this.slots[e] < 0) continue;
      this.keys[live] = this.keys[e];
      this.slots[live++] = this.slots[e];
    }
    this.size = live;
    this.dead = 0;
    let heads = MIN_HEADS;
    while (live > 2 * heads) heads *= 2;
    this.rehash(heads);
  }
}
