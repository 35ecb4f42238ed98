import type { Candidate } from './candidates';
import { isReportingVerb } from './reportingLexicon';
import type { ResolvedMention } from './types';

/** A capitalised word or two, as a surname or short name is written ("Dayton", "De Blasio", "O’Malley"). */
const NAME = String.raw`\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*){0,2}`;
/** A name, a party label ("(D-Ore.)", ", R-Ky.,"), a few adverbs or auxiliaries, then a lowercase word that may be a reporting verb. */
const BEFORE_VERB = new RegExp(`(?<![\\p{L}.’'-])(${NAME})\\s*(?:\\([^()]{1,24}\\)\\s*|,\\s*[RDI]-[\\p{L}.]{1,12},\\s*)?\\s(?:(?:also|later|then|again|has|had|have|would|will|once|previously|recently|quickly|simply|further)\\s+)*([a-z]+)\\b`, 'gu');
/** A closing quote and comma, a reporting verb, then a name ("...,” said Cuban). */
const AFTER_VERB = new RegExp(`[,?!][”"’']?\\s+([a-z]+)\\s+(${NAME})(?![\\p{L}’'-])`, 'gu');
/** A closing quote, a dash, then a name: how reader letters and epigraphs are signed (“...” ― Name). */
const AFTER_DASH = new RegExp(`[”"][.,]?[ \\t]*[―—–-][ \\t]*(${NAME})`, 'gu');
/** A speaker's name in capitals opening a line of a transcript ("WALLACE: ..."). */
const TRANSCRIPT = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}.’' -]*\p{Lu}):/gu;

/** Capitalised words that open sentences or name days and months, never a speaker. */
const NOT_NAMES = new Set(`The This That These Those It He She They We I You His Her Its Their Our But And Or So If When While
  As After Before Then Now Here There What Who Why How Still Yet Also Even Many Some Most Others Both Each All Critics
  Supporters Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Twitter Facebook Instagram Asked Speaking Democrats Republicans Americans
  Mr Mrs Ms Dr Rep Sen Gov Lt Rev Gen Col Capt Sgt Del President Senator Governor Secretary Mayor Judge Justice`.split(/\s+/));

/**
 * Names the entity pass did not find but a reporting verb says are speakers: "Dayton says", "said Cuban". A
 * surname the document already tied to a person resolves to that person; otherwise the name stands as text.
 */
export function bareNames(text: string, mentions: ResolvedMention[]): Candidate[] {
  const surnames = surnameTable(text, mentions);
  const taken = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const out: Candidate[] = [];
  const add = (name: string, start: number) => {
    const first = name.split(/\s+/)[0];
    // A title before a name the entity pass found ("said Rep. Jane Roe") is part of that name, not a surname.
    const titled = mentions.some((m) => m.start >= start + name.length && m.start <= start + name.length + 3);
    if (NOT_NAMES.has(first) || NOT_NAMES.has(name) || titled || taken(start, start + name.length)) return;
    const entityId = surnames.get((name.split(/\s+/).pop() ?? '').toLowerCase()) ?? null;
    out.push({ start, end: start + name.length, text: name, entityId, type: 'person' });
  };
  for (const m of text.matchAll(BEFORE_VERB)) if (isReportingVerb(m[2])) add(m[1], m.index ?? 0);
  for (const m of text.matchAll(AFTER_DASH)) add(m[1], (m.index ?? 0) + m[0].length - m[1].length);
  for (const m of text.matchAll(TRANSCRIPT)) add(m[1], (m.index ?? 0) + m[0].length - m[1].length - 1);
  for (const m of text.matchAll(AFTER_VERB)) if (isReportingVerb(m[1])) add(m[2], (m.index ?? 0) + m[0].length - m[2].length);
  return out;
}

/** Each surname of a person the document names in full, with that person's entity (only when one person has it). */
function surnameTable(text: string, mentions: ResolvedMention[]): Map<string, string | null> {
  const table = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const last = (text.slice(m.start, m.end).split(/\s+/).pop() ?? '').toLowerCase();
    const had = table.get(last);
    table.set(last, had === undefined || had === m.entityId ? m.entityId : null);
  }
  return table;
}
