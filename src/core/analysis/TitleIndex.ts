/**
 * Counts, per normalised title, which people the corpus tied it to and with which nationality, so a
 * document that never tied a title can still resolve it when the whole corpus gives one answer. It
 * remembers the titles whose set of tied people changed since the last `takeChanged`.
 */
export class TitleIndex {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly changed = new Set<string>();

  /** Adds `delta` to the ties of `title` with `qualifier` to the person `key`. */
  add(title: string, qualifier: string, key: string, delta: number): void {
    let ties = this.counts.get(title);
    if (!ties) this.counts.set(title, (ties = new Map()));
    const entry = `${qualifier}\u0000${key}`;
    const was = ties.get(entry) ?? 0;
    const next = was + delta;
    if (next > 0) ties.set(entry, next);
    else ties.delete(entry);
    if (ties.size === 0) this.counts.delete(title);
    if ((was > 0) !== (next > 0)) this.changed.add(title);
  }

  /**
   * The one person the corpus ties this title to with an agreeing nationality: people tied with the
   * same nationality come first, then those tied without one, minus anyone tied with another
   * nationality; two or more candidates give no answer.
   */
  only(title: string, qualifier: string): string | undefined {
    const exact = new Set<string>();
    const open = new Set<string>();
    const other = new Set<string>();
    for (const entry of this.counts.get(title)?.keys() ?? []) {
      const [q, key] = entry.split('\u0000');
      if (qualifier && q === qualifier) exact.add(key);
      else if (!qualifier || !q) open.add(key);
      else other.add(key);
    }
    for (const key of other) open.delete(key);
    const pool = exact.size > 0 ? exact : open;
    return pool.size === 1 ? [...pool][0] : undefined;
  }

  /** The titles whose tied people changed since the previous call. */
  takeChanged(): string[] {
    const out = [...this.changed];
    this.changed.clear();
    return out;
  }
}
