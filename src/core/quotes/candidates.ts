import { ANONYMOUS_DETERMINER, ANONYMOUS_HEAD, ANONYMOUS_MODIFIER, OBJECT_MARKERS } from './cues';
import { bareNames } from './bareNames';
import { itSpeakers } from './orgReference';
import type { QuoteSpan, ResolvedMention } from './types';
import { partitionPoint } from '../partitionPoint';

/** Something in the text that may name a speaker: an entity mention, an anonymous source, a pronoun or a bare title. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  entityId: string | null;
  type: ResolvedMention['type'] | 'anonymous' | 'pronoun' | 'phrase';
}

/** Modifier words walked back over when reading an anonymous source phrase. */
const MAX_MODIFIERS = 3;

/** Reads the phrase ending with an anonymous-source head noun, walking back over modifiers to a determiner. */
function anonymousAt(text: string, headStart: number, headEnd: number): Candidate {
  let start = headStart;
  for (let count = 0; count <= MAX_MODIFIERS; count++) {
    const before = text.slice(Math.max(0, start - 40), start);
    const w = /([\p{L}][\p{L}.’'-]*)\s+$/u.exec(before);
    // A word ending a sentence or a line ("... South China Sea.\nUS officials") belongs to the sentence before.
    if (!w || /\n/.test(before.slice(w.index)) || /^[\p{L}’'-]{2,}\.$/u.test(w[1])) break;
    const wordStart = start - (before.length - w.index);
    if (ANONYMOUS_DETERMINER.test(w[1])) {
      start = wordStart;
      break;
    }
    if (count === MAX_MODIFIERS || !ANONYMOUS_MODIFIER.test(w[1])) break;
    start = wordStart;
  }
  return { start, end: headEnd, text: text.slice(start, headEnd), entityId: null, type: 'anonymous' };
}

/** A preposition and a capitalised name after a source phrase ("a spokesman for Bernie Sanders", "an aide to Bush"). */
const NAMED_COMPLEMENT = /^\s+(?:to|for|of|at|with|from|inside|close to)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|and))*(?<![\s,])/u;

/** Extends a source phrase over the name it belongs to, so the reader sees whose spokesman or aide it was. */
function withComplement(text: string, c: Candidate): Candidate {
  const m = NAMED_COMPLEMENT.exec(text.slice(c.end, c.end + 80));
  if (!m || /\s(?:of|and)$/.test(m[0])) return c;
  const end = c.end + m[0].length;
  return { ...c, end, text: text.slice(c.start, end) };
}

/** Every anonymous source phrase, except titles standing right before a person's name ("spokesman Matthew Miller"). */
function anonymousSources(text: string, mentions: ResolvedMention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(new RegExp(ANONYMOUS_HEAD.source, 'g'))) {
    const end = (m.index ?? 0) + m[0].length;
    if (mentions.some((x) => x.type === 'person' && x.start >= end && x.start <= end + 2)) continue;
    out.push(withComplement(text, anonymousAt(text, m.index ?? 0, end)));
  }
  return out;
}

/** Collects every candidate outside the quotations, sorted by position. */
export function collectCandidates(text: string, quotes: QuoteSpan[], mentions: ResolvedMention[]): Candidate[] {
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  const inQuote = (c: { start: number; end: number }) => {
    const lo = partitionPoint(spans.length, (i) => spans[i].end <= c.start);
    return lo < spans.length && spans[lo].start < c.end;
  };
  const all: Candidate[] = mentions.map((m) => ({ start: m.start, end: m.end, entityId: m.entityId, type: m.type, text: text.slice(m.start, m.end) }));
  all.push(...anonymousSources(text, mentions), ...bareNames(text, mentions), ...itSpeakers(text));
  for (const m of text.matchAll(/\b(?:he|she|they|He|She|They)\b/g)) {
    const start = m.index ?? 0;
    all.push({ start, end: start + m[0].length, text: m[0], entityId: null, type: 'pronoun' });
  }
  return all.filter((c) => !inQuote(c) && !isPartyLabel(text, c)).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A party and state label ("R-Utah", "D-N.Y.", "I-VT") as US papers write it after a legislator's name. */
const PARTY_LABEL = /^(?:[RDI]|[RDI]-[\p{Lu}][\p{L}.]*(?:\s?[\p{Lu}][\p{L}.]*)?)\.?$/u;

/**
 * True for a label that only qualifies the name before it: a party label ("Sen. X (R-Utah)", ", R-Ky.,") or
 * anything in parentheses right after a name ("Sen. Bernie Sanders (Vt.)"). Such a label never speaks.
 */
function isPartyLabel(text: string, c: Candidate): boolean {
  if (PARTY_LABEL.test(c.text) || /^[RDI]-/.test(text.slice(c.start - 2, c.start + 2).trimStart())) return true;
  const open = text.lastIndexOf('(', c.start);
  return open >= 0 && c.start - open <= 3 && /^[^()]{0,12}\)/.test(text.slice(c.end)) && /\p{L}\.?\s*$/u.test(text.slice(Math.max(0, open - 3), open));
}

/** True when the words before a candidate make it an object (told X, met with X) rather than a subject. */
export function isObject(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  // "proposed by shadow chancellor X": lower-case title words between the marker and the name do not make it a subject.
  if (OBJECT_MARKERS.test(before.slice(-20))) return true;
  let rest = before;
  for (let n = 0; n < 2; n++) {
    const next = rest.replace(LOWER_WORD, '');
    if (next === rest) return false;
    rest = next;
    // "speaker and classical composer X agreed": after "and" a titled name is a subject of its own.
    if (OBJECT_MARKERS.test(rest)) return !/\band\s*$/.test(rest);
  }
  return false;
}

/** One lower-case word (part of a title such as "shadow chancellor") at the end of a text. */
const LOWER_WORD = /\s+\p{Ll}[\p{Ll}-]*\s*$/u;

/** Words that may sit between a title phrase and its speech verb. */
const AUXILIARIES = /(?:\s+(?:has|have|had|also|notably|particularly|then|further|later|again|not|would|will|did|hesitate|to|reportedly|once|even))*\s*$/;

/** A bare title or description right before a speech verb ("the US Secretary of State said"), as a last resort. */
export function phraseBefore(text: string, from: number, cueStart: number): Candidate | null {
  let head = text.slice(from, cueStart).replace(AUXILIARIES, '');
  head = head.replace(/,[^,]*,\s*$/, '');
  const m = /(?:^|[\s,(])((?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?|[Bb]oth|[Ee]ach|[Aa]ll|[Nn]either)\s+[^,.;:“”"«»()]{1,60}?)\s*$/u.exec(head);
  // "For its part, X says": the idiom names no one.
  if (!m || m[1].split(/\s+/).length > 7 || /^(?:its|his|her|their) part$/i.test(m[1])) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1], entityId: null, type: 'phrase' };
}

/** A bare title or description right after a speech verb ("said the minister"), as a last resort. */
export function phraseAfter(text: string, cueEnd: number, to: number): Candidate | null {
  const m = /^\s+((?:the|a|an|his|her|its|their|several|some|many|two|three|other)\s+[^,.;:“”"«»()]{1,60}?)(?=\s*(?:[,.;:!?]|$|\s+(?:of|in|on|at|as|after|before|during|when|while)\b))/u.exec(
    text.slice(cueEnd, to),
  );
  if (!m || m[1].split(/\s+/).length > 7) return null;
  const start = cueEnd + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1], entityId: null, type: 'phrase' };
}
