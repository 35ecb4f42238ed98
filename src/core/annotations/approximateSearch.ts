/** A place where a pattern occurs with at most a given number of edits; UTF-16 offsets, `end` exclusive. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds where `pattern` occurs in text[from, to) with at most `maxErrors` insertions, deletions or
 * substitutions (Sellers' edit-distance search, computed bit-parallel). Returns the best match of each run of
 * neighbouring end positions, fewest errors first, at most `limit` of them.
 */
export function findApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
  limit = 50,
): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const ends = matchEnds(text, pattern, maxErrors, from, to);
  // Finding a start costs a small dynamic programme, so only the cheapest ends get one.
  const best = localMinima(ends).sort((a, b) => a.errors - b.errors || a.end - b.end).slice(0, limit);
  const matches: ApproximateMatch[] = [];
  for (const { end, errors } of best) {
    const start = matchStart(text, pattern, end, maxErrors, from);
    matches.push({ start, end, errors });
  }
  return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/**
 * Every end offset at which some alignment of the whole pattern costs at most `k` edits, by
 * Myers' bit-parallel algorithm in 32-bit blocks: each text character costs one pass over
 * ceil(m / 32) words instead of a column of m cells.
 */
function matchEnds(text: string, pattern: string, k: number, from: number, to: number) {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const equal = patternMasks(pattern, blocks);
  const none = new Int32Array(blocks);
  const plus = new Int32Array(blocks).fill(-1);
  const minus = new Int32Array(blocks);
  const lastBit = 1 << ((m - 1) % 32);
  let score = m;
  const ends: { end: number; errors: number }[] = [];
  for (let j = from; j < to; j++) {
    const eqs = equal.get(text.charCodeAt(j)) ?? none;
    // The top row is all zeros (a match may start anywhere), so no change enters the first block.
    let carry = 0;
    for (let b = 0; b < blocks; b++) {
      let eq = eqs[b];
      const pv = plus[b];
      const mv = minus[b];
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === blocks - 1 ? lastBit : 1 << 31;
      const out = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      plus[b] = mh | ~(xv | ph);
      minus[b] = ph & xv;
      carry = out;
    }
    score += carry;
    if (score <= k) ends.push({ end: j + 1, errors: score });
  }
  return ends;
}

/** For each character of the pattern, the bit mask of the positions where it occurs, per 32-bit block. */
function patternMasks(pattern: string, blocks: number): Map<number, Int32Array> {
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let mask = masks.get(c);
    if (!mask) masks.set(c, (mask = new Int32Array(blocks)));
    mask[i >> 5] |= 1 << (i & 31);
  }
  return masks;
}

/** Keeps the cheapest end of each run of consecutive end offsets, which all describe one place. */
function localMinima(ends: { end: number; errors: number }[]) {
  const best: { end: number; errors: number }[] = [];
  let previousEnd = -2;
  for (const e of ends) {
    const last = best[best.length - 1];
    if (last && e.end === previousEnd + 1) {
      if (e.errors < last.errors) best[best.length - 1] = e;
    } else {
      best.push(e);
    }
    previousEnd = e.end;
  }
  return best;
}

/** The start offset of the cheapest alignment of the pattern that ends exactly at `end`. */
function matchStart(text: string, pattern: string, end: number, k: number, from: number): number {
  const m = pattern.length;
  const span = Math.min(m + k, end - from);
  // Run the programme backwards from `end`: row i is the last i pattern characters.
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) previous[i] = i;
  let bestLength = 0;
  let bestErrors = previous[m];
  for (let j = 1; j <= span; j++) {
    const c = text.charCodeAt(end - j);
    current[0] = j;
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(m - i) === c ? 0 : 1;
      current[i] = Math.min(previous[i - 1] + cost, previous[i] + 1, current[i - 1] + 1);
    }
    // Ties go to the length closest to the pattern's, which keeps stray neighbours out of the match.
    if (current[m] < bestErrors || (current[m] === bestErrors && Math.abs(j - m) < Math.abs(bestLength - m))) {
      bestErrors = current[m];
      bestLength = j;
    }
    [previous, current] = [current, previous];
  }
  return end - bestLength;
}
