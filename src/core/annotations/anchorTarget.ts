import { Candidate, exactCandidates, fuzzyCandidates, hasNoContext } from './anchorCandidates';
import { AnchorResult, decide, SELF_IDENTIFYING_LENGTH, SURE } from './anchorDecision';
import { OffsetMap } from './offsetMap';
import { TextTarget } from './model';

export type { AnchorTier } from './anchorCandidates';
export type { AnchorResult } from './anchorDecision';
export { MIN_CONFIDENCE, REVIEW_MARGIN, SURE_CONFIDENCE } from './anchorDecision';

/** How far (UTF-16 units) either side of the old position the first fuzzy search looks. */
const NEAR = 4096;
/**
 * How far the fuzzy search looks at most: any news article fits, while a book-length text stays
 * quick because a passage that moved further than this and also changed is left to the user.
 */
const FAR = 256 * 1024;
/** The share of a quote that may differ in a fuzzy match (Hypothesis allows half; this is stricter). */
const FUZZY_ERROR_RATE = 0.25;
/** Fuzzy matching of very short quotes finds noise, so below this length only exact matches count. */
const FUZZY_MIN_LENGTH = 8;
const FUZZY_MAX_ERRORS = 256;

/**
 * Finds a target in the current text. When the quote and both sides of its context are still at the
 * stored position (or shifted by `shift`, the displacement seen on its neighbours), that is it.
 * Otherwise every exact copy of the quote, and every bounded-error match (unless `fuzzy` is false,
 * for checks on every keystroke), is scored by quote, prefix, suffix and position together; the best
 * wins if it scores at least MIN_CONFIDENCE, and is marked for review on any sign that it may be
 * another passage's place (`decide`). Undefined means the annotation is an orphan.
 */
export function anchorTarget(map: OffsetMap, target: TextTarget, shift = 0, fuzzy = true): AnchorResult | undefined {
  const text = map.text;
  const { exact } = target;
  if (exact.length === 0) return undefined;
  const expected = map.toUtf16(target.start);
  const positions = shift === 0 ? [expected] : [expected + shift, expected];
  for (const at of positions) {
    if (!target.loose && at >= 0 && text.startsWith(exact, at) && contextAgrees(text, at, at + exact.length, target)) {
      return { start: at, end: at + exact.length, tier: 'position', confidence: 1, review: false };
    }
  }
  const guess = Math.max(0, Math.min(text.length, expected + shift));
  const exactOnes = exactCandidates(text, target, guess, positions);
  const candidates = [...exactOnes];
  if (fuzzy && exact.length >= FUZZY_MIN_LENGTH && !(bestScore(candidates) >= SURE)) candidates.push(...fuzzySearch(text, target, guess));
  const decided = decide(text, target, candidates, positions, guess, maxErrorsFor(exact));
  if (decided || exactOnes.length !== 1 || exact.length < SELF_IDENTIFYING_LENGTH) return decided;
  // Its context is gone, but a long quote found once is most likely the passage: placed, never trusted.
  const only = exactOnes[0];
  return { start: only.start, end: only.end, tier: only.tier, confidence: only.score, review: true };
}

/** Whether the text on both sides of [start, end) still reads as the stored prefix and suffix. */
function contextAgrees(text: string, start: number, end: number, target: TextTarget): boolean {
  if (hasNoContext(target)) return true;
  const prefixAgrees = target.prefix.length > 0 ? text.endsWith(target.prefix, start) : start === 0;
  const suffixAgrees = target.suffix.length > 0 ? text.startsWith(target.suffix, end) : end === text.length;
  return prefixAgrees && suffixAgrees;
}

/** Fuzzy candidates near the old position, and across the whole reach when none near is sure. */
function fuzzySearch(text: string, target: TextTarget, guess: number): Candidate[] {
  const maxErrors = maxErrorsFor(target.exact);
  const from = Math.max(0, guess - NEAR);
  const to = Math.min(text.length, guess + NEAR + target.exact.length);
  const near = fuzzyCandidates(text, target, guess, maxErrors, from, to);
  const farFrom = Math.max(0, guess - FAR);
  const farTo = Math.min(text.length, guess + FAR + target.exact.length);
  if (bestScore(near) >= SURE || (farFrom === from && farTo === to)) return near;
  return [...near, ...fuzzyCandidates(text, target, guess, maxErrors, farFrom, farTo)];
}

/** How many edits a fuzzy match of the quote may have. */
function maxErrorsFor(exact: string): number {
  return Math.min(FUZZY_MAX_ERRORS, Math.floor(exact.length * FUZZY_ERROR_RATE));
}

function bestScore(candidates: readonly Candidate[]): number {
  return candidates.reduce((best, c) => Math.max(best, c.score), 0);
}
