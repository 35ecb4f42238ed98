import type { Words } from './matching';
import { coverage } from './partialMatch';

/** How two passages report one statement: the same words, one a part of the other, or other words. */
export type LinkKind = 'exact' | 'partial' | 'paraphrase';

/** A link's kind and a score in [0, 1]: the share of the statement the two passages have in common. */
export interface LinkVerdict {
  kind: LinkKind;
  score: number;
}

/** Share of each side's words the shared run must cover for the two to be the same words (a lead-in aside). */
const VERBATIM = 0.8;

/** Rounds a score to two decimals for display. */
function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}

/** Names the kind of a link already established, from how much of each side the shared run covers. */
export function classify(a: Words, b: Words, sameWords: boolean): LinkVerdict {
  if (sameWords) return { kind: 'exact', score: 1 };
  const c = coverage(a, b);
  if (c.short >= VERBATIM && c.long >= VERBATIM) return { kind: 'exact', score: round((c.short + c.long) / 2) };
  if (c.short >= VERBATIM) return { kind: 'partial', score: round(c.short) };
  let shared = 0;
  for (const w of a.contentSet) if (b.contentSet.has(w)) shared++;
  return { kind: 'paraphrase', score: round(shared / Math.max(1, Math.min(a.contentSet.size, b.contentSet.size))) };
}

