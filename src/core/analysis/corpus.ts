import type { DocumentEntities } from './candidates';
import { extractEntities } from './extractEntities';
import { linkEntities, type LinkedEntities } from './linkEntities';
import type { CorpusAnalysis, Topic } from './model';
import { buildQuotes, type QuoteState } from './buildQuotes';
import { tokenize } from './tokenize';
import { extractTerms, normalizeWord, type DocumentTerms } from './topicTerms';
import { selectTopics, topicPassages, type TopicDefinition, type TopicModel } from './findTopics';
import { QuoteLinker, findQuotations, type QuoteSpan } from '../quotes';

/** Settings a corpus is created with; plain data so the corpus can live in a worker thread. */
export interface CorpusOptions {
  /** User-defined topics that refine the derived ones (see `parseTopicList`). */
  topics?: TopicDefinition[];
}

interface DocumentState {
  text: string;
  entities: DocumentEntities;
  terms: DocumentTerms;
  quotes: QuoteSpan[];
}

/**
 * A corpus of documents analysed incrementally: each document is tokenised and scanned once when
 * it is set; `analysis()` merges the cached per-document results and reuses its last answer while
 * nothing changed.
 */
export class Corpus {
  private readonly docs = new Map<string, DocumentState>();
  private readonly linker = new QuoteLinker();
  private readonly quoteState: QuoteState = { attributed: new Map() };
  private cached: CorpusAnalysis | undefined;
  private topicModels: TopicModel[] | undefined;
  private topicDocCount = 0;

  constructor(private readonly options: CorpusOptions = {}) {}

  /** Adds or replaces a document (path relative to the corpus root). */
  setDocument(path: string, text: string): void {
    if (this.docs.get(path)?.text === text) return;
    const tokens = tokenize(text);
    this.docs.set(path, { text, entities: extractEntities(tokens), terms: extractTerms(tokens), quotes: findQuotations(text) });
    this.changed();
  }

  /** Forgets a document. */
  removeDocument(path: string): void {
    if (!this.docs.delete(path)) return;
    this.linker.removeDocument(path);
    this.quoteState.attributed.delete(path);
    this.changed();
  }

  /** The analysis of every document currently in the corpus, sorted by path. */
  analysis(): CorpusAnalysis {
    if (this.cached) return this.cached;
    const paths = [...this.docs.keys()].sort();
    const docs = paths.map((path) => ({ path, ...this.docs.get(path)! }));
    const linked: LinkedEntities = linkEntities(docs);
    const { quotes, clusters } = buildQuotes(docs, linked.mentionsByDoc, this.linker, this.quoteState);
    const topics = this.findTopics(docs, linked);
    this.cached = {
      documents: docs.map((d) => ({ path: d.path, length: d.text.length })),
      entities: linked.entities,
      topics,
      quotes,
      clusters,
    };
    return this.cached;
  }

  // Choosing topics looks at the whole corpus; an edit to one document keeps the choice and only
  // refreshes passages, and the choice is remade once the number of documents moves by a tenth.
  private findTopics(docs: { path: string; text: string; terms: DocumentTerms }[], linked: LinkedEntities): Topic[] {
    if (!this.topicModels || Math.abs(docs.length - this.topicDocCount) > this.topicDocCount / 10) {
      const people = new Set<string>();
      for (const e of linked.entities) if (e.type === 'person') for (const w of e.name.split(' ')) people.add(normalizeWord(w));
      this.topicModels = selectTopics(docs, this.options.topics ?? [], people);
      this.topicDocCount = docs.length;
    }
    return topicPassages(this.topicModels, docs);
  }

  private changed(): void {
    this.cached = undefined;
  }
}
