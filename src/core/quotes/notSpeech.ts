import { sentenceBreak } from './text';

/** Words a title keeps in lower case ("The Late Show with Stephen Colbert", "Fox and Friends"). */
const TITLE_SMALL = /^(?:a|an|the|of|with|and|or|in|on|at|to|for|by|from|de|la|le)$/i;
/** Longest quotation, in words, read as a possible title, slogan or name rather than speech. */
const TITLE_WORDS = 6;

/**
 * True when a short quotation is written like a title, slogan or name ("Good Morning America", "Little Marco",
 * "Make America Great Again"): every word capitalised but the small ones. A headline quoting a sentence is longer.
 */
export function titleLike(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [];
  if (!/\p{L}/u.test(text)) return true;
  if (words.length > TITLE_WORDS) return false;
  if (namedTerm(words)) return true;
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (!TITLE_SMALL.test(w)) return false;
  }
  return capitals >= 1 && (words.length > 1 || /^\p{Lu}\p{Ll}/u.test(words[0] ?? ''));
}

/** Longest quotation, in words, read as a term built on names ("New York values", "one China principle"). */
const TERM_WORDS = 3;

/** True for a short phrase most of whose words are capitalised names: a term under discussion, not a statement. */
function namedTerm(words: string[]): boolean {
  if (words.length < 2 || words.length > TERM_WORDS) return false;
  const inner = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  return inner >= 1 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length && words.some((w) => /^\p{Ll}/u.test(w));
}

/** Longest quotation, in words, that can be a nickname glued to a name. */
const NICKNAME_WORDS = 2;

/**
 * True when one or two quoted words stand right before a capitalised name, as a nickname does
 * (“Lyin’” Ted, "Crooked" Hillary): an epithet, not a statement.
 */
export function nicknameLike(text: string, start: number, end: number): boolean {
  const quote = text.slice(start, end).trim();
  const words = quote.split(/\s+/);
  // A quotation that closes its sentence is followed by the next sentence, not by a name.
  if (words.length > NICKNAME_WORDS || /[.!?…]['’"”]*$/.test(quote)) return false;
  return /^[’'"”»]*\s\p{Lu}\p{Ll}/u.test(text.slice(end, end + 12));
}

/** Longest quotation, in words, read as a poll's item rather than speech. */
const POLL_ITEM_WORDS = 6;
/** Farthest a sentence is read on either side of a quotation, in characters. */
const SENTENCE_REACH = 400;
// A share of people ("23 percent of those who", "55 percent of voters", "a majority of respondents"), and a poll.
const SHARE = /(?:\d\s*(?:percent|per cent|%)|\b(?:most|majority|half|third|quarter)) of (?:[\p{L}-]+ ){0,2}?(?:those|voters|respondents|adults|americans|people|democrats|republicans|independents|likely|registered)\b/iu;
const POLL = /\b(?:polls?|polled|surveys?|surveyed|respondents|asked)\b/i;

/**
 * True when a short quotation stands in a sentence that gives a share of people answering a poll
 * ("23 percent of those who selected someone who “cares about people like me”", "55 percent of
 * voters ... according to a Quinnipiac poll"): the words are the pollster's item, which no one said.
 */
export function pollItem(text: string, start: number, end: number): boolean {
  if (text.slice(start, end).trim().split(/\s+/).length > POLL_ITEM_WORDS) return false;
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !sentenceBreak(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !sentenceBreak(text, to)) to++;
  const sentence = text.slice(from, to);
  return SHARE.test(sentence) && POLL.test(sentence);
}
