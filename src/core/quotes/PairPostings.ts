/** Smallest number of chain heads; a power of two. */
const MIN_HEADS = 1 << 12;

/**
 * Slots by pair of words (a pairKey number), held in typed arrays: one 12-byte entry per (pair, slot),
 * chained from a 32-bit hash of the pair, where a Map would spend a heap number and an array per pair.
 * An entry keeps the hash, not the pair: `holds(slot, pair)` tells a true entry from another pair with
 * the same hash. A removed entry is marked and skipped until the table is rebuilt.
 */
export class PairPostings {
  private heads = new Int32Array(MIN_HEADS).fill(-1);
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private next = new Int32Array(1024);
  private size = 0;
  private dead = 0;

  constructor(private readonly holds: (slot: number, pair: number) => boolean) {}

  /** Records that `slot` holds `pair`. */
  add(pair: number, slot: number): void {
    if (this.size === this.slots.length) this.growEntries();
    const e = this.size++;
    const h = hash(pair);
    const head = h & (this.heads.length - 1);
    this.hashes[e] = h;
    this.slots[e] = slot;
    this.next[e] = this.heads[head];
    this.heads[head] = e;
    if (this.size > 2 * this.heads.length) this.rehash(this.heads.length * 2);
  }

  /** Forgets every pair of `slot`; `pairs` are the pairs it was added with. */
  removeSlot(slot: number, pairs: ArrayLike<number>): void {
    for (let i = 0; i < pairs.length; i++) {
      const h = hash(pairs[i]);
      for (let e = this.heads[h & (this.heads.length - 1)]; e >= 0; e = this.next[e]) {
        if (this.hashes[e] === h && this.slots[e] === slot) {
          this.slots[e] = -1;
          this.dead++;
        }
      }
    }
    if (this.dead > this.size / 2) this.compact();
  }

  /** Calls `visit` with every slot holding `pair`, most recently added first. */
  forEach(pair: number, visit: (slot: number) => void): void {
    const h = hash(pair);
    for (let e = this.heads[h & (this.heads.length - 1)]; e >= 0; e = this.next[e]) {
      const slot = this.slots[e];
      if (this.hashes[e] === h && slot >= 0 && this.holds(slot, pair)) visit(slot);
    }
  }

  // Half as much again each time: doubling would leave up to half of a large table unused.
  private growEntries(): void {
    const n = Math.ceil(this.slots.length * 1.5);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.slots = grow(this.slots);
    this.next = grow(this.next);
  }

  private rehash(heads: number): void {
    this.heads = new Int32Array(heads).fill(-1);
    const mask = heads - 1;
    for (let e = 0; e < this.size; e++) {
      const head = this.hashes[e] & mask;
      this.next[e] = this.heads[head];
      this.heads[head] = e;
    }
  }

  // Entries keep the order they were added in, so a rebuilt chain visits its slots in the same order.
  private compact(): void {
    let live = 0;
    for (let e = 0; e < this.size; e++) {
      if (this.slots[e] < 0) continue;
      this.hashes[live] = this.hashes[e];
      this.slots[live++] = this.slots[e];
    }
    this.size = live;
    this.dead = 0;
    let heads = MIN_HEADS;
    while (live > 2 * heads) heads *= 2;
    this.rehash(heads);
  }
}

/** The two word numbers of a pairKey, mixed into 32 bits. */
function hash(pair: number): number {
  const lo = pair % 0x200000;
  const hi = (pair - lo) / 0x200000;
  return Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo + 0x7f4a7c15, 0x85ebca6b);
}
