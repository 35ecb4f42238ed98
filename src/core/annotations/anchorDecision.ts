import { distance } from 'fastest-levenshtein';
import { AnchorTier, Candidate, hasNoContext } from './anchorCandidates';
import { TextTarget } from './model';

/** Where a target was found in the current text, in UTF-16 offsets (`end` exclusive), and how sure that is. */
export interface AnchorResult {
  start: number;
  end: number;
  tier: AnchorTier;
  /** From 0 to 1: how much of quote, context and position agree at this place. */
  confidence: number;
  /** True when the place may be wrong: placed at the best, but a person should look. */
  review: boolean;
}

/** Below this confidence the best place is not trusted and the annotation becomes an orphan. */
export const MIN_CONFIDENCE = 0.75;
/** Below this confidence a placement is trusted only after a person confirms it: it is marked for review. */
export const SURE_CONFIDENCE = 0.85;
/** When the runner-up scores within this much of the best, the placement is marked for review. */
export const REVIEW_MARGIN = 0.08;
/** A confidence this high from an exact quote is not worth a fuzzy search to challenge it. */
export const SURE = 0.95;
/** A quote at least this long says who it is by itself; a shorter one leans on its context. */
export const SELF_IDENTIFYING_LENGTH = 16;
/** A place further than this (UTF-16 units) from the old position counts as moved. */
const MOVED = 256;
/** A side of context at least this alike counts as intact: a changed quote mark, not a rewrite. */
const INTACT_SIDE = 0.95;
/** A side of context less alike than this says little any more (a quarter of it rewritten). */
const WEAK_SIDE = 0.75;
/** How many characters right beside a short quote must still agree on at least one side. */
const BESIDE = 2;
/** A stored side shorter than this (the quote was near an end of the text) is too common to mark a place. */
const MIN_STANDING = 12;

/**
 * The best candidate if it is trusted (undefined below MIN_CONFIDENCE: an orphan), marked for review
 * when any sign says the place may be another passage's. `positions` are the offsets where the
 * passage is expected (its old position, and that shifted as its neighbours moved); `slack` is how
 * far the ends of a fuzzy match may stray from its context.
 */
export function decide(text: string, target: TextTarget, candidates: Candidate[], positions: readonly number[], guess: number, slack: number): AnchorResult | undefined {
  candidates.sort((a, b) => b.score - a.score || (a.tier === 'fuzzy' ? 1 : 0) - (b.tier === 'fuzzy' ? 1 : 0));
  const best = candidates[0];
  if (!best || best.score < MIN_CONFIDENCE) return undefined;
  // A runner-up overlapping the best is the same place found twice (exactly and fuzzily), not a rival.
  const rival = candidates.find((c) => c.end <= best.start || c.start >= best.end);
  const review =
    best.score < SURE_CONFIDENCE ||
    (rival !== undefined && rivalIsClose(best, rival, positions, guess)) ||
    movedAndChanged(best, guess) ||
    awayAndContextChanged(text, target, best, positions) ||
    oldPlaceStands(text, target, best, positions, best.tier === 'fuzzy' ? slack : 0) ||
    shortQuoteUnsure(text, target, best);
  return { start: best.start, end: best.end, tier: best.tier, confidence: best.score, review };
}

/**
 * A distinct runner-up within REVIEW_MARGIN, or one that would be trusted on its own while the best
 * is not near-certain, or while it sits at the stored position or nearer to where the passage was
 * expected than the best: context and position then disagree (a copy of the passage that took on
 * its old surroundings, or the same sentence repeated right after it, can outscore the passage).
 */
function rivalIsClose(best: Candidate, rival: Candidate, positions: readonly number[], guess: number): boolean {
  if (best.score - rival.score < REVIEW_MARGIN) return true;
  if (rival.score < MIN_CONFIDENCE) return false;
  return best.score < SURE || positions.includes(rival.start) || Math.abs(rival.start - guess) < Math.abs(best.start - guess);
}

/**
 * Whether a candidate sits where the passage was expected: at a stored or shifted position, or
 * off it by no more than the edits in its prefix explain (words inserted or deleted just before a
 * passage move it by as much as they change its prefix).
 */
function whereExpected(target: TextTarget, candidate: Candidate, positions: readonly number[]): boolean {
  const prefixEdits = Math.round((1 - candidate.prefix) * target.prefix.length);
  return positions.some((at) => Math.abs(candidate.start - at) <= prefixEdits);
}

/** Far from where it was and changed, the best may be a like sentence elsewhere whose own passage was deleted. */
function movedAndChanged(best: Candidate, guess: number): boolean {
  return best.score < SURE && Math.abs(best.start - guess) > MOVED;
}

/**
 * Found away from where it was expected, with its context changed on the lines the quote sits on:
 * a passage that moved with its paragraph keeps that much of its context, and one edited around
 * stays where its neighbours and its prefix's edits say. Both at once is what a like sentence
 * elsewhere shows, whose own passage was deleted.
 */
function awayAndContextChanged(text: string, target: TextTarget, best: Candidate, positions: readonly number[]): boolean {
  if (whereExpected(target, best, positions)) return false;
  const sides = sidesOnItsLines(text, target, best);
  return Math.min(sides.prefix, sides.suffix) < INTACT_SIDE;
}

/**
 * The passage's stored prefix (or suffix) still stands, whole, near where the passage was, with no
 * copy of the quote beside it and not beside the best place: the quote there was edited away or
 * deleted, and the best is a copy of it elsewhere (a paragraph the article holds twice, the same
 * word a few letters on).
 */
function oldPlaceStands(text: string, target: TextTarget, best: Candidate, positions: readonly number[], slack: number): boolean {
  const { prefix, suffix, exact } = target;
  const prefixStands = (p: number) => !text.startsWith(exact, p + prefix.length) && Math.abs(p + prefix.length - best.start) > slack;
  const suffixStands = (q: number) => !text.endsWith(exact, q) && Math.abs(q - best.end) > slack;
  return positions.some(
    (at) =>
      (prefix.length >= MIN_STANDING && occursNear(text, prefix, at - prefix.length, prefixStands)) ||
      (suffix.length >= MIN_STANDING && occursNear(text, suffix, at + exact.length, suffixStands)),
  );
}

/** Whether `part` occurs within MOVED of `around` at an offset that `apart` accepts. */
function occursNear(text: string, part: string, around: number, apart: (at: number) => boolean): boolean {
  const from = Math.max(0, around - MOVED);
  const window = text.slice(from, Math.max(from, around + MOVED + part.length));
  for (let at = window.indexOf(part); at >= 0; at = window.indexOf(part, at + 1)) if (apart(from + at)) return true;
  return false;
}

/**
 * A short quote says little by itself. With one side of its context rewritten on its line, the other
 * side alone cannot tell its place from the same word in a like phrase, or from a new word that
 * replaced it; with the characters right beside it changed on both sides, its letters were found
 * inside the rewritten words next to where it was.
 */
function shortQuoteUnsure(text: string, target: TextTarget, best: Candidate): boolean {
  if (target.exact.length >= SELF_IDENTIFYING_LENGTH) return false;
  const sides = sidesOnItsLines(text, target, best);
  if (Math.min(sides.prefix, sides.suffix) < WEAK_SIDE) return true;
  const before = target.prefix.slice(-BESIDE);
  const after = target.suffix.slice(0, BESIDE);
  return before !== '' && after !== '' && !text.endsWith(before, best.start) && !text.startsWith(after, best.end);
}

/**
 * How alike each stored side and the text beside a candidate are, up to the nearest line break
 * (kept): what stays with a passage when its paragraph moves. 1 for a target without context.
 */
function sidesOnItsLines(text: string, target: TextTarget, c: Candidate): { prefix: number; suffix: number } {
  if (target.loose || hasNoContext(target)) return { prefix: 1, suffix: 1 };
  const cut = target.prefix.lastIndexOf('\n');
  const before = cut < 0 ? target.prefix : target.prefix.slice(cut);
  const end = target.suffix.indexOf('\n');
  const after = end < 0 ? target.suffix : target.suffix.slice(0, end + 1);
  return {
    // An empty side (the quote began or ended the text) keeps the edge rule of the candidate's score.
    prefix: before === '' ? c.prefix : similarity(before, text.slice(Math.max(0, c.start - before.length), c.start)),
    suffix: after === '' ? c.suffix : similarity(after, text.slice(c.end, c.end + after.length)),
  };
}

/** How alike two strings are: 1 when equal, falling with their edit distance. */
function similarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(1, a.length, b.length);
}
