import { type Candidate, collectCandidates, isObject } from './candidates';
import { accordingTo, candidatesIn, cuesIn, fromFollowing, fromPreceding, type SlotContext } from './speakerSlots';
import { isDocument, resolveIssuer, resolvePronoun, type Found, type SentenceInfo } from './resolvePronoun';
import { paragraphs, sentences, type Range } from './text';
import type { Attribution, QuoteSpan, ResolvedMention } from './types';
import { partitionPoint } from '../partitionPoint';
import { buildRoleTable, resolveRole, type RoleTie } from './roleTable';
import { resolveOrganisation } from './orgReference';

/** Attributes each quotation to a speaker: cue verbs before/after, pronouns, titles, anonymous sources. */
export function attributeSpeakers(text: string, quotes: QuoteSpan[], mentions: ResolvedMention[]): Attribution[] {
  // A quoted title is nobody's speech: it keeps no speaker and reads as part of the clause around it.
  const order = quotes.map((_, i) => i).filter((i) => quotes[i].kind !== 'title').sort((a, b) => quotes[a].start - quotes[b].start);
  const sorted = order.map((i) => quotes[i]);
  const all = [...quotes].sort((a, b) => a.start - b.start);
  const ctx: SlotContext = { text, candidates: collectCandidates(text, all, mentions) };
  const sents = sentenceInfo(text, all);
  const found: (Found | null)[] = sorted.map((_, k) => explicitSpeaker(ctx, sorted, sents, k));
  for (let k = 0; k < sorted.length; k++) {
    const f = found[k];
    if (f?.candidate.type === 'pronoun') found[k] = { ...f, resolved: resolvePronoun(ctx, sorted, sents, found, k) };
    // "..., the press release said": a document speaks for the organisation that issued it.
    else if (f && isDocument(f.candidate)) found[k] = { ...f, resolved: resolveIssuer(ctx, sorted, sents, found, k) };
  }
  for (let k = 0; k < sorted.length; k++) {
    const f = found[k];
    if (f && f.candidate.type !== 'pronoun' && !f.candidate.entityId && COUNTERPART.test(f.candidate.text)) found[k] = { ...f, resolved: counterpartOf(ctx, sorted, sents, found, k) };
  }
  continueSpeakers(ctx, sorted, sents, found);
  const result: Attribution[] = quotes.map(() => ({ speaker: null, speakerText: '' }));
  const roles = buildRoleTable(text, mentions);
  order.forEach((orig, k) => (result[orig] = toAttribution(found[k], roles, text, mentions)));
  return result;
}

/** A counterpart named relative to someone ("his counterpart", "her Chinese counterpart"). */
const COUNTERPART = /^(?:his|her)\s+(?:[\p{L}-]+\s+)?counterpart$/iu;

/**
 * Who "his counterpart" is: the person the paragraph names beside the one "his" stands for, the speaker of the
 * quotation before it ("In the conversation with Qin Gang, he reiterated “...” His counterpart said ..." is Qin Gang).
 */
function counterpartOf(ctx: SlotContext, quotes: QuoteSpan[], sents: SentenceInfo[], found: (Found | null)[], k: number): Candidate | null {
  const para = sents[sentenceAt(sents, quotes[k].start)]?.para;
  for (let j = k - 1; j >= 0; j--) {
    const s = sents[sentenceAt(sents, quotes[j].start)];
    if (s?.para !== para) return null;
    const f = found[j];
    const own = f?.candidate.type === 'pronoun' ? f.resolved : f?.candidate;
    if (!own?.entityId) continue;
    const others = ctx.candidates.filter((c) => c.type === 'person' && c.entityId && c.entityId !== own.entityId && c.start >= s.start && c.end <= quotes[k].start);
    return others[others.length - 1] ?? null;
  }
  return null;
}

/** Splits the text into sentences that never break inside a quotation, remembering each one's paragraph. */
function sentenceInfo(text: string, quotes: QuoteSpan[]): SentenceInfo[] {
  const inside = (pos: number) => quotes.some((q) => pos >= q.start - 1 && pos < q.end + 1);
  return paragraphs(text).flatMap((p, para) => joinAttributions(text, sentences(text, p, inside)).map((s) => ({ ...s, para })));
}

/** Longest attribution clause that is read as the end of the quoted sentence before it ("Trump said."). */
const ATTRIBUTION_WORDS = 8;
/** How far into a longer clause its reporting verb may stand for the clause to attribute the quotation before it. */
const OPENING_CHARS = 70;
/** A verb followed within a few words by "that" or a subject reports a clause of its own ("Kasich said he would..."). */
const REPORTS_NEW_CLAUSE = /^(?:\s+[\p{L}’'-]+){0,2}?\s+(?:that|he|she|they|it|we|I|his|her|their)\b/u;

/**
 * Joins a clause with a reporting verb and no quotation to the quoted sentence it follows: in “... missing.”
 * Trump said. the period inside the marks ends the quotation, not the sentence. A longer clause joins only a
 * quotation standing alone and only when it opens with its verb ("“...?” Trump asked reporters during a news
 * conference last month."); a verb that reports a clause of its own ("Kasich said he would...") never joins.
 */
function joinAttributions(text: string, sents: Range[]): Range[] {
  const out: Range[] = [];
  for (const s of sents) {
    const prev = out[out.length - 1];
    const clause = text.slice(s.start, s.end);
    const short = clause.split(/\s+/).length <= ATTRIBUTION_WORDS;
    const cues = cuesIn(text, s.start, short ? s.end : Math.min(s.end, s.start + OPENING_CHARS));
    if (!prev || cues.length === 0 || /[“”"«»]/.test(clause) || REPORTS_NEW_CLAUSE.test(text.slice(cues[0].end, s.end))) {
      out.push({ ...s });
      continue;
    }
    const before = text.slice(prev.start, prev.end);
    const alone = /^[“"«‘']/.test(before);
    if (/[.!?…]["”»’']$/.test(before) && (short || alone)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** The sentence holding a position (the last one starting at or before it). */
export function sentenceAt(sents: SentenceInfo[], pos: number): number {
  // Sentences are in text order, so a binary search finds the last one starting at or before pos.
  return Math.max(0, partitionPoint(sents.length, (i) => sents[i].start <= pos) - 1);
}

/** The stretches of a sentence outside its quotations, each tagged with the quotation it follows. */
function segments(quotes: QuoteSpan[], s: Range): { seg: Range; after: number }[] {
  const out: { seg: Range; after: number }[] = [];
  let start = s.start;
  let after = -1;
  quotes.forEach((q, k) => {
    if (q.start < s.start || q.start >= s.end) return;
    out.push({ seg: { start, end: q.start }, after });
    start = q.end;
    after = k;
  });
  out.push({ seg: { start, end: Math.max(start, s.end) }, after });
  return out;
}

/**
 * Reads the speaker named around quotation k: the clause right after it, then the clause before it, then the
 * sentence's other attribution clauses; a name beats a pronoun, and "according to X" comes last.
 */
function explicitSpeaker(ctx: SlotContext, quotes: QuoteSpan[], sents: SentenceInfo[], k: number): Found | null {
  const s = sents[sentenceAt(sents, quotes[k].start)];
  const segs = segments(quotes, s);
  const mine = segs.findIndex((x) => x.after === k);
  const tries: (() => Candidate | null)[] = [];
  const following = () => fromFollowing(ctx, segs[mine].seg);
  const preceding = () => fromPreceding(ctx, segs[mine - 1].seg, s.start);
  // "Blinken stressed [the words], the spokesperson said": in reported speech the verb that takes the words names
  // who spoke them, and the clause after them who reported that. Marked quotations keep the clause after first.
  if (mine > 0 && !quotes[k].marked && takesWordsDirectly(ctx.text, segs[mine - 1].seg, quotes[k].start)) tries.push(preceding, following);
  else {
    if (mine >= 0) tries.push(following);
    if (mine > 0) tries.push(preceding);
  }
  segs.forEach((x, i) => {
    if (i > mine) tries.push(() => fromFollowing(ctx, x.seg));
    else if (i < mine - 1) tries.push(() => fromPreceding(ctx, x.seg, s.start));
  });
  let pronoun: Candidate | null = null;
  for (const attempt of tries) {
    const c = attempt();
    if (c && c.type !== 'pronoun') return { candidate: c };
    pronoun = pronoun ?? c;
  }
  if (pronoun) return { candidate: pronoun };
  const source = segs.map((x) => accordingTo(ctx, x.seg.start, x.seg.end)).find((c) => c);
  if (source) return { candidate: source };
  const subject = clauseSubject(ctx, s.start, quotes[k].start);
  return subject ? { candidate: subject } : null;
}

/** True when the last reporting verb of `seg` stands right before the quotation at `start`, "that", a colon or the opening mark aside. */
function takesWordsDirectly(text: string, seg: Range, start: number): boolean {
  const cue = cuesIn(text, seg.start, seg.end).pop();
  return !!cue && cue.verb !== 'quoted' && /^\s*(?:that\s*)?[:,]?\s*[“"«‘']?$/.test(text.slice(cue.end, start));
}

/**
 * The subject of the clause a quotation sits in when no reporting verb names one ("Cruz has railed against
 * what he calls the “Washington cartel”"): the first actor before it in its sentence that is not an object.
 */
function clauseSubject(ctx: SlotContext, from: number, to: number): Candidate | null {
  if (/^[\s\p{P}]*$/u.test(ctx.text.slice(from, to))) return null;
  return candidatesIn(ctx, from, to).find((c) => c.end <= to && c.type !== 'place' && !isObject(ctx.text, c)) ?? null;
}

/**
 * A quotation with no attribution of its own continues the speech of the nearest attributed one in its
 * paragraph (earlier first); one that opens its paragraph continues a quotation that closed the previous
 * paragraph, the convention for speech running over several paragraphs.
 */
function continueSpeakers(ctx: SlotContext, quotes: QuoteSpan[], sents: SentenceInfo[], found: (Found | null)[]): void {
  const text = ctx.text;
  const para = quotes.map((q) => sents[sentenceAt(sents, q.start)]?.para ?? -1);
  const paraStart = (p: number) => sents.find((s) => s.para === p)?.start ?? 0;
  const explicit = found.map((f) => f !== null);
  const words = quotes.map((q) => wordsKey(text, q));
  for (let k = 0; k < quotes.length; k++) {
    if (found[k] || introducedWithoutSpeaker(ctx, sents, quotes[k])) continue;
    // The same words quoted again in the article are the same statement: where one of them names its
    // speaker, the other is that speaker's, not the speech of whoever its paragraph quotes.
    const repeat = words[k] === '' ? -1 : words.findIndex((w, j) => j !== k && explicit[j] && w === words[k]);
    if (repeat >= 0) {
      found[k] = found[repeat];
      continue;
    }
    const same = quotes.map((_, j) => j).filter((j) => j !== k && para[j] === para[k]);
    const before = same.filter((j) => j < k && found[j]).pop();
    const after = same.find((j) => j > k && explicit[j]);
    const pick = before ?? after;
    if (pick !== undefined) {
      found[k] = found[pick];
      continue;
    }
    const opens = /^[\s\p{P}]*$/u.test(text.slice(paraStart(para[k]), quotes[k].start));
    const last = k > 0 && para[k - 1] === para[k] - 1 ? k - 1 : -1;
    if (opens && last >= 0 && inLastSentence(sents, quotes[last], para[last])) found[k] = found[last];
  }
}

/** Fewest words a quotation needs for a repeat of it to be told from a chance one ("Yes.", "No comment"). */
const REPEAT_WORDS = 4;

/** A quotation's words in lower case, marks and punctuation aside, or "" when it is too short to be told apart. */
function wordsKey(text: string, q: QuoteSpan): string {
  const words = text.slice(q.start, q.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= REPEAT_WORDS ? words.join(' ') : '';
}

/**
 * True when the quotation's own sentence introduces it with a clause ending in a colon that names no speaker
 * ("It will be: ..."): that clause says what the words are, so they are not another speaker's continued speech.
 */
function introducedWithoutSpeaker(ctx: SlotContext, sents: SentenceInfo[], q: QuoteSpan): boolean {
  const from = sents[sentenceAt(sents, q.start)]?.start ?? q.start;
  if (!/[\p{L}\d][^“”"«»]*:\s*[“"«]?$/u.test(ctx.text.slice(from, q.start))) return false;
  // "X added:" or "A statement from X read:" still point at someone whose speech may continue.
  return cuesIn(ctx.text, from, q.start).length === 0 && candidatesIn(ctx, from, q.start).every((c) => c.type === 'place');
}

/** True when a quotation sits in the last sentence of its paragraph (the paragraph ends with it or its attribution). */
function inLastSentence(sents: SentenceInfo[], q: QuoteSpan, para: number): boolean {
  const last = sents.filter((s) => s.para === para).pop();
  return !!last && q.start >= last.start - 1;
}

/**
 * Turns what the rules found into the public answer: an entity id or null, and the naming text. A description
 * ("the Indiana governor") takes the person the document tied to that role, and keeps its own words as the text.
 */
function toAttribution(f: Found | null, roles: RoleTie[], text: string, mentions: ResolvedMention[]): Attribution {
  if (!f) return { speaker: null, speakerText: '' };
  let c: Candidate | null | undefined = f.candidate;
  let shown = c.text;
  // A document speaks for the organisation that issued it; when none is named, its own words say what spoke.
  if (f.resolved && isDocument(c)) return { speaker: f.resolved.entityId, speakerText: f.resolved.text };
  if (f.resolved?.entityId && COUNTERPART.test(c.text)) return { speaker: f.resolved.entityId, speakerText: shown };
  if (c.type === 'pronoun') {
    c = f.resolved;
    // An "it" that stands for no organisation names nobody a reader could look up.
    if (!c) return { speaker: null, speakerText: /^it$/i.test(shown) ? '' : shown };
    if (!c.entityId) shown = c.text;
  }
  const described = !c.entityId && (c.type === 'phrase' || c.type === 'anonymous') ? resolveRole(roles, c.text) ?? resolveOrganisation(text, mentions, c) : null;
  return { speaker: c.entityId ?? described, speakerText: shown };
}
