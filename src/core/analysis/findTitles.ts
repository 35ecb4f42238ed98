import type { NameCandidate, TitleReference, TitleTie } from './candidates';
import { TITLE_DOMAINS, TITLE_WORDS } from './lexicon';
import { isDemonym, nationalityKey } from './places';
import { lower } from './tokenTests';
import type { Tokens } from './tokenize';

/** Titles too vague to stand for one person on their own ("the head", "the official"). */
const VAGUE = new Set(['head', 'chief', 'leader', 'boss', 'counterpart', 'diplomat', 'officer', 'manager', 'editor', 'founder', 'deputy', 'director', 'general', 'major', 'justice', 'chair', 'speaker', 'representative', 'captain', 'coach', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'judge', 'minister', 'secretary', 'advisor', 'adviser', 'envoy', 'ambassador', 'commander']);

const SYNONYMS: Record<string, string> = { 'state head': 'president', defence: 'defense', adviser: 'advisor', spokeswoman: 'spokesman', spokesperson: 'spokesman' };

/** The comparable form of a title: "Minister of Foreign Affairs" and "Foreign Minister" both give "foreign minister". */
export function normalizeTitle(words: string[]): string {
  let w = words.map((x) => SYNONYMS[x.toLowerCase()] ?? x.toLowerCase()).filter((x) => x !== 'the' && x !== 'affairs');
  const of = w.indexOf('of');
  if (of > 0) w = [...w.slice(of + 1), ...w.slice(0, of)];
  const title = w.join(' ');
  return SYNONYMS[title] ?? title;
}

/** Title ties and definite title references found in one document. */
export interface TitleScan {
  ties: TitleTie[];
  references: TitleReference[];
}

/** Finds titles: those tied to a following name, and definite ones standing in for a name. */
export function findTitles(tokens: Tokens, candidates: NameCandidate[]): TitleScan {
  const owner = new Int32Array(tokens.text.length).fill(-1);
  const starts = new Map<number, number>();
  candidates.forEach((c, index) => starts.set(c.start, index));
  let c = 0;
  for (let i = 0; i < tokens.text.length; i++) {
    while (c < candidates.length && candidates[c].end <= tokens.start[i]) c++;
    if (c < candidates.length && candidates[c].start <= tokens.start[i]) owner[i] = c;
  }
  const scan: TitleScan = { ties: [], references: [] };
  for (let i = 0; i < tokens.text.length; i++) {
    if (owner[i] >= 0 || !TITLE_WORDS.has(lower(tokens, i))) continue;
    i = readTitle(tokens, i, owner, starts, candidates, scan);
  }
  return scan;
}

function readTitle(tokens: Tokens, i: number, owner: Int32Array, starts: Map<number, number>, candidates: NameCandidate[], scan: TitleScan): number {
  const free = (k: number) => k >= 0 && k < tokens.text.length && owner[k] < 0;
  let s = i;
  while (free(s - 1) && TITLE_DOMAINS.has(lower(tokens, s - 1))) s--;
  let e = i;
  for (;;) {
    const next = lower(tokens, e + 1);
    if (free(e + 1) && (TITLE_WORDS.has(next) || TITLE_DOMAINS.has(next))) e++;
    else if (next === 'of' && free(e + 2) && TITLE_DOMAINS.has(lower(tokens, e + 2))) e += 2;
    else break;
  }
  const { qualifier, from } = readQualifier(tokens, s, owner, candidates);
  const title = normalizeTitle(tokens.text.slice(s, e + 1));
  const named = tiedName(tokens, e, starts) ?? namedBefore(tokens, from, e, owner, candidates);
  if (named >= 0 && (candidates[named].hint === null || candidates[named].hint === 'person')) {
    candidates[named].personCue = true;
    scan.ties.push({ title, qualifier, candidate: named });
  } else if (lower(tokens, from - 1) === 'the' && (e > s || !VAGUE.has(title))) {
    scan.references.push({ start: tokens.start[from], end: tokens.end[e], title, qualifier });
  }
  return e;
}

function readQualifier(tokens: Tokens, s: number, owner: Int32Array, candidates: NameCandidate[]): { qualifier: string; from: number } {
  const q = s - 1;
  if (q < 0) return { qualifier: '', from: s };
  if (owner[q] >= 0) {
    const c = candidates[owner[q]];
    if (c.end !== tokens.end[q] || c.hint === 'person') return { qualifier: '', from: s };
    const firstToken = tokens.start.indexOf(c.start, Math.max(0, q - 8));
    return { qualifier: c.placeKey ?? c.words.join(' ').toLowerCase(), from: firstToken >= 0 ? firstToken : q };
  }
  if (isDemonym(tokens.text[q])) return { qualifier: nationalityKey(tokens.text[q]), from: q };
  return { qualifier: '', from: s };
}

// A name right after the title ("Foreign Minister X") or in apposition ("the foreign minister, X,").
function tiedName(tokens: Tokens, e: number, starts: Map<number, number>): number | undefined {
  const direct = starts.get(tokens.start[e + 1] ?? -1);
  if (direct !== undefined) return direct;
  if (tokens.text[e + 1] !== ',') return undefined;
  return starts.get(tokens.start[e + 2] ?? -1);
}

const HOLDS = new Set(['has', 'had', 'holds', 'held', 'bears', 'bore']);
const CLAUSE_END = new Set([',', '.', ';', ':', ')']);

// A name before the title: "X has the title of Y" or "X, the Y," where the title closes the phrase
// (so "X, the president of a club" is not read as a title of X).
function namedBefore(tokens: Tokens, from: number, e: number, owner: Int32Array, candidates: NameCandidate[]): number {
  const at = (k: number) => lower(tokens, k);
  let k = from - 1;
  if (at(k) === 'of' && at(k - 1) === 'title' && at(k - 2) === 'the' && HOLDS.has(at(k - 3))) k -= 4;
  else if (at(k) === 'the' && tokens.text[k - 1] === ',' && (e + 1 >= tokens.text.length || CLAUSE_END.has(tokens.text[e + 1]))) k -= 2;
  else return -1;
  const c = k >= 0 ? owner[k] : -1;
  return c >= 0 && candidates[c].end === tokens.end[k] ? c : -1;
}
