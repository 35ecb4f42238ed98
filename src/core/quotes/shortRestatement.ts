import { cueRegex } from './cues';
import { classify, type LinkVerdict } from './classifyLink';
import { contextOf, hasWord, type LinkDoc, type LinkQuote } from './linkerDoc';
import { nearExact, wordsOf } from './matching';
import { nameParts, RICH_CONTENT } from './linkRules';

/** Content words around a short quotation that the sentence restating it elsewhere must also hold around it. */
const CONTEXT_RESTATED = 3;

/** A sentence that says who spoke: a speech verb or "according to". */
const ATTRIBUTED = new RegExp(`${cueRegex().source}|\\baccording to\\b`);

/**
 * True when a short marked quotation ("at their lowest") may be looked for unmarked in other documents: its own
 * words are too few to tell a report from a chance repeat, but the words around it can.
 */
export function contextSearchable(q: LinkQuote): boolean {
  const n = q.words.contentSet.size;
  return q.marked && n > 0 && n < RICH_CONTENT && !q.titleLike && !q.nickname && q.context.size >= CONTEXT_RESTATED;
}

/** A speech verb alone: every report shares one, so it says nothing about which statement is reported. */
const SPEECH_VERB = new RegExp(`^${cueRegex().source}$`);

/**
 * The content words around tokens [first, last] of `doc` that also stand around `q`, counting only words written in
 * lower case there: the names of a campaign or a country surround every report about it, not one statement.
 */
function plainWordsShared(q: LinkQuote, doc: LinkDoc, first: number, last: number): number {
  const { ids, starts, vocab } = doc.tokens;
  const around = contextOf(doc.tokens, first, last + 1);
  let shared = 0;
  for (let i = Math.max(0, first - 40); i < Math.min(ids.length, last + 41); i++) {
    const word = vocab.words[ids[i]];
    if (!around.has(word) || !q.context.has(word) || SPEECH_VERB.test(word) || /^\p{Lu}/u.test(doc.text[starts[i]])) continue;
    around.delete(word);
    shared++;
  }
  return shared;
}

/** True when a sentence attributes what it says, and names the quotation's speaker when the quotation has one. */
function reportedBy(q: LinkQuote, sentence: string): boolean {
  if (!ATTRIBUTED.test(sentence)) return false;
  if (!q.speaker) return true;
  const words = new Set(sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return nameParts(q.speaker).some((p) => words.has(p));
}

/** The sentence of `text` around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const after = text.slice(end).search(/[.!?]\s|\n/);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/**
 * Where `doc` reports short quotation `q` without quotation marks: the same words, among at least CONTEXT_RESTATED
 * of the plain words around the quotation, in a sentence that attributes them to the quotation's speaker ("Qin told
 * Blinken that relations were at their lowest since the establishment of diplomatic relations, according to CCTV").
 * Narration that only shares the words is not a report of the statement.
 */
export function shortRestatement(q: LinkQuote, doc: LinkDoc): { start: number; end: number; exact: boolean; verdict: LinkVerdict } | null {
  for (const id of q.contentIds) if (!hasWord(doc, id)) return null;
  let around = 0;
  for (const word of q.context) if (hasWord(doc, doc.tokens.vocab.find(word))) around++;
  if (around < CONTEXT_RESTATED) return null;
  // Each place the quotation's first content word stands, the quotation's length of words laid over it.
  const { ids, starts, ends, vocab } = doc.tokens;
  const anchor = q.words.content[0];
  const offset = q.words.all.indexOf(anchor);
  const anchorId = vocab.find(anchor);
  for (let i = offset; i < ids.length; i++) {
    if (ids[i] !== anchorId) continue;
    const first = i - offset;
    const last = first + q.words.all.length - 1;
    if (last >= ids.length) break;
    const words = wordsOf(doc.tokens, first, last + 1);
    const start = starts[first];
    const end = ends[last];
    if (!nearExact(q.words, words) || doc.text.slice(start, end).includes('\n')) continue;
    if (doc.quotes.some((r) => r.start < end && r.end > start)) continue;
    if (plainWordsShared(q, doc, first, last) < CONTEXT_RESTATED || !reportedBy(q, sentenceAround(doc.text, start, end))) continue;
    const exact = words.all.join(' ') === q.key;
    return { start, end, exact, verdict: classify(q.words, words, exact) };
  }
  return null;
}
