import { isContentWord } from './normalize';

/** The best local alignment of two word lists: how many words and content words it pairs, and where. */
export interface Alignment {
  matched: number;
  matchedContent: number;
  /** Aligned stretch of the first list, [aFrom, aTo). */
  aFrom: number;
  aTo: number;
  /** Aligned stretch of the second list, [bFrom, bTo). */
  bFrom: number;
  bTo: number;
}

/** Points per paired content word, per paired function word, and the cost of a skipped or swapped word. */
const CONTENT_HIT = 3;
const WORD_HIT = 1;
const MISS = 1;

/**
 * Word-level local alignment (Smith-Waterman): the stretch of `a` and the stretch of `b` that repeat each other
 * best, allowing a few words skipped or changed, as a fragment quoted out of a longer statement does.
 */
export function alignWords(a: string[], b: string[]): Alignment {
  const w = b.length + 1;
  const score = new Int32Array((a.length + 1) * w);
  let best = 0;
  let at = 0;
  for (let i = 1; i <= a.length; i++) {
    const hit = isContentWord(a[i - 1]) ? CONTENT_HIT : WORD_HIT;
    for (let j = 1; j <= b.length; j++) {
      const diag = score[(i - 1) * w + j - 1] + (a[i - 1] === b[j - 1] ? hit : -MISS);
      const s = Math.max(0, diag, score[(i - 1) * w + j] - MISS, score[i * w + j - 1] - MISS);
      score[i * w + j] = s;
      if (s > best) (best = s), (at = i * w + j);
    }
  }
  return traceBack(a, b, score, at);
}

function traceBack(a: string[], b: string[], score: Int32Array, at: number): Alignment {
  const w = b.length + 1;
  let i = Math.floor(at / w);
  let j = at % w;
  const out: Alignment = { matched: 0, matchedContent: 0, aFrom: i, aTo: i, bFrom: j, bTo: j };
  while (i > 0 && j > 0 && score[i * w + j] > 0) {
    const s = score[i * w + j];
    if (a[i - 1] === b[j - 1] && s === score[(i - 1) * w + j - 1] + (isContentWord(a[i - 1]) ? CONTENT_HIT : WORD_HIT)) {
      out.matched++;
      if (isContentWord(a[i - 1])) out.matchedContent++;
      i--, j--;
    } else if (s === score[(i - 1) * w + j] - MISS) i--;
    else if (s === score[i * w + j - 1] - MISS) j--;
    else i--, j--;
  }
  out.aFrom = i;
  out.bFrom = j;
  return out;
}
