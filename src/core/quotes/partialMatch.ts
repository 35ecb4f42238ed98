import { alignWords, type Alignment } from './alignWords';
import { negationDiffers, type Words } from './matching';
import { isContentWord } from './normalize';

/** Share of the shorter statement's words and content words a fragment must repeat to be a part of the longer. */
const CONTAINED_WORDS = 0.7;
const CONTAINED_CONTENT = 0.8;
/** Two long quotations that share a stretch this long (words, content words) overlap on one utterance. */
const OVERLAP_WORDS = 8;
const OVERLAP_CONTENT = 5;
/** ... and the stretch must be at least this share of the shorter: a shared description is not a shared statement. */
const OVERLAP_SHARE = 0.5;
/** Share of the aligned stretch of the longer statement its paired words must fill: a run, not scattered words. */
const DENSITY = 0.7;

function slice(w: Words, from: number, to: number): Words {
  const all = w.all.slice(from, to);
  const content = all.filter(isContentWord);
  return { all, content, contentSet: new Set(content) };
}

/** The alignment of a shorter and a longer statement, shorter first. */
export function alignShorter(a: Words, b: Words): { short: Words; long: Words; al: Alignment } {
  const [short, long] = a.all.length <= b.all.length ? [a, b] : [b, a];
  return { short, long, al: alignWords(short.all, long.all) };
}

/**
 * True when one statement is a part of the other (a fragment quoted out of a sentence) or both share a long
 * stretch of one utterance (two outlets cutting the same answer differently); the shared run must be dense and
 * negated alike on both sides.
 */
export function partOf(a: Words, b: Words): boolean {
  // The alignment is quadratic, so pairs that cannot pass on shared content words alone are dropped first.
  const [s, l] = a.all.length <= b.all.length ? [a, b] : [b, a];
  let shared = 0;
  for (const w of s.contentSet) if (l.contentSet.has(w)) shared++;
  if (s.content.length < 2 || (shared < CONTAINED_CONTENT * s.contentSet.size && shared < OVERLAP_CONTENT)) return false;
  const { short, long, al } = alignShorter(a, b);
  if (al.matched < 2) return false;
  if (al.matched < DENSITY * (al.bTo - al.bFrom) || al.matched < DENSITY * (al.aTo - al.aFrom)) return false;
  const contained = al.matchedContent >= CONTAINED_CONTENT * short.content.length && al.matched >= CONTAINED_WORDS * short.all.length;
  const overlap = al.matchedContent >= OVERLAP_CONTENT && al.matched >= OVERLAP_WORDS && al.matched >= OVERLAP_SHARE * short.all.length;
  if (!contained && !overlap) return false;
  return !negationDiffers(slice(short, al.aFrom, al.aTo), slice(long, al.bFrom, al.bTo));
}

/** Share of a stretch's words, between ellipses, that must stand in the whole: a short stretch is often reworded at its edges. */
const STRETCH_WORDS = 0.5;

/**
 * The share of words a quotation cut by ellipses repeats from `whole` when each of its stretches is a part of it,
 * in any order (“I do. He was the most valuable player. … He was the founder.” out of a longer answer), else 0.
 */
export function cutsWithin(cuts: Words[], whole: Words): number {
  let matched = 0;
  let words = 0;
  for (const piece of cuts) {
    words += piece.all.length;
    if (piece.content.length === 0) continue;
    const al = alignWords(piece.all, whole.all);
    if (al.matchedContent < CONTAINED_CONTENT * piece.content.length || al.matched < STRETCH_WORDS * piece.all.length) return 0;
    if (negationDiffers(slice(piece, al.aFrom, al.aTo), slice(whole, al.bFrom, al.bTo))) return 0;
    matched += al.matched;
  }
  return matched >= CONTAINED_WORDS * words ? matched / words : 0;
}

/** Share of both statements' words the best shared run covers: 1 for the same words, less for a part. */
export function coverage(a: Words, b: Words): { short: number; long: number } {
  const { short, long, al } = alignShorter(a, b);
  return { short: al.matched / Math.max(1, short.all.length), long: al.matched / Math.max(1, long.all.length) };
}
