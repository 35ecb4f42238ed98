import type { AcronymDefinition, NameCandidate } from './candidates';
import { isAcronym, isCapitalised } from './tokenTests';
import type { Tokens } from './tokenize';

/** The initials of a run's capitalised words ("Italian Episcopal Conference" -> "IEC"). */
function initials(words: readonly string[]): string {
  return words.filter((w) => isCapitalised(w)).map((w) => w[0]).join('');
}

// The same initials, or, for three letters or more, the same letters in another order: a name
// given in translation keeps its own language's acronym ("CEI (Italian Episcopal Conference)").
function abbreviates(acronym: string, letters: string): boolean {
  if (acronym === letters) return true;
  return acronym.length >= 3 && acronym.length === letters.length && [...acronym].sort().join('') === [...letters].sort().join('');
}

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);

// The acronym that brackets tie to the run [first, last]: "Name (ACR)" or "ACR (Name)", square brackets too.
function bracketedAcronym(tokens: Tokens, first: number, last: number): string | undefined {
  const after = OPEN.has(tokens.text[last + 1]) && CLOSE.has(tokens.text[last + 3]) ? tokens.text[last + 2] : undefined;
  // "ROS [Reactive Oxygen Species, the group of ...]": the words may end at a comma inside the brackets.
  const before = OPEN.has(tokens.text[first - 1]) && (CLOSE.has(tokens.text[last + 1]) || tokens.text[last + 1] === ',') ? tokens.text[first - 2] : undefined;
  const words = tokens.text.slice(first, last + 1);
  for (const acronym of [after, before]) if (acronym && isAcronym(acronym) && abbreviates(acronym, initials(words))) return acronym;
  return undefined;
}

/** True when brackets tie the run to its acronym, as organisations' names are ("Italian Episcopal Conference (CEI)"). */
export function hasAcronym(tokens: Tokens, first: number, last: number): boolean {
  return bracketedAcronym(tokens, first, last) !== undefined;
}

/** Records the acronym brackets tie to the candidate just found for the run [first, last]. */
export function findAcronym(tokens: Tokens, first: number, last: number, scan: { candidates: NameCandidate[]; acronyms: AcronymDefinition[] }): void {
  const index = scan.candidates.length - 1;
  const candidate = scan.candidates[index];
  if (!candidate || candidate.end !== tokens.end[last]) return;
  const acronym = bracketedAcronym(tokens, tokens.start[first] === candidate.start ? first : last - candidate.words.length + 1, last);
  if (acronym && abbreviates(acronym, initials(candidate.words))) scan.acronyms.push({ acronym, candidate: index });
}
