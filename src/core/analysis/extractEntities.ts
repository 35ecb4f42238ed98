import type { DocumentEntities } from './candidates';
import { findNames } from './findNames';
import { findTitles } from './findTitles';
import type { Tokens } from './tokenize';

/** Finds one document's names, title ties and title references from its tokens; no corpus knowledge needed. */
export function extractEntities(tokens: Tokens): DocumentEntities {
  const { candidates, acronyms } = findNames(tokens);
  const { ties, references } = findTitles(tokens, candidates);
  return { candidates, ties, references, acronyms };
}
