/** A place where a pattern occurs with at most a given number of edits; UTF-16 offsets, `end` exclusive. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds where `pattern` occurs in text[from, to) with at most `maxErrors` insertions, deletions or
 * substitutions (Sellers' dynamic programme with Ukkonen's cut-off, so the cost grows with
 * `maxErrors` rather than the pattern's length). Returns the best match of each run of
 * neighbouring end positions, fewest errors first.
 */
export function findApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const ends = matchEnds(text, pattern, maxErrors, from, to);
  const matches: ApproximateMatch[] = [];
  for (const { end, errors } of localMinima(ends)) {
    const start = matchStart(text, pattern, end, maxErrors, from);
    matches.push({ start, end, errors });
  }
  return matches.sort((a, b) => a.errors - b.errors || a.start - b.start);
}

/** Every end offset at which some alignment of the whole pattern costs at most `k` edits. */
function matchEnds(text: string, pattern: string, k: number, from: number, to: number) {
  const m = pattern.length;
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  // Rows past `last` are known to exceed k, so they need not be computed (Ukkonen's cut-off).
  let last = Math.min(k, m);
  const ends: { end: number; errors: number }[] = [];
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    let diagonal = 0;
    const limit = Math.min(last + 1, m);
    for (let i = 1; i <= limit; i++) {
      const above = column[i - 1];
      const cost = pattern.charCodeAt(i - 1) === c ? 0 : 1;
      const left = i <= last ? column[i] : k + 1;
      const value = Math.min(diagonal + cost, left + 1, above + 1);
      diagonal = left;
      column[i] = value;
    }
    last = limit;
    while (last > 0 && column[last] > k) last--;
    if (last === m) ends.push({ end: j + 1, errors: column[m] });
  }
  return ends;
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
