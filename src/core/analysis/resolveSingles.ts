import type { DocumentEntities, NameCandidate } from './candidates';
import { CountIndex } from './CountIndex';
import { isGivenName } from './givenNames';
import { looksLikeSurname } from './nameShape';
import { isDictionaryWord } from './tokenize';
import { nameKey } from './tokenTests';
import { joinShortForms } from './shortForms';
import { ORG_HEADS } from './lexicon';
import type { EntityType } from './model';

/** A candidate's entity key and type once resolved; undefined when it is not kept. */
export type Resolution = { key: string; type: EntityType } | undefined;

/** The corpus-wide answers single words are resolved against; the linker records each question asked. */
export interface CorpusLookup {
  /** The organisation key an acronym was defined for somewhere in the corpus. */
  acronym(word: string): string | undefined;
  /** The person key most often written with this word as last name (Western order). */
  lastName(word: string): string | undefined;
  /** The person nearly all of the corpus's full names opening with this given name are ("Paula" Radcliffe). */
  firstName(word: string): string | undefined;
  /** True when some organisation or product name of the corpus begins with this word ("X Corporation"). */
  opensOrganization(word: string): boolean;
  /** The place some name of the corpus keys by this foreign word ("Diaoyutai" of "Diaoyutai Gardens"). */
  foreignPlace(word: string): string | undefined;
  /** The person the corpus writes in full with this last name more often than anyone else, if one is. */
  surnameLeader(word: string): string | undefined;
}

/** Calls `visit` with the last and first word of every full person name among a document's direct keys. */
export function forEachPersonName(keys: Resolution[], visit: (position: 'last' | 'first', word: string, key: string) => void): void {
  for (const r of keys) {
    if (r?.type !== 'person') continue;
    const words = r.key.slice('person:'.length).split(' ');
    if (words.length < 2) continue;
    const [first, last] = [words[0], words[words.length - 1]];
    // "Debate Bernie" (a headline's verb run into a given name) offers no surname: a common word
    // before a given name is nobody's full name, and "Bernie" alone elsewhere is not its bearer.
    if (!(givenName(last) && !givenName(first) && isDictionaryWord(first))) visit('last', last, r.key);
    visit('first', first, r.key);
  }
}

const givenName = (word: string) => isGivenName(word.charAt(0).toUpperCase() + word.slice(1));

/** Calls `visit` with the first word of every multi-word organisation name among a document's direct keys. */
export function forEachOrganizationOpening(keys: Resolution[], visit: (word: string) => void): void {
  for (const r of keys) {
    if (r?.type !== 'organization') continue;
    const words = r.key.slice('organization:'.length).split(' ');
    if (words.length > 1) visit(words[0]);
  }
}

/** Calls `visit` with each acronym a document defines for an organisation ("Name (ACR)"). */
export function forEachAcronym(entities: DocumentEntities, direct: Resolution[], visit: (acronym: string, key: string) => void): void {
  for (const a of entities.acronyms) {
    const r = direct[a.candidate];
    if (r?.type === 'organization') visit(a.acronym.toLowerCase(), r.key);
  }
}

interface PeopleLookup {
  last(word: string): string | undefined;
  first(word: string): string | undefined;
}

function findPerson(word: string, people: PeopleLookup): string | undefined {
  return people.last(word) ?? people.first(word) ?? (word.endsWith('s') ? people.last(word.slice(0, -1)) : undefined);
}

/**
 * Resolves one document's candidates: names typed on their own keep their key; a single word goes to
 * a person of the same document, then an acronym or a person of the corpus, then its own evidence.
 */
export function resolveSingles(entities: DocumentEntities, direct: Resolution[], corpus: CorpusLookup): Resolution[] {
  const firstNames = new CountIndex();
  forEachPersonName(direct, (position, word, key) => {
    if (position === 'first') firstNames.add(word, key, 1);
  });
  // A first name stands for a person only within the document that wrote the full name, and never
  // when the word also opens an organisation's name: "X" after "X Word" and "X Windows" is the firm.
  const surnames = surnamesByPosition(entities.candidates, direct);
  let at = 0;
  const localPeople: PeopleLookup = { last: (w) => surnameOwner(surnames.get(w), at, () => corpus.surnameLeader(w)), first: (w) => (corpus.opensOrganization(w) ? undefined : firstNames.best(w)) };
  // Across the corpus a given name alone is the one person nearly every full name with it is.
  const corpusPeople: PeopleLookup = { last: (w) => corpus.lastName(w), first: (w) => (givenName(w) && !isDictionaryWord(w) && !corpus.opensOrganization(w) ? corpus.firstName(w) : undefined) };
  const heads = organizationHeads(direct);
  const written = timesWritten(entities.candidates);
  const resolved = entities.candidates.map((c, ci) => {
    const word = nameKey(c.words[0]);
    at = c.start;
    const defined = c.words.length === 1 ? corpus.acronym(word) : undefined;
    if (defined) return { key: defined, type: 'organization' as const };
    if (c.words.length === 1) {
      // "Valeska Paris ... Paris said": a place's name that is the surname of someone the document
      // names, with nothing saying place around it, is that person.
      const person = c.hint === 'place' && !c.placeCue && !c.placeKey?.startsWith('country:') ? surnameOwner(surnames.get(word), at) : undefined;
      if (person) return { key: person, type: 'person' as const };
      // "the Church" after "the Church of X": an organisation's head word alone is that organisation.
      const org = ORG_HEADS.has(word) ? heads.only(word) : undefined;
      if (org) return { key: org, type: 'organization' as const };
    }
    return direct[ci] ?? resolveWord(c, localPeople, corpusPeople, corpus, written.get(word) ?? 0);
  });
  return joinShortForms(entities.candidates, agreeWithinDocument(entities.candidates, direct, resolved));
}

// Where the document writes each person's last name in full: "whitman" -> [[start, "person:walt whitman"]].
function surnamesByPosition(candidates: NameCandidate[], direct: Resolution[]): Map<string, [number, string][]> {
  const out = new Map<string, [number, string][]>();
  candidates.forEach((c, i) => {
    const r = direct[i];
    if (r?.type !== 'person') return;
    const words = r.key.slice('person:'.length).split(' ');
    if (words.length < 2) return;
    const last = words[words.length - 1];
    let list = out.get(last);
    if (!list) out.set(last, (list = []));
    list.push([c.start, r.key]);
  });
  return out;
}

// A surname stands for the person the document names in full most often; between two named as
// often, for the one the corpus names most with it ("Bill Clinton" once, "Hillary Clinton" once, then
// "Clinton" is Hillary across a campaign's coverage), else for the one last named before it ("Ann
// Reyes ... Luis Reyes ... Reyes" is Luis).
function surnameOwner(list: [number, string][] | undefined, at: number, corpusBest?: () => string | undefined): string | undefined {
  if (!list) return undefined;
  const counts = new Map<string, number>();
  for (const [, k] of list) counts.set(k, (counts.get(k) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const tied = [...counts.keys()].filter((k) => counts.get(k) === top);
  const best = tied.length > 1 ? corpusBest?.() : undefined;
  if (best && tied.includes(best)) return best;
  let key: string | undefined;
  for (const [start, k] of list) if (counts.get(k) === top && (key === undefined || start < at)) key = k;
  return key;
}

// The document's organisations by each head word they hold ("church" -> "church of x").
function organizationHeads(direct: Resolution[]): CountIndex {
  const heads = new CountIndex('only');
  for (const r of direct) {
    if (r?.type !== 'organization') continue;
    const words = r.key.slice('organization:'.length).split(' ');
    if (words.length > 1) for (const w of words) if (ORG_HEADS.has(w)) heads.add(w, r.key, 1);
  }
  return heads;
}

// One name, one entity within a document: a single word typed only by weak evidence (a place
// preposition, no evidence at all, or left out as a modifier: "the X organization") takes the key
// the document gives the same word most often; names typed by head words or the gazetteer keep theirs.
function agreeWithinDocument(candidates: NameCandidate[], direct: Resolution[], resolved: Resolution[]): Resolution[] {
  const votes = new Map<string, CountIndex>();
  candidates.forEach((c, i) => {
    const r = resolved[i];
    if (!r || c.words.length !== 1 || c.initial) return;
    const word = nameKey(c.words[0]);
    let index = votes.get(word);
    if (!index) votes.set(word, (index = new CountIndex()));
    index.add(word, `${r.type} ${r.key}`, 1);
  });
  return resolved.map((r, i) => {
    const c = candidates[i];
    if (c.words.length !== 1 || c.hint === 'place' || c.hint === 'organization' || (r && direct[i])) return r;
    const word = nameKey(c.words[0]);
    const best = votes.get(word)?.best(word);
    if (!best || (r && r.type === 'person')) return r;
    const [type, key] = [best.slice(0, best.indexOf(' ')), best.slice(best.indexOf(' ') + 1)];
    return { key, type: type as EntityType };
  });
}

// How often the document writes each single-word name in mid-sentence without "the" before it
// ("on Twitter", not "the Poet").
function timesWritten(candidates: NameCandidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.words.length !== 1 || c.initial || c.definite) continue;
    const word = nameKey(c.words[0]);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function resolveWord(c: NameCandidate, local: PeopleLookup, corpus: PeopleLookup, lookup: CorpusLookup, written: number): Resolution {
  const word = nameKey(c.words[0]);
  const person = findPerson(word, local);
  if (person) return { key: person, type: 'person' };
  if (c.hint === 'place') return { key: c.placeKey ?? `place:${word}`, type: 'place' };
  const org = lookup.acronym(word);
  if (org) return { key: org, type: 'organization' };
  if (c.hint === 'organization') return { key: `organization:${word}`, type: 'organization' };
  // "the X chairman": a word a role follows names a club or a firm, not a person met elsewhere.
  const famous = c.orgCue ? undefined : findPerson(word, corpus);
  if (famous && (c.personCue || !c.placeCue)) return { key: famous, type: 'person' };
  if (c.personCue) return { key: `person:${word}`, type: 'person' };
  // "in Ants" beside "the ants": a preposition alone does not make a common word of the document a place.
  if (c.placeCue && !(c.dictionary && c.writtenLower && written < DICTIONARY_NAME_TIMES)) return { key: `place:${word}`, type: 'place' };
  // "the Diaoyutai diplomatic compound": a word left out here that keys a place elsewhere, as the foreign word
  // of "Diaoyutai Gardens" does, names that place.
  const r = unknownWord(c, word, written);
  const place = r ? undefined : lookup.foreignPlace(word);
  return place ? { key: place, type: 'place' } : r;
}

/** How often a dictionary word must be written as a name in mid-sentence before it counts as one. */
const DICTIONARY_NAME_TIMES = 3;

// A lone capitalised word with no typing evidence is an organisation only if nothing says
// otherwise: a word modifying a noun ("X minority") is a creed or nationality, a plural is a group
// of people ("the Xs"), a word alone on its line is a heading, and a word the tagger reads as a
// common word is capitalised for emphasis; those are left out. A given name alone is a person,
// and so is one that speaks.
function unknownWord(c: NameCandidate, word: string, written: number): Resolution {
  if (c.orgCue) return { key: `organization:${word}`, type: 'organization' };
  // A common word capitalised for emphasis or by its place ("History", "Despite") names nothing.
  if (c.modifier || c.heading || c.common || /[^su]s$/.test(word)) return undefined;
  // "John": a given name alone, with nothing else saying what it names, is someone's.
  if (isGivenName(c.words[0])) return { key: `person:${word}`, type: 'person' };
  // A dictionary word with nothing else saying name ("Pride", "Survival") is a common word
  // capitalised, unless the document keeps writing it as a name ("Twitter" again and again).
  if (c.dictionary && written < DICTIONARY_NAME_TIMES && !c.addressed) return undefined;
  // "Gorbachev", "Dostoyevsky": a word with a surname's ending is a person named alone.
  if (c.speaks || (!c.dictionary && looksLikeSurname(c.words[0]))) return { key: `person:${word}`, type: 'person' };
  return { key: `organization:${word}`, type: 'organization' };
}
