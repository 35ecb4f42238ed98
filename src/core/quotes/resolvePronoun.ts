import { type Candidate, isObject } from './candidates';
import { candidatesIn, cuesIn, subjectOf, type SlotContext } from './speakerSlots';
import type { Range } from './text';
import type { QuoteSpan } from './types';
import { isOrganisationLike } from './orgReference';
import { SPEECH_NOUNS } from './reportingLexicon';

/** A document named in a sentence ("the email read", "wrote in the affidavit"): an "it" after it may stand for the document. */
const DOCUMENT = new RegExp(`\\b(?:the|a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?(?:${[...SPEECH_NOUNS].join('|')}|affidavit|document|filing|complaint|lawsuit|ruling|indictment|petition|brief|bill|order|plan)\\b`, 'iu');

/** A sentence and the index of its paragraph. */
export interface SentenceInfo extends Range {
  para: number;
}

/** A speaker candidate read for a quotation; for a pronoun, the candidate it resolves to. */
export interface Found {
  candidate: Candidate;
  resolved?: Candidate | null;
}

/** How many paragraphs back a pronoun may look for the person it stands for. */
const PARAGRAPHS_BACK = 2;

/** The non-pronoun candidate a quotation was finally attributed to, if any. */
function finalCandidate(f: Found | null | undefined): Candidate | null {
  if (!f) return null;
  return f.candidate.type === 'pronoun' ? (f.resolved ?? null) : f.candidate;
}

/** True when a descriptive phrase names several people ("US officials", "people familiar with the matter"). */
function isPlural(phrase: string): boolean {
  if (/\b(?:people|persons|sources|officials)\b/i.test(phrase)) return true;
  const head = phrase.split(/\s+(?:of|from|at|in|with)\s+/)[0].split(/\s+/).pop() ?? '';
  return /[^s]s$/i.test(head);
}

/** True when a candidate can be what the pronoun stands for (he/she: a person or one anonymous source). */
function fits(pronoun: string, c: Candidate): boolean {
  if (c.type === 'pronoun' || c.type === 'place') return false;
  if (/^(?:he|she)$/i.test(pronoun)) return c.type === 'person' || ((c.type === 'anonymous' || c.type === 'phrase') && !isPlural(c.text));
  // "it said" stands for an organisation or a description of one ("the company"), never a person.
  if (/^it$/i.test(pronoun)) return isOrganisationLike(c);
  return true;
}

/** The speaker or subject a sentence puts forward: its quotations' speakers, a verb's subject, or its first actor. */
function sentenceSpeaker(ctx: SlotContext, quotes: QuoteSpan[], found: (Found | null)[], s: Range, before: number, own: Candidate): Candidate | 'chain' | null {
  const pronoun = own.text;
  for (let j = quotes.length - 1; j >= 0; j--) {
    if (quotes[j].start < s.start || quotes[j].start >= Math.min(s.end, before)) continue;
    const c = finalCandidate(found[j]);
    if (c && fits(pronoun, c)) return c;
  }
  const cues = cuesIn(ctx.text, s.start, Math.min(s.end, before)).reverse();
  let chain = false;
  for (const cue of cues) {
    const c = subjectOf(ctx, cue, s.start);
    // "And he said ... - X. He said: ...": the same pronoun as subject refers further back, not to X.
    if (c?.type === 'pronoun' && c.start !== own.start && c.text.toLowerCase() === pronoun.toLowerCase()) chain = true;
    else if (c && fits(pronoun, c)) return c;
  }
  if (chain) return 'chain';
  const end = Math.min(s.end, before);
  return candidatesIn(ctx, s.start, end).find((c) => c.end <= end && fits(pronoun, c) && !isObject(ctx.text, c)) ?? null;
}

/**
 * Resolves the pronoun that attributes quotation k to the most recent speaker or subject before it: earlier in
 * its own sentence, then sentence by sentence back through the previous paragraphs. Addressees ("told him")
 * are never chosen because objects are skipped.
 */
export function resolvePronoun(ctx: SlotContext, quotes: QuoteSpan[], sents: SentenceInfo[], found: (Found | null)[], k: number): Candidate | null {
  const own = found[k]?.candidate;
  if (!own) return null;
  let i = sents.findIndex((s) => s.start <= quotes[k].start && quotes[k].start < s.end + 1);
  if (i < 0) return null;
  if (/^it$/i.test(own.text)) return resolveIt(ctx, quotes, sents, found, i, own, quotes[k].start);
  const para = sents[i].para;
  for (let before = quotes[k].start; i >= 0 && para - sents[i].para <= PARAGRAPHS_BACK; i--) {
    const c = sentenceSpeaker(ctx, quotes, found, sents[i], before, own);
    if (c && c !== 'chain') return c;
    before = Infinity;
  }
  return null;
}

/**
 * The organisation an "it" before a reporting verb stands for: one its own sentence or the sentence before puts
 * forward as a speaker or a verb's subject. Where either sentence names a document, "it" is the document: its
 * writer when the sentence names one ("X wrote in the affidavit. It continued:"), else nobody ("the email read").
 */
function resolveIt(ctx: SlotContext, quotes: QuoteSpan[], sents: SentenceInfo[], found: (Found | null)[], i: number, own: Candidate, at: number): Candidate | null {
  for (let j = i, before = at; j >= Math.max(0, i - 1); j--, before = Infinity) {
    const s = sents[j];
    if (DOCUMENT.test(ctx.text.slice(s.start, Math.min(s.end, before)))) return documentAuthor(ctx, s, before);
    const c = sentenceSpeaker(ctx, quotes, found, s, before, own);
    if (c && c !== 'chain') return c;
  }
  return null;
}

/** Who the sentence says wrote or issued the document it names: the named subject of its reporting verb, if any. */
function documentAuthor(ctx: SlotContext, s: Range, before: number): Candidate | null {
  for (const cue of cuesIn(ctx.text, s.start, Math.min(s.end, before))) {
    const c = subjectOf(ctx, cue, s.start);
    if (c && (c.type === 'person' || c.type === 'organization')) return c;
  }
  return null;
}

/** True for a description headed by a speech noun ("the press release", "a statement"): a document, not a person. */
export function isDocument(c: Candidate): boolean {
  return (c.type === 'phrase' || c.type === 'anonymous') && SPEECH_NOUNS.has(c.text.split(/\s+/).pop()?.toLowerCase() ?? '');
}

/**
 * The organisation that issued a document quoted as a speaker ("..., underlines the press release"): one that its
 * own sentence or the sentence before puts forward as a speaker or a verb's subject, else null.
 */
export function resolveIssuer(ctx: SlotContext, quotes: QuoteSpan[], sents: SentenceInfo[], found: (Found | null)[], k: number): Candidate | null {
  const own = found[k]?.candidate;
  const i = sents.findIndex((s) => s.start <= quotes[k].start && quotes[k].start < s.end + 1);
  if (!own || i < 0) return null;
  const asIt = { ...own, text: 'it' };
  for (let j = i, before = quotes[k].start; j >= Math.max(0, i - 1); j--, before = Infinity) {
    const c = sentenceSpeaker(ctx, quotes, found, sents[j], before, asIt);
    if (c && c !== 'chain' && c.type === 'organization') return c;
  }
  return null;
}
