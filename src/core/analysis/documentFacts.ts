import type { DocumentEntities } from './candidates';
import { extractEntities } from './extractEntities';
import { tokenize } from './tokenize';
import { extractTerms, internTerms, type DocumentTerms } from './topicTerms';
import { holdNameWords } from './findNames';
import { findQuotations, localTokens, type LocalTokens, type QuoteSpan } from '../quotes';

/**
 * Everything the engine reads from one document on its own, before any corpus-wide step: plain
 * data (arrays, objects and Maps), so it can be cached on disk or computed in another thread.
 */
export interface DocumentFacts {
  entities: DocumentEntities;
  terms: DocumentTerms;
  quotes: QuoteSpan[];
  /** The words the quotation linker compares, numbered within the document. */
  linkTokens: LocalTokens;
}

/** Analyses one document alone; the result depends only on the text, never on other documents. */
export function analyseDocument(text: string): DocumentFacts {
  // The tokens are dropped once the compact per-document data is taken from them.
  const tokens = tokenize(text);
  const entities = extractEntities(tokens);
  return { entities, terms: extractTerms(tokens), quotes: findQuotations(text), linkTokens: localTokens(text) };
}

/**
 * Gives facts that arrived from elsewhere (another thread, a cache) the strings this thread already
 * holds for their words and phrases, as `analyseDocument` does: a copy holds each document's apart.
 */
export function holdStrings(facts: DocumentFacts): DocumentFacts {
  internTerms(facts.terms);
  holdNameWords(facts.entities.candidates);
  return facts;
}
