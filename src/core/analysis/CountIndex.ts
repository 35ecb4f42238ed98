/** How often the dominant key must be counted before it answers for a word. */
const DOMINANT_LEAST = 5;

/**
 * Counts, per word, how often each key stands for it across the corpus, and answers the most
 * frequent key (ties go to the smaller key, so the answer never depends on the order documents
 * arrived in). It remembers which words' answers moved since the last `takeChanged`, which is what
 * lets one document's edit re-resolve only the documents that asked about those words.
 */
export class CountIndex {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly before = new Map<string, string | undefined>();

  /**
   * The answer `takeChanged` follows: `best`, `only`, `dominant`, `leader`, or `repeated` (whether a word is
   * counted once or more than once, for questions such as "is this name written twice in the corpus?").
   */
  constructor(private readonly follows: 'best' | 'only' | 'dominant' | 'leader' | 'repeated' = 'best') {}

  /** Adds `delta` (positive or negative) to the count of `key` under `word`. */
  add(word: string, key: string, delta: number): void {
    if (!this.before.has(word)) this.before.set(word, this.answer(word));
    let keys = this.counts.get(word);
    if (!keys) this.counts.set(word, (keys = new Map()));
    const next = (keys.get(key) ?? 0) + delta;
    if (next > 0) keys.set(key, next);
    else keys.delete(key);
    if (keys.size === 0) this.counts.delete(word);
  }

  /** The most frequent key for a word, or undefined when none is counted. */
  best(word: string): string | undefined {
    const keys = this.counts.get(word);
    if (!keys) return undefined;
    let top: string | undefined;
    let topCount = 0;
    for (const [key, count] of keys) {
      if (count > topCount || (count === topCount && top !== undefined && key < top)) [top, topCount] = [key, count];
    }
    return top;
  }

  /** The key counted for a word when it is the only one, else undefined (ambiguous or unknown). */
  only(word: string): string | undefined {
    const keys = this.counts.get(word);
    return keys?.size === 1 ? keys.keys().next().value : undefined;
  }

  /**
   * The most frequent key when it holds nearly every count of the word (nine in ten) and is counted
   * `DOMINANT_LEAST` times at least, else undefined: one key the corpus all but always means by the word.
   */
  dominant(word: string): string | undefined {
    const top = this.best(word);
    if (top === undefined) return undefined;
    let total = 0;
    for (const count of this.counts.get(word)!.values()) total += count;
    const count = this.counts.get(word)!.get(top)!;
    return count >= DOMINANT_LEAST && count >= 0.9 * total ? top : undefined;
  }

  /** The most frequent key when no other is counted as often, else undefined. */
  leader(word: string): string | undefined {
    const top = this.best(word);
    if (top === undefined) return undefined;
    const keys = this.counts.get(word)!;
    const count = keys.get(top)!;
    for (const [key, n] of keys) if (key !== top && n === count) return undefined;
    return top;
  }

  private answer(word: string): string | undefined {
    if (this.follows === 'repeated') return this.counts.has(word) ? String(this.repeated(word)) : undefined;
    if (this.follows === 'dominant') return this.dominant(word);
    if (this.follows === 'leader') return this.leader(word);
    return this.follows === 'only' ? this.only(word) : this.best(word);
  }

  /** True when the counts under a word add up to two or more. */
  repeated(word: string): boolean {
    let total = 0;
    for (const count of this.counts.get(word)?.values() ?? []) total += count;
    return total >= 2;
  }

  /** True when any key is counted for the word. */
  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** The words whose answer differs from the one they had at the previous call. */
  takeChanged(): string[] {
    const out: string[] = [];
    for (const [word, was] of this.before) if (this.answer(word) !== was) out.push(word);
    this.before.clear();
    return out;
  }
}
