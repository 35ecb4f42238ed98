import { findWindow, phraseLike } from './findWindow';
import { hasWord, type LinkDoc, type LinkQuote } from './linkerDoc';
import { classify, type LinkVerdict } from './classifyLink';
import { nearExact, paraphrase } from './matching';
import { cutsWithin, partOf } from './partialMatch';

/** Quotations with fewer distinct content words than this are matched only with agreeing context. */
export const RICH_CONTENT = 3;
/** Context words two short repeats must share to count as the same statement. */
const CONTEXT_AGREEMENT = 2;

/** True when a quotation has enough content to be searched for, unmarked, in other documents' text. */
export function searchable(q: LinkQuote): boolean {
  return q.marked && q.words.contentSet.size >= RICH_CONTENT;
}

/** Distinct content words a document or quotation must share with `q` before it is worth a closer look. */
export function minShared(q: LinkQuote): number {
  const n = q.words.contentSet.size;
  return phraseLike(q) ? Math.max(1, n - 1) : Math.ceil(0.6 * n);
}

function contextAgrees(a: LinkQuote, b: LinkQuote): boolean {
  let shared = 0;
  for (const w of a.context) if (b.context.has(w)) shared++;
  return shared >= CONTEXT_AGREEMENT;
}

/** Name parts that say nothing about who a speaker is. */
const TITLE_PARTS = /^(?:person|organization|place|of|the|sen|rep|gov|mr|mrs|ms|dr|president|senator|governor|jr)$/;

/**
 * True when both quotations have a speaker and the two cannot be one. Two people are one when they share their last
 * name part or one's parts are all the other's ("donald-j-trump" and "donald-trump", "qin" and "qin-gang"), not on a
 * first name alone ("john-bolton", "john-r-kasich"); otherwise any shared name part will do.
 */
export function speakersDiffer(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  const [mine, theirs] = [nameParts(a), nameParts(b)];
  if (a.startsWith('person:') && b.startsWith('person:')) {
    const within = (x: string[], y: string[]) => x.every((p) => y.includes(p));
    return mine.at(-1) !== theirs.at(-1) && !within(mine, theirs) && !within(theirs, mine);
  }
  return !theirs.some((p) => mine.includes(p));
}

/** The parts of a speaker's entity id that name them ("person:donald-j-trump": donald, trump). */
export function nameParts(id: string): string[] {
  return id.split(/[:\-]/).filter((p) => p.length > 2 && !TITLE_PARTS.test(p));
}

/** Content words a repeated phrase needs before its speaker alone can vouch for it ("artful smear", not "rigged"). */
const SPEAKER_VOUCHED = 2;

/** True when both sides give a phrase of two or more content words to the same named speaker (see below for one). */
function speakerVouches(a: LinkQuote, b: LinkQuote): boolean {
  if (speakersDiffer(a.speaker, b.speaker) || a.words.contentSet.size < SPEAKER_VOUCHED) return false;
  if (a.speaker && b.speaker) return true;
  // A clause in the first or second person is someone's speech, so one side naming its speaker is enough
  // (“Islam hates us”); a term without a person (“top secret”, “boots on the ground”) needs both to name one.
  return (a.speaker !== null || b.speaker !== null) && a.words.all.some((w) => PERSONAL.test(w));
}

/** Pronouns of the first and second person. */
const PERSONAL = /^(?:i|me|my|we|us|our|you|your)$/;

/**
 * True when both quotations are short sentences quoted whole: their speaker comes from their own reporting clause,
 * unlike a fragment's, which is the speaker of the sentence that cites it.
 */
function shortSentences(a: LinkQuote, b: LinkQuote): boolean {
  return a.kind === 'full' && b.kind === 'full' && phraseLike(a) && phraseLike(b);
}

/**
 * How two quotations report the same statement, or null when they do not: an exact repeat, a near-exact short
 * phrase, a close paraphrase of a full statement, or a part of a longer one. A title, slogan or nickname is not
 * speech; thin phrases (“progress”) also need the words around them to agree, or the same words from the same
 * named speaker.
 */
export function compareQuotes(a: LinkQuote, b: LinkQuote): LinkVerdict | null {
  if (a.titleLike || b.titleLike || a.nickname || b.nickname) return null;
  // One article giving the same words to two speakers reports an echo ("not quite there yet"), not one statement;
  // so do two articles that each quote a short sentence whole, from two speakers.
  if ((a.doc === b.doc || shortSentences(a, b)) && speakersDiffer(a.speaker, b.speaker)) return null;
  const same = a.key === b.key;
  const cut = a.doc === b.doc && !same ? cutFromNearby(a, b) : null;
  if (cut) return cut;
  const thin = Math.min(a.words.contentSet.size, b.words.contentSet.size) < RICH_CONTENT;
  if (thin && !contextAgrees(a, b) && !(same && speakerVouches(a, b))) return null;
  if (same && a.key === '') return null;
  const close = same || (!phraseLike(a) && !phraseLike(b) ? paraphrase(a.words, b.words) : nearExact(a.words, b.words));
  if (close || partOf(a.words, b.words)) return classify(a.words, b.words, same || a.surface === b.surface);
  return cutOut(a, b) ?? cutOut(b, a);
}

/** A quotation cut by ellipses whose every stretch is a part of the other quotation is a part of it. */
function cutOut(cut: LinkQuote, whole: LinkQuote): LinkVerdict | null {
  if (cut.cuts.length === 0) return null;
  const share = cutsWithin(cut.cuts, whole.words);
  return share > 0 ? { kind: 'partial', score: Math.round(share * 100) / 100 } : null;
}

/** Furthest apart, in characters, a fragment and the quotation it was cut from stand in one article. */
const NEARBY = 600;

/**
 * A fragment an article quotes near a whole quotation holding all its content words ("does not expect major
 * “breakthroughs”" and, a paragraph on, “We are not going ... making breakthroughs”) is cut from it: a part of it.
 */
function cutFromNearby(a: LinkQuote, b: LinkQuote): LinkVerdict | null {
  const [part, whole] = a.kind === 'fragment' ? [a, b] : [b, a];
  if (part.kind !== 'fragment' || whole.kind !== 'full' || Math.abs(part.start - whole.start) > NEARBY) return null;
  const words = part.words.contentSet;
  if (words.size === 0) return null;
  for (const w of words) if (!whole.words.contentSet.has(w)) return null;
  return classify(part.words, whole.words, false);
}

/** True when two quotations report the same statement (see compareQuotes). */
export function sameStatement(a: LinkQuote, b: LinkQuote): boolean {
  return compareQuotes(a, b) !== null;
}

/** Where `doc` restates quotation `q` outside its own quotations, if it does. */
export function unmarkedRestatement(q: LinkQuote, doc: LinkDoc): { start: number; end: number; exact: boolean; verdict: LinkVerdict } | null {
  const need = minShared(q);
  let present = 0;
  for (const id of q.contentIds) if (hasWord(doc, id)) present++;
  if (present < need) return null;
  const w = findWindow(q, doc, need);
  if (!w || doc.quotes.some((r) => r.start < w.end && r.end > w.start)) return null;
  return w;
}
