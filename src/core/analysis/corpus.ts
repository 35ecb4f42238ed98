import type { CorpusAnalysis } from './model';

/**
 * A corpus of documents analysed incrementally: set or remove one document, then read the analysis.
 * Scaffold: it records documents only until the analysis engine fills it in.
 */
export class Corpus {
  private readonly texts = new Map<string, string>();

  /** Adds or replaces a document (path relative to the corpus root). */
  setDocument(path: string, text: string): void {
    this.texts.set(path, text);
  }

  /** Forgets a document. */
  removeDocument(path: string): void {
    this.texts.delete(path);
  }

  /** The analysis of every document currently in the corpus, sorted by path. */
  analysis(): CorpusAnalysis {
    const documents = [...this.texts].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => ({ path, length: text.length }));
    return { documents, entities: [], topics: [], quotes: [], clusters: [] };
  }
}
