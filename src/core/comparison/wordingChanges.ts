import { wordDiff } from '../views/wordDiff';

/** What one version of a quotation changes inside the words it shares with another. */
export interface WordingChange {
  /** Words of the version that the other lacks, between their first and last shared word. */
  added: string[];
  /** Words of the other that the version lacks, between their first and last shared word. */
  dropped: string[];
}

/**
 * The words substituted, added or dropped inside the stretch two quotations share; words only one
 * of them quotes before or after that stretch are a shorter quotation, not a change, and case,
 * punctuation and quote marks never count. Undefined when they share no word at all.
 */
export function wordingChange(base: string, text: string): WordingChange | undefined {
  const added = interior(base, text);
  const dropped = interior(text, base);
  return added && dropped ? { added, dropped } : undefined;
}

/** True when a change is material: some word substituted, added or dropped. */
export function isMaterial(change: WordingChange | undefined): boolean {
  return change !== undefined && (change.added.length > 0 || change.dropped.length > 0);
}

/** A short sentence for a change made by a source: "X has “its” instead of “their”", "X adds “of”", "X drops “of”". */
export function describeChange(source: string, change: WordingChange): string {
  const quote = (words: string[]) => `“${words.join(' … ')}”`;
  if (change.added.length && change.dropped.length) return `${source} has ${quote(change.added)} instead of ${quote(change.dropped)}`;
  return change.added.length ? `${source} adds ${quote(change.added)}` : `${source} drops ${quote(change.dropped)}`;
}

function interior(base: string, text: string): string[] | undefined {
  const segments = wordDiff(base, text);
  const shared = segments.map((s, i) => (!s.changed && /[\p{L}\p{N}]/u.test(s.text) ? i : -1)).filter((i) => i >= 0);
  if (shared.length === 0) return undefined;
  const first = shared[0];
  const last = shared[shared.length - 1];
  return segments
    .filter((s, i) => s.changed && i > first && i < last)
    .map((s) => s.text.replace(/\s+/g, ' ').trim())
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}
