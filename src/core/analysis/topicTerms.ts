import type { Tokens } from './tokenize';

/** One document's key-phrase occurrences, grouped by sentence; plain data, cached per document. */
export interface DocumentTerms {
  sentences: { start: number; end: number; terms: string[] }[];
}

/** Collects a document's candidate key phrases sentence by sentence. */
export function extractTerms(tokens: Tokens): DocumentTerms {
  void tokens;
  return { sentences: [] };
}
