import type { AcronymDefinition, NameCandidate } from './candidates';
import { findAcronym, hasAcronym } from './acronyms';
import { isGivenName } from './givenNames';
import { dropCommonPhrases } from './commonPhrases';
import { shareOrganizationCues, sharePersonUse, shareTeamUse } from './sharedCues';
import { namesInHeadline, titleCaseLines } from './headlines';
import { EVENT_HEADS, EVENT_OPENERS, OFFICE_BUILDINGS, TERM_TAILS, GROUP_PLURALS, HONORIFICS, NEVER_NAMES, NOT_GIVEN_NAMES, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, SPEECH_VERBS, TITLE_DOMAINS, TITLE_WORDS } from './lexicon';
import { isNationality, looksLikeThingName } from './nameShape';
import { isDemonym, lookupPlace } from './places';
import { aloneOnLine, credited, modifiesNoun, orgCue, placeCue, startsClause, writesLowerCase } from './nameContext';
import { splitQualifiers } from './runBoundaries';
import { tokensSlice, typeFromHeads } from './headTypes';
import { afterPossessive, CRAFT_KINDS, namesThing } from './thingCues';
import { isAcronym, isCapitalised, lower, opensSentence, touching } from './tokenTests';
import { isDictionaryWord, type Tokens } from './tokenize';
import { Interner } from './interner';

// A name's words recur across documents ("Blair", "Labour"): each is held once, not once per mention.
const names = new Interner();

/** Gives candidates that arrived from elsewhere (another thread, a cache) the held copies of their words. */
export function holdNameWords(candidates: NameCandidate[]): void {
  for (const c of candidates) c.words = c.words.map((w) => names.of(w));
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'di', 'du', 'la', 'le', 'del']);
const POSSESSIVES = new Set(['’s', "'s"]);
// "I'm", "We're", "You'll": a capitalised contraction opens a clause, not a name.
const CONTRACTION = /^\p{Lu}\p{Ll}*['’](?:m|re|ve|ll|d)$/u;
const MID_SENTENCE_TAGS = new Set(['NOUN', 'ADJ', 'VERB', 'X', 'NUM', 'ADV', 'ADP', 'SYM']);

/** Names found in one document plus the acronyms it defines; candidates are in text order. */
export interface NameScan {
  candidates: NameCandidate[];
  acronyms: AcronymDefinition[];
}

function isNameToken(tokens: Tokens, i: number): boolean {
  const word = tokens.text[i];
  if (!isCapitalised(word)) return false;
  const low = word.toLowerCase();
  if (NEVER_NAMES.has(low) || HONORIFICS.has(low) || CONTRACTION.test(word)) return false;
  if (tokens.pos[i] === 'PROPN') return true;
  // A capital letter in mid-sentence marks a name whatever the tagger guessed.
  return MID_SENTENCE_TAGS.has(tokens.pos[i]) && !opensSentence(tokens, i);
}

function hasHead(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = lower(tokens, k);
    if (TITLE_WORDS.has(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w)) return true;
  }
  return false;
}

/** Whether the run [first, j - 1] continues through token j into the name token j + 1. */
function joins(tokens: Tokens, first: number, j: number): boolean {
  if (j + 1 >= tokens.text.length || !isNameToken(tokens, j + 1)) return false;
  const w = lower(tokens, j);
  if (w === '-' || w === '&') return touching(tokens, j - 1) && touching(tokens, j) || w === '&';
  if (w === 'of') return hasHead(tokens, first, j - 1) || ofThing(tokens, first, j);
  if (POSSESSIVES.has(w)) return ORG_HEADS.has(lower(tokens, j + 1)) || PLACE_HEADS.has(lower(tokens, j + 1));
  if (w === '.') return strayStop(tokens, j);
  return PARTICLES.has(w) && tokens.text[j] === w;
}

/** The run's words as written, but for a stray full stop inside it ("Gina. Raimondo"), which only `strayStop` lets in. */
function nameText(tokens: Tokens, first: number, last: number): string {
  let out = tokens.text[first];
  for (let k = first + 1; k <= last; k++) if (tokens.text[k] !== '.') out += (tokens.start[k] > tokens.end[k - 1] ? ' ' : '') + tokens.text[k];
  return out;
}

/**
 * "Commerce Secretary Gina. Raimondo.": a full stop typed between a titled given name and the surname
 * that ends the sentence is a slip, not the end of a sentence of one word.
 */
function strayStop(tokens: Tokens, j: number): boolean {
  const given = tokens.text[j - 1];
  const surname = tokens.text[j + 1];
  return touching(tokens, j - 1) && !touching(tokens, j) && TITLE_WORDS.has(lower(tokens, j - 2)) && isGivenName(given) && !isDictionaryWord(given) && !isDictionaryWord(surname) && /^[.,;]?$/.test(tokens.text[j + 2] ?? '');
}

// "Chambers of Commerce": a group or thing name continues through "of", a known place does not.
function ofThing(tokens: Tokens, first: number, of: number): boolean {
  const before = tokens.text.slice(first, of);
  return before.length > 1 && looksLikeThingName(before) && !lookupPlace(before.join(' '));
}

/** Scans a document's tokens for runs of capitalised words and splits titles off the names. */
export function findNames(tokens: Tokens): NameScan {
  const scan: NameScan = { candidates: [], acronyms: [] };
  const n = tokens.text.length;
  const headline = titleCaseLines(tokens);
  const headlineRuns: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!isNameToken(tokens, i)) continue;
    let last = i;
    while (last + 1 < n) {
      if (isNameToken(tokens, last + 1)) last++;
      else if (joins(tokens, i, last + 1)) last += 2;
      else break;
    }
    // "M.Sc", "Dr.Who": an honorific touching the word after it is part of an abbreviation.
    const honorific = i > 0 && HONORIFICS.has(lower(tokens, i - 1)) && !touching(tokens, i - 1) ? i - 1 : -1;
    if (headline[i]) headlineRuns.push([i, last]);
    else {
      splitRun(tokens, i, last, honorific, scan);
      findAcronym(tokens, i, last, scan);
    }
    i = last;
  }
  if (headlineRuns.length > 0) readHeadlines(tokens, headlineRuns, scan);
  shareOrganizationCues(tokens, scan.candidates);
  sharePersonUse(scan.candidates);
  shareTeamUse(tokens, scan.candidates);
  return dropCommonPhrases(scan);
}

// A title-case line keeps only the names the rest of the document writes (whole, or a person's
// surname) and known places; its other capitalised words are the headline's style.
function readHeadlines(tokens: Tokens, runs: [number, number][], scan: NameScan): void {
  const known = new Set<string>();
  for (const c of scan.candidates) {
    known.add(c.words.join(' ').toLowerCase());
    if (c.words.length > 1 && c.hint !== 'organization' && c.hint !== 'place') known.add(c.words[c.words.length - 1].toLowerCase());
  }
  const body = scan.candidates;
  scan.candidates = [];
  for (const [first, last] of runs) {
    const accepts = (from: number, to: number) => known.has(tokensSlice(tokens, from, to).toLowerCase()) || lookupPlace(tokensSlice(tokens, from, to)) !== undefined;
    for (const [a, b] of namesInHeadline(first, last, accepts)) emit(tokens, a, b, -1, scan);
  }
  const merged = body.concat(scan.candidates).sort((x, y) => x.start - y.start);
  const at = new Map(merged.map((c, k) => [c, k]));
  scan.acronyms = scan.acronyms.map((a) => ({ acronym: a.acronym, candidate: at.get(body[a.candidate])! }));
  scan.candidates = merged;
}

function splitRun(tokens: Tokens, first: number, last: number, honorific: number, scan: NameScan): void {
  const head = lower(tokens, last);
  // An event has no acronym of its own in brackets; an organisation named like one does ("X Conference (XC)").
  if ((EVENT_HEADS.has(head) && !hasAcronym(tokens, first, last)) || (first < last && EVENT_OPENERS.has(lower(tokens, first)))) return;
  const parts = splitQualifiers(tokens, first, last);
  if (parts) {
    for (const [a, b] of parts) splitRun(tokens, a, b, a === first ? honorific : -1, scan);
    return;
  }
  // "Tories Ken Clarke", "Lib Dems X": a group noun run into a name ends a name of its own.
  const group = honorific < 0 ? [first, first + 1].find((k) => k + 2 <= last && isGroupWord(tokens.text[k]) && !tokens.text.slice(k, last + 1).includes('of')) : undefined;
  if (group !== undefined) {
    emit(tokens, first, group, -1, scan);
    return splitRun(tokens, group + 1, last, -1, scan);
  }
  // "Australian Lynton Crosby", "Pakistani Muslim": a nationality word describes the name after it.
  if (first < last && honorific < 0 && isNationality(tokens.text[first]) && typeFromHeads(tokens, first, last, false) === null && !hasAcronym(tokens, first, last)) {
    return splitRun(tokens, first + 1, last, -1, scan);
  }
  // "Lord Chief Justice", "Mr Justice X": an honorific before a title belongs to the title.
  if (honorific >= 0 && TITLE_WORDS.has(lower(tokens, first))) honorific = -1;
  // "Department Asia": an organisation followed by the region it covers names both.
  if (last > first && lookupPlace(tokens.text[last]) && ORG_HEADS.has(lower(tokens, last - 1))) {
    emit(tokens, first, last - 1, honorific, scan);
    return emit(tokens, last, last, -1, scan);
  }
  // "Mets Poet", "Herald Columnist": a role noun ending a run is held in the group the run names;
  // after a given name it is a surname ("Paul Singer"), and "X Writer" stays whole, a product.
  if (honorific < 0 && last > first && MEMBER_OF.has(head) && !isGivenName(tokens.text[first]) && !TITLE_WORDS.has(lower(tokens, last - 1)) && !TITLE_DOMAINS.has(lower(tokens, last - 1))) {
    const before = scan.candidates.length;
    emit(tokens, first, last - 1, -1, scan);
    for (let k = before; k < scan.candidates.length; k++) if (!scan.candidates[k].hint) scan.candidates[k].hint = 'organization';
    return;
  }
  // "Spacecraft Stardust": a kind of craft written before a one-word name says the name is a thing's.
  if (honorific < 0 && last === first + 1 && CRAFT_KINDS.has(lower(tokens, first))) {
    const before = scan.candidates.length;
    emit(tokens, first + 1, last, -1, scan);
    for (let k = before; k < scan.candidates.length; k++) scan.candidates[k].thing = true;
    return;
  }
  const title = honorific < 0 && !ORG_HEADS.has(head) ? firstTitle(tokens, first, last) : -1;
  if (title < 0) return emit(tokens, first, last, honorific, scan);
  let end = title;
  while (end < last && (isTitleWord(lower(tokens, end + 1)) || TITLE_DOMAINS.has(lower(tokens, end + 1)) || lower(tokens, end + 1) === 'of')) end++;
  let start = title;
  while (start > first && TITLE_DOMAINS.has(lower(tokens, start - 1))) start--;
  if (start > first) emit(tokens, first, start - 1, -1, scan);
  if (end < last) emit(tokens, end + 1, last, -1, scan, true);
}

function isGroupWord(word: string): boolean {
  return GROUP_PLURALS.has(word.toLowerCase()) || /^\p{Lu}{2,}s$/u.test(word);
}

// A role noun is a title only before a name ("Biologist X"); at the end it names a thing ("X Writer").
function firstTitle(tokens: Tokens, first: number, last: number): number {
  for (let k = first; k <= last; k++) {
    const word = lower(tokens, k);
    if (TITLE_WORDS.has(word) || (ROLE_NOUNS.has(word) && k < last)) return k;
  }
  return -1;
}

/** Offices ("Senator") and roles ("Biologist") that a person's name follows. */
function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word);
}

function emit(tokens: Tokens, first: number, last: number, honorific: number, scan: NameScan, titled = false): void {
  const word = tokens.text[first];
  // A lone letter ("R" after a senator's name, "X" in "60 X") is never a name; "U.S." is, and so is a letter with a
  // number of one or two digits ("G20", "U2"; a longer number is mostly a product's code, "A350").
  if (first === last && (isDemonym(word) || ((word.match(/\p{L}/gu)?.length ?? 0) < 2 && !/^\p{Lu}\d{1,2}$/u.test(word)))) return;
  // "Marco Rubio of Florida": a person's name ends before the place they represent or come from.
  const of = ofPlace(tokens, first, last);
  if (of > 0) {
    emit(tokens, first, of - 1, honorific, scan, titled);
    return emit(tokens, of + 1, last, -1, scan);
  }
  // "South Korean" or "Sri Lankan" is a nationality adjective, not a name.
  if (first < last && /(?:an|ese|ish)$/.test(tokens.text[last]) && isDemonym(tokens.text[last])) return;
  // A run made only of title words ("Foreign Affairs" left over from "Minister of Foreign Affairs") names no one.
  // A building's name is no title's leftover, whatever its words ("White House").
  if (honorific < 0 && !(first < last && OFFICE_BUILDINGS.has(lower(tokens, last))) && tokens.text.slice(first, last + 1).every((w) => TITLE_WORDS.has(w.toLowerCase()) || TITLE_DOMAINS.has(w.toLowerCase()) || w === 'of')) return;
  if (splitPlaceCompound(tokens, first, last, scan)) return;
  // "GNU Free Document License", "Communist Manifesto": a licence, a text or a measure is no one's name.
  if (first < last && TERM_TAILS.has(lower(tokens, last))) return;
  const dictionary = first === last && isDictionaryWord(word);
  const start = tokens.start[honorific >= 0 ? honorific : first];
  const end = tokens.end[last];
  const name = nameText(tokens, first, last);
  // "D-Calif." is tokenised "Calif" and "."; the abbreviation is looked up with its dot.
  const place = lookupPlace(name) ?? (tokens.text[last + 1] === '.' && touching(tokens, last) ? lookupPlace(`${name}.`) : undefined);
  // A run of several words in capitals ("FULL TEXT") is a label or a shout unless it is a place.
  if (!place && first < last && tokens.text.slice(first, last + 1).every((w) => !/\p{Ll}/u.test(w))) return;
  const after = tokens.text[last + 1] ?? '';
  const cued = orgCue(tokens, first, last);
  const speaks = SPEECH_VERBS.has(lower(tokens, last + 1)) || (SPEECH_VERBS.has(lower(tokens, first - 1)) && /^[.,;]$/.test(after));
  scan.candidates.push({
    start,
    end,
    words: name.split(/\s+/).map((w) => names.of(w)),
    hint: place || hyphenatedPlace(name) ? 'place' : typeFromHeads(tokens, first, last, honorific >= 0 || titled),
    placeKey: place?.key,
    personCue: honorific >= 0 || titled,
    initial: first === last && honorific < 0 && !titled && startsClause(tokens, first),
    placeCue: placeCue(tokens, first, last),
    orgCue: cued,
    modifier: modifiesNoun(tokens, last),
    heading: aloneOnLine(tokens, first, last),
    pluralPossessive: /s$/.test(word) && (after === '’' || after === "'") && touching(tokens, last),
    common: first === last && tokens.pos[first] !== 'PROPN' && (startsClause(tokens, first) || writesLowerCase(tokens, word)),
    dictionary,
    writtenLower: first === last && writesLowerCase(tokens, word),
    definite: first === last && lower(tokens, first - 1) === 'the',
    label: dictionary && honorific < 0 && tokens.text[last + 1] === ':' && opensSentence(tokens, first),
    addressed: first === last && ADDRESSES.has(tokens.text[first - 1] ?? ''),
    speaks,
    credit: credited(tokens, first),
    thing: namesThing(tokens, first, last) || worksOf(tokens, first, last, scan.candidates),
    // "CIA Director X": an office after the acronym, capitalised or not, says it is an organisation.
    bare: first === last && honorific < 0 && !titled && !cued && !speaks && isAcronym(word) && !bracketsName(tokens, first) && !TITLE_WORDS.has(lower(tokens, last + 1)) && !credited(tokens, first),
  });
}

// "Lawrence Lessig's Free Culture": a name of common words after a person's possessive is their work.
function worksOf(tokens: Tokens, first: number, last: number, found: NameCandidate[]): boolean {
  const owner = found[found.length - 1];
  if (first === last || !afterPossessive(tokens, first) || owner?.end !== tokens.end[first - 2] || modifiesNoun(tokens, last)) return false;
  if (owner.words.length < 2 || owner.hint !== null || (isGivenName(tokens.text[first]) && !NOT_GIVEN_NAMES.has(lower(tokens, first)))) return false;
  return !hasHead(tokens, first, last) && !lookupPlace(tokensSlice(tokens, first, last));
}

// "Name (ACR)" or "ACR (Name)": brackets tie an acronym to a name even when its letters differ.
function bracketsName(tokens: Tokens, i: number): boolean {
  const before = OPEN_BRACKETS.has(tokens.text[i - 1] ?? '') && isCapitalised(tokens.text[i - 2] ?? '');
  return before || (OPEN_BRACKETS.has(tokens.text[i + 1] ?? '') && isCapitalised(tokens.text[i + 2] ?? ''));
}

const OPEN_BRACKETS = new Set(['(', '[']);

// The "of" of "X Y of Place" when X Y is a name without an organisation's or place's head word.
function ofPlace(tokens: Tokens, first: number, last: number): number {
  if (lookupPlace(tokensSlice(tokens, first, last))) return -1;
  for (let k = first + 1; k < last; k++) {
    if (tokens.text[k] !== 'of') continue;
    const before = tokensSlice(tokens, first, k - 1);
    if (!lookupPlace(tokensSlice(tokens, k + 1, last)) || lookupPlace(before) || hasHead(tokens, first, k - 1) || looksLikeThingName(tokens.text.slice(first, k))) return -1;
    return k;
  }
  return -1;
}

// "Asia-Pacific" or "Indo-Pacific": a hyphenated word built on a known place is a region.
function hyphenatedPlace(name: string): boolean {
  return !name.includes(' ') && name.includes('-') && name.split('-').some((part) => lookupPlace(part));
}

// Words before a name that a common word rarely follows capitalised: "on Twitter", "told Politico", "at Google".
const ADDRESSES = new Set(['on', 'at', 'to', 'from', 'via', 'told', 'joined', 'join']);

// Roles held within a team, a band or a newspaper, which a name before them belongs to.
const MEMBER_OF = new Set(['poet', 'columnist', 'correspondent', 'reporter', 'editor', 'singer', 'guitarist', 'drummer', 'striker', 'midfielder', 'goalkeeper', 'defender', 'coach', 'manager', 'captain']);

// A compound of places joined by hyphens ("Franco-German", "China-United States") names each place on its own.
function splitPlaceCompound(tokens: Tokens, first: number, last: number, scan: NameScan): boolean {
  if (first === last || tokens.text.slice(first, last + 1).indexOf('-') < 0) return false;
  const segments: [number, number][] = [];
  let from = first;
  for (let k = first; k <= last + 1; k++) {
    if (k <= last && tokens.text[k] !== '-') continue;
    if (k > from) segments.push([from, k - 1]);
    from = k + 1;
  }
  const places = segments.filter(([a, b]) => lookupPlace(tokensSlice(tokens, a, b)));
  const others = segments.filter(([a, b]) => a !== b || !(isDemonym(tokens.text[a]) || /^(?:Sino|Anglo|Franco|Euro)$/.test(tokens.text[a])));
  if (places.length < 2 && places.length !== others.length) return false;
  for (const [a, b] of places) emit(tokens, a, b, -1, scan);
  return true;
}
