import { classify, type LinkVerdict } from './classifyLink';
import { type LinkDoc, type LinkQuote, tokenAt } from './linkerDoc';
import { negationDiffers, wordsOf } from './matching';
import { sentenceBreak } from './text';
import { speakersDiffer } from './linkRules';

/** Farthest apart, in characters, two quotations of one sentence stand to be read as one statement going on. */
const SAME_SENTENCE = 200;
/** Content words the next part and the words going on from the report must share, and their share of the part's. */
const SHARED_WORDS = 2;
const SHARED_SHARE = 0.4;

/** The quotation that `q`'s sentence goes on to quote next, from the same speaker or none, if any. */
export function nextInSentence(doc: LinkDoc, q: LinkQuote): LinkQuote | undefined {
  let next: LinkQuote | undefined;
  for (const r of doc.quotes) if (r.start >= q.end && (!next || r.start < next.start)) next = r;
  if (!next || !next.marked || next.start - q.end > SAME_SENTENCE || speakersDiffer(q.speaker, next.speaker)) return undefined;
  for (let i = q.end; i < next.start; i++) if (sentenceBreak(doc.text, i)) return undefined;
  return next;
}

/**
 * Where `doc`, having reported a statement's first part up to offset `after`, goes straight on in the same
 * sentence to report `next`, the part another outlet quotes right after it (“... abide by the one-China
 * principle” and “to implement its commitment not to support Taiwanese separatists”; “one China principle”,
 * honor its commitments, and not support the independence forces in Taiwan). Being next in both sentences is
 * the evidence, so fewer shared words are needed than for a restatement found on its own.
 */
export function continuedReport(next: LinkQuote, doc: LinkDoc, after: number): { start: number; end: number; verdict: LinkVerdict } | null {
  const { tokens, text } = doc;
  let end = after;
  while (end < text.length && end - after < 2 * (next.end - next.start) && !sentenceBreak(text, end)) end++;
  const from = tokenAt(tokens, after);
  const to = tokenAt(tokens, end);
  if (to <= from || doc.quotes.some((r) => r.start < end && r.end > after)) return null;
  const words = wordsOf(tokens, from, to);
  let shared = 0;
  for (const w of next.words.contentSet) if (words.contentSet.has(w)) shared++;
  if (shared < SHARED_WORDS || shared < SHARED_SHARE * next.words.contentSet.size || negationDiffers(next.words, words)) return null;
  return { start: tokens.starts[from], end: tokens.ends[to - 1], verdict: classify(next.words, words, false) };
}
