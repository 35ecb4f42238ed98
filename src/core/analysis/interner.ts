/**
 * Hands out one copy of each equal string, so that a word or phrase met in many documents is held
 * once rather than once per occurrence. It forgets everything once it holds `limit` strings, which
 * bounds it in a long-lived process; a string handed out before stays valid either way.
 */
export class Interner {
  private readonly seen = new Map<string, string>();

  constructor(private readonly limit = 1 << 17) {}

  /** How many strings it holds now. */
  get size(): number {
    return this.seen.size;
  }

  /** The held copy of `text`, which becomes the held copy when there is none. */
  of(text: string): string {
    const held = this.seen.get(text);
    if (held !== undefined) return held;
    if (this.seen.size >= this.limit) this.seen.clear();
    this.seen.set(text, text);
    return text;
  }
}
