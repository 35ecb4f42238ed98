import { type Candidate, isObject, phraseAfter, phraseBefore } from './candidates';
import { CUE_PARTICLE, isReportingVerb, NEEDS_PARTICLE, SPEECH_NOUNS, takesPersonObject } from './reportingLexicon';
import type { Range } from './text';
import { partitionPoint } from '../partitionPoint';

/** What the attribution rules can read: the text, the candidates outside quotations, and the quotation spans. */
export interface SlotContext {
  text: string;
  candidates: Candidate[];
}

/** A speech verb found in the text. */
interface Cue {
  start: number;
  end: number;
  verb: string;
}

/** Longest stretch between a subject and its verb ("X, speaking on condition of anonymity, said"). */
const MAX_SUBJECT_GAP = 90;
/** A preposition (and article) right before a name: the name sits in a prepositional phrase, not in the subject. */
const IN_PREPOSITION = /\b(?:in|at|on|from|with|for|of|by|into|after|before|during|to)\s+(?:the\s+)?$/i;
/** A relative clause set off by commas that ends right at the verb (", whose films include X, said"). */
const RELATIVE_BEFORE_VERB = /,\s*(?:who|whose|which|whom|where)\b(?:[^.;:!?“”"«»]|:\s*\p{Lu})*,\s*$/u;
/** Text between two names when the first only modifies a title held by the second ("X and Y executive producer Z"). */
const TITLE_MODIFIER_GAP = /^[^,;:]*\s(?!(?:and|or|of|with|to|the|a|an|as)\s)\p{Ll}[\p{Ll}-]*\s+$/u;

/** A form of "be" right before a verb makes it passive ("was called", "is being described"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A speech noun and its preposition right before a name ("a statement from", "in a tweet by"). */
const SPEECH_NOUN_BEFORE = new RegExp(`\\b(?:${[...SPEECH_NOUNS].join('|')})\\s+(?:from|by|of)\\s+(?:the\\s+)?$`);

/** A title abbreviation or an initial and its period. */
const TITLE_PERIOD = /\b(Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Rev|Gen|Col|Capt|Sgt|Del|St|Jr|Sr|[A-Z])\./g;

/** Longest stretch of title words between a verb and the name after it ("said State Department spokesman X"). */
const MAX_TITLE_GAP = 50;

/** Index of the first candidate starting at or after `pos` (candidates are sorted by start). */
function firstFrom(ctx: SlotContext, pos: number): number {
  return partitionPoint(ctx.candidates.length, (i) => ctx.candidates[i].start < pos);
}

/** The candidates starting in [from, to), in order. */
export function candidatesIn(ctx: SlotContext, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = firstFrom(ctx, from); i < ctx.candidates.length && ctx.candidates[i].start < to; i++) out.push(ctx.candidates[i]);
  return out;
}

/** Lowercase words: reporting verbs are matched case-sensitively, so "States" in "United States" is no cue. */
const WORD = /[a-z]+/g;

/** Reporting verbs in [from, to), in order; a particle verb ("pointed out") counts only with its particle. */
export function cuesIn(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index + m[0].length <= to; m = WORD.exec(text)) {
    const verb = m[0];
    if (!isReportingVerb(verb) || /[\p{L}-]/u.test(text[m.index - 1] ?? '')) continue;
    let end = m.index + verb.length;
    if (/[\p{L}-]/u.test(text[end] ?? '')) continue;
    if (NEEDS_PARTICLE.test(verb)) {
      const particle = CUE_PARTICLE.exec(text.slice(end, end + 8));
      if (!particle || end + particle[0].length > to) continue;
      end += particle[0].length;
    }
    out.push({ start: m.index, end, verb });
  }
  return out;
}

/** The subject of a speech verb: the nearest candidate before it in the same clause that is not an object. */
export function subjectOf(ctx: SlotContext, cue: Cue, from: number): Candidate | null {
  // "The plan was called ...": a passive verb's subject is what is described; its speaker follows "by", if anywhere.
  if (!cue.verb.endsWith('ing') && PASSIVE_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 30), cue.start))) return null;
  // "The actor, whose films include X, said": the subject stands before the relative clause, not inside it.
  const relative = RELATIVE_BEFORE_VERB.exec(ctx.text.slice(from, cue.start));
  if (relative) return subjectOf(ctx, { ...cue, start: from + relative.index, end: from + relative.index }, from);
  for (let i = firstFrom(ctx, cue.start) - 1; i >= 0; i--) {
    const c = ctx.candidates[i];
    if (c.end > cue.start) continue;
    if (c.start < from || cue.start - c.end > MAX_SUBJECT_GAP) break;
    // A party label or other parenthesis between the name and its verb ("X (D-Ore.) said") is read as a space.
    const gap = ctx.text.slice(c.end, cue.start).replace(/\([^()]*\)/g, ' ');
    if (/[.;:!?“”"«»]/.test(gap)) break;
    if (c.type === 'place' && gap.trim() !== '') continue;
    // "The Oscar-nominated actor said": a name inside a hyphenated modifier only describes the subject.
    if (/^-\p{Ll}/u.test(gap)) continue;
    // "Writing in the X, the bishop said": a described subject after the comma beats the name before it.
    if (/,\s*(?:the|a|an|his|her|its|their)\s+[^,]*$/i.test(gap) && IN_PREPOSITION.test(ctx.text.slice(Math.max(from, c.start - 30), c.start))) {
      return phraseBefore(ctx.text, c.end, cue.start);
    }
    // "..., and Dayton says": a name right before the verb is its subject, whatever word came before the name.
    // "..., with X saying": after "with", a name right before a participle is that participle's subject.
    const objectMarker = cue.verb.endsWith('ing') ? /\b(?:by|of|from|to|about|for|at)\s+$/ : /\b(?:by|of|from|to|with|about|for|at)\s+$/;
    if (/^\s+(?:(?:also|then|later|again|now|still|quickly|\p{Ll}+ly)\s+)?$/u.test(gap) && !objectMarker.test(ctx.text.slice(Math.max(from, c.start - 12), c.start))) return c;
    // "A statement from X read": the one behind a speech noun is the speaker even after a preposition.
    if (isObject(ctx.text, c) && SPEECH_NOUN_BEFORE.test(ctx.text.slice(Math.max(from, c.start - 40), c.start))) return c;
    if (!isObject(ctx.text, c)) return /,\s*$/.test(gap) ? headOfApposition(ctx, i, cue.start, from) ?? c : c;
  }
  return phraseBefore(ctx.text, from, cue.start);
}

// "X, head of music at Y, said" or "X, who ... Y, said": a person set off by a comma before the
// apposition that ends at the verb is the subject, not the last name inside the apposition.
function headOfApposition(ctx: SlotContext, inside: number, cueStart: number, from: number): Candidate | null {
  let head: Candidate | null = null;
  for (let i = inside - 1; i >= 0; i--) {
    const p = ctx.candidates[i];
    if (p.start < from || cueStart - p.end > MAX_SUBJECT_GAP) break;
    const rest = ctx.text.slice(p.end, cueStart);
    if (/[.;:!?“”"«»]/.test(rest)) break;
    if (p.type === 'person' && /^\s*,/.test(rest) && !isObject(ctx.text, p)) head = p;
  }
  return head;
}

/** The speaker named right after a verb ("said Antony Blinken", "asked the diplomat"); people beat organisations. */
export function speakerAfter(ctx: SlotContext, from: number, to: number): Candidate | null {
  // The period of a title or an initial ("Rep.", "U.S.") does not end the clause: it is masked, offsets kept.
  const slice = ctx.text.slice(from, to).replace(TITLE_PERIOD, '$1_');
  // "said of Cruz", "said about Reed": the one spoken about, never the speaker.
  if (/^\s+(?:of|about)\s/.test(slice)) return null;
  const clause = /^(?:[^,.;:!?“”"«»]|\.(?!\s|$))*?(?=\s+(?:in|on|at|after|during|as|when|while|before|that|to)\b|[,;:!?“”"«»]|\.(?:\s|$)|$)/.exec(slice);
  const end = from + (clause ? clause[0].length : 0);
  const inside = candidatesIn(ctx, from, Math.min(end, from + MAX_TITLE_GAP + 1));
  const people = inside.filter((c) => c.type === 'person');
  const head = people.find((p, i) => !people.slice(i + 1).some((q) => TITLE_MODIFIER_GAP.test(ctx.text.slice(p.end, q.start))));
  return head ?? inside.find((c) => c.type !== 'place') ?? phraseAfter(ctx.text, from, to);
}

/** The speaker named by the attribution clause that follows a quotation in `seg`. */
export function fromFollowing(ctx: SlotContext, seg: Range): Candidate | null {
  // "“...” ― Pamela Padilla": a name after a dash signs the quotation.
  const dash = /^[\s.,”"’»]*[―—–-]\s*$/;
  const signed = candidatesIn(ctx, seg.start, seg.start + 8).find((c) => c.type !== 'place' && dash.test(ctx.text.slice(seg.start, c.start)));
  if (signed) return signed;
  const cue = cuesIn(ctx.text, seg.start, seg.end)[0];
  if (!cue) return null;
  const lead = ctx.text.slice(seg.start, cue.start);
  if (cue.verb === 'quoted') return speakerAfter(ctx, cue.end, seg.end);
  // "... as “desperate”, while the party said ...": the verb belongs to a contrasted clause with its own speaker.
  if (/\b(?:while|whereas|although|though|but)\b/.test(lead)) return null;
  // "..., describing X as": the name after the verb is the one described, not the speaker.
  if (cue.verb.startsWith('describ')) return subjectOf(ctx, cue, seg.start);
  // "..., said X" names the speaker after the verb; "..., calling X" names the one called, never the speaker.
  if (lead.length < 8 && /^[\s\p{P}]*$/u.test(lead)) return takesPersonObject(cue.verb) && !/^ask/.test(cue.verb) ? null : speakerAfter(ctx, cue.end, seg.end);
  // "“...” that X can win, said Y": after a comma, a verb followed by its own named subject is inverted.
  const inverted = /,\s*$/.test(lead) && !takesPersonObject(cue.verb) ? speakerAfter(ctx, cue.end, seg.end) : null;
  if (inverted && inverted.type !== 'phrase' && inverted.type !== 'place') return inverted;
  return subjectOf(ctx, cue, seg.start) ?? inverted;
}

/** The main subject of a sentence: its first actor that is not an object, for participles ("..., saying: ..."). */
function mainSubject(ctx: SlotContext, from: number, to: number): Candidate | null {
  // A place speaks only as the subject of a reporting verb ("Washington says"), the way capitals stand for governments.
  const speaks = (c: Candidate) => c.type !== 'place' || cuesIn(ctx.text, c.end, Math.min(to, c.end + 12)).some((q) => /^\s+$/.test(ctx.text.slice(c.end, q.start)));
  return candidatesIn(ctx, from, to).find((c) => c.end <= to && c.type !== 'pronoun' && speaks(c) && !isObject(ctx.text, c)) ?? null;
}

/** A boundary between coordinated clauses: a verb after it starts a clause of its own. */
const CLAUSE_BREAK = /[;]|,\s*(?:and|but|while|whereas|although|though)\s|\s(?:but|while|whereas)\s|,\s*\p{Ll}+ing\b/u;

/**
 * The reporting verb that governs a quotation among those before it: the first one whose clause runs on to
 * the quotation, so in "Reed said Berg will continue to be “...”" the verb of the reported clause (continue)
 * does not take the quotation from its reporter; a verb after a clause break ("..., and Berg said") governs.
 */
function governingCue(text: string, cues: Cue[], to: number): Cue | undefined {
  return cues.find((c) => !CLAUSE_BREAK.test(text.slice(c.end, to))) ?? cues[cues.length - 1];
}

/** The speaker named by the attribution clause that introduces a quotation in `seg` ("X said: ..."). */
export function fromPreceding(ctx: SlotContext, seg: Range, sentenceStart: number): Candidate | null {
  const cue = governingCue(ctx.text, cuesIn(ctx.text, seg.start, seg.end), seg.end);
  if (!cue) {
    const colon = candidatesIn(ctx, seg.start, seg.end).find((c) => c.end <= seg.end && /^\s*:\s*$/.test(ctx.text.slice(c.end, seg.end)));
    return colon ?? null;
  }
  if (cue.verb === 'quoted') return speakerAfter(ctx, cue.end, seg.end);
  const lead = ctx.text.slice(sentenceStart, cue.start);
  // "X, speaking on ..., saying" and "X called Y a “...” and said": the verb shares the sentence's main subject.
  const shared = (/ing$/.test(cue.verb) && /,\s*$/.test(lead)) || /\b(?:and|but|then)\s+(?:\p{Ll}+ly\s+)?$/u.test(lead);
  const subject = (shared ? mainSubject(ctx, sentenceStart, cue.start) : null) ?? subjectOf(ctx, cue, sentenceStart);
  // "X described the talks as ...": the phrase after the verb is what is described, never the speaker.
  if (subject || takesPersonObject(cue.verb)) return subject;
  // "said the minister: ..." names the speaker after the verb only where the verb opens its clause.
  const after = speakerAfter(ctx, cue.end, seg.end);
  return after && (after.type !== 'phrase' || /(?:^|[,;:]|\band)\s*$/.test(lead)) ? after : null;
}

/** The source named by "according to X" in [from, to). */
export function accordingTo(ctx: SlotContext, from: number, to: number): Candidate | null {
  const m = /\baccording to\b/.exec(ctx.text.slice(from, to));
  return m ? speakerAfter(ctx, from + (m.index ?? 0) + m[0].length, to) : null;
}
