import type { ResolvedMention } from './types';

/** A role the document tied to one person ("Indiana Gov. Mike Pence": {indiana, governor}). */
export interface RoleTie {
  entityId: string;
  /** The role noun, normalised ("governor", "secretary"). */
  head: string;
  /** Every word of the role, lowercase, abbreviations spelled out, "of" phrases folded in ("secretary of state": {secretary, state}). */
  words: Set<string>;
  /** True for a role held before ("former", "ex-", "then-"). */
  former: boolean;
}

/** Nouns that name a role a person holds; the last one in a title is its head. */
const ROLE_NOUNS = new Set(`secretary minister governor senator representative congressman congresswoman president
  nominee candidate chairman chairwoman chair director spokesman leader mayor speaker ambassador envoy adviser
  counterpart chief commissioner attorney general judge justice chancellor premier king queen pope frontrunner
  front-runner host anchor founder executive manager strategist pollster economist professor analyst lawyer owner
  commander treasurer lieutenant sheriff prosecutor mogul businessman billionaire coach captain`.split(/\s+/));

/** Spelled-out forms of title abbreviations and the synonyms a paper alternates between. */
const CANONICAL: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', lt: 'lieutenant', gen: 'general', sec: 'secretary',
  atty: 'attorney', pres: 'president', cmdr: 'commander', advisor: 'adviser', spokeswoman: 'spokesman',
  spokesperson: 'spokesman', chairwoman: 'chairman', chair: 'chairman', gop: 'republican', democrat: 'democratic',
  'front-runner': 'frontrunner', congresswoman: 'congressman', affairs: '',
};

/** Words that place a role in time or mark a description, not part of what the role is. */
const NOT_ROLE = new Set(`the a an his her their its our former then outgoing incoming current new longtime
  presumptive likely eventual`.split(/\s+/));

/** Lowercase words a title keeps before its head ("White House press secretary", "his Chinese counterpart"). */
const MODIFIERS = new Set(`press foreign defense defence state vice deputy assistant senior chief top national security
  campaign presidential party federal district county city house senate communications policy political finance
  economic trade health education justice interior homeland majority minority ranking executive managing general
  republican democratic conservative liberal independent shadow acting associate interim`.split(/\s+/));

/** Modifiers that make another role ("deputy director" is not "the director"): a description must repeat them. */
const OTHER_ROLE = new Set(['deputy', 'vice', 'assistant', 'shadow', 'acting', 'associate', 'interim', 'lieutenant', 'under']);

/** Longest title, in words, read before a name or in apposition to it. */
const MAX_TITLE_WORDS = 6;

function canonical(word: string): string {
  const w = word.toLowerCase().replace(/[.,]$/, '').replace(/[’']s$/, '').replace(/^(?:then|ex)-/, '');
  return CANONICAL[w] ?? w;
}

/** A role's words and head, "of" phrases folded in; null when no role noun heads it. */
export function roleOf(words: string[]): { head: string; words: Set<string>; former: boolean } | null {
  const former = words.some((x) => /^(?:former|ex-|then-|onetime)/i.test(x));
  const w = words.map(canonical).filter((x) => x !== '' && !NOT_ROLE.has(x));
  const of = w.indexOf('of');
  const main = of >= 0 ? w.slice(0, of) : w;
  const head = main[main.length - 1];
  if (!head || !ROLE_NOUNS.has(head)) return null;
  return { head, words: new Set(w.filter((x) => x !== 'of')), former };
}

/** The title words standing right before a name ("Chinese Foreign Minister", "Indiana Gov.", "Republican nominee"). */
function titleBefore(text: string, start: number): string[] {
  const words = text.slice(Math.max(0, start - 80), start).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_TITLE_WORDS; i--) {
    const w = words[i];
    const abbreviation = /^\p{Lu}\p{Ll}{1,3}\.$/u.test(w);
    if (/[,;:!?“”"«»()]/.test(w) || (w.endsWith('.') && !abbreviation)) break;
    const lower = /^\p{Ll}/u.test(w);
    if (lower && w !== 'of' && !ROLE_NOUNS.has(canonical(w)) && !MODIFIERS.has(w)) break;
    out.unshift(w);
  }
  return out;
}

/** The description set off by commas right after a name ("Blinken, the secretary of state,"). */
function appositionAfter(text: string, end: number): string[] {
  const m = /^,\s+(?:the|a|an)\s+([^,.;:!?“”"«»()]{2,60}?)\s*(?=[,.;:)]|$)/u.exec(text.slice(end, end + 80));
  return m ? m[1].split(/\s+/) : [];
}

/** The description set off by a comma right before a name ("the bureau's director, James Comey"). */
function appositionBefore(text: string, start: number): string[] {
  const m = /(?:^|[\s(])(?:the|The)\s+([^,.;:!?“”"«»()]{2,60}?),\s*$/u.exec(text.slice(Math.max(0, start - 80), start));
  return m ? m[1].split(/\s+/) : [];
}

/** Every role the document ties to a person: a title before the name, or a description in apposition. */
export function buildRoleTable(text: string, mentions: ResolvedMention[]): RoleTie[] {
  const ties: RoleTie[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    // A title the entity pass kept inside the mention ("Gov. Mike Pence") continues the one before it ("Indiana").
    const inside = /^(?:(?:\p{Lu}\p{Ll}{1,3}\.|[\p{L}-]+)\s+)+/u.exec(text.slice(m.start, m.end))?.[0] ?? '';
    const lead = inside.split(/\s+/).filter(Boolean);
    const kept = lead.slice(0, lead.findIndex((w) => !/^\p{Lu}\p{Ll}{1,3}\.$/u.test(w) && !ROLE_NOUNS.has(canonical(w))) >>> 0);
    const before = [...titleBefore(text, m.start), ...kept];
    for (const words of [before, appositionAfter(text, m.end), appositionBefore(text, m.start)]) {
      const role = words.length > 0 ? roleOf(words) : null;
      if (role) ties.push({ entityId: m.entityId, ...role });
    }
  }
  return ties;
}

/**
 * The person a description stands for ("the Indiana governor", "the former secretary of state"): the one person
 * the document tied to a role with the same head and every word of the description, or null when none or
 * several are. A bare "counterpart" is relative to whoever "his" is, so it resolves only with a qualifier; "former"
 * picks the one the document calls former.
 */
export function resolveRole(ties: RoleTie[], description: string): string | null {
  const role = roleOf(description.split(/\s+/));
  if (!role || (role.head === 'counterpart' && role.words.size < 2)) return null;
  const fits = (t: RoleTie) => [...role.words].every((w) => t.words.has(w)) && [...t.words].every((w) => !OTHER_ROLE.has(w) || role.words.has(w));
  const fitting = ties.filter((t) => t.head === role.head && fits(t));
  // "the former secretary of state" is the one the article calls former, when it calls one so.
  const sameTime = fitting.filter((t) => t.former === role.former);
  const ids = new Set((sameTime.length > 0 ? sameTime : fitting).map((t) => t.entityId));
  return ids.size === 1 ? [...ids][0] : null;
}
