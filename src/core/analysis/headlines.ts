import type { Tokens } from './tokenize';

// Short words a title-case headline may leave in lower case ("Trump in Ohio", "Call for Calm").
const SMALL_WORD = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs\.?|via|per|up|off|into|onto|over)$/i;

/**
 * Marks the tokens of title-case lines ("Barack Obama Just Nominated A Judge"): lines of at least
 * four words where every word but small function words is capitalised, some of them common words. Capitals there say nothing
 * about names, so such lines are read word by word against the names the document writes elsewhere.
 */
export function titleCaseLines(tokens: Tokens): boolean[] {
  const out = new Array<boolean>(tokens.text.length).fill(false);
  let from = 0;
  for (let i = 0; i <= tokens.text.length; i++) {
    if (i < tokens.text.length && !tokens.text[i].includes('\n')) continue;
    if (isTitleCase(tokens, from, i)) out.fill(true, from, i);
    from = i + 1;
  }
  return out;
}

// A headline in title case capitalises words the tagger still reads as common ones ("Just",
// "Announces"); a line that only lists names ("With X and Y") has none past its first word.
function isTitleCase(tokens: Tokens, from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  let common = 0;
  for (let k = from; k < to; k++) {
    const word = tokens.text[k];
    // Plain ASCII letters are told apart by their code; the Unicode tests run only for the rest.
    const code = word.charCodeAt(0);
    const ascii = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!ascii && !/^\p{L}/u.test(word)) continue;
    words++;
    if (ascii ? code <= 90 : /^\p{Lu}/u.test(word)) {
      capitalised++;
      if (words > 1 && tokens.pos[k] !== 'PROPN') common++;
    } else if (!SMALL_WORD.test(word)) return false;
  }
  if (common === 0) return false;
  // An all-capitals line is a label or a shout, not a headline in title case; it is read as usual.
  return words >= 4 && capitalised >= 3 && !tokens.text.slice(from, to).every((w) => !/\p{Ll}/u.test(w));
}

/**
 * Splits a run of capitalised words from a title-case line into the names it holds: at each word,
 * the longest stretch that `known` accepts; words no stretch covers are dropped.
 */
export function namesInHeadline(first: number, last: number, known: (from: number, to: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let k = first;
  while (k <= last) {
    let m = last;
    while (m >= k && !known(k, m)) m--;
    if (m >= k) {
      out.push([k, m]);
      k = m + 1;
    } else k++;
  }
  return out;
}
