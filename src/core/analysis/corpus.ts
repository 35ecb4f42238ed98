import { analyseDocument, type DocumentFacts } from './documentFacts';
import { EntityLinker } from './EntityLinker';
import type { CorpusAnalysis, Entity } from './model';
import { QuoteBuilder } from './QuoteBuilder';
import { normalizeWord, type DocumentTerms } from './topicTerms';
import { selectTopics, type TopicDefinition, type TopicModel } from './findTopics';
import { TopicPassages } from './TopicPassages';
import type { LocalTokens, QuoteSpan, SpeakerMemo } from '../quotes';

/** Settings a corpus is created with; plain data so the corpus can live in a worker thread. */
export interface CorpusOptions {
  /** User-defined topics that refine the derived ones (see `parseTopicList`). */
  topics?: TopicDefinition[];
}

/** What a document's terms become once `analyseOnce` has chosen the topics: nothing reads them again. */
const TERMS_LET_GO: DocumentTerms = { sentences: [], surfaces: new Map() };

interface DocumentState {
  path: string;
  text: string;
  terms: DocumentTerms;
  quotes: QuoteSpan[];
  /** The linker's tokens from the document's facts, dropped once the document is linked. */
  linkTokens?: LocalTokens;
}

/** Where the last `analysis()` spent its time, in milliseconds: quotation attribution and linking versus the rest. */
export interface AnalysisTimings {
  quotesMs: number;
  restMs: number;
}

/**
 * A corpus of documents analysed incrementally: each document is tokenised and scanned once when
 * it is set; `analysis()` relinks only what the changes reach, reuses the objects of untouched
 * entities, quotes and topics, and returns its last answer while nothing changed.
 */
export class Corpus {
  private readonly docs = new Map<string, DocumentState>();
  // Not readonly: `analyseOnce` swaps each step for an empty one once its answer is taken.
  private linker = new EntityLinker();
  private readonly quotes: QuoteBuilder;
  private passages = new TopicPassages();
  private readonly changed = new Set<string>();
  private removed = false;
  private paths: string[] | undefined;
  private cached: CorpusAnalysis | undefined;
  private topicModels: TopicModel[] | undefined;
  private topicDocCount = 0;
  /** Set by `analyseOnce`: the steps' state is gone, so the corpus can no longer change. */
  private spent = false;
  /** Timings of the last `analysis()` that did work. */
  timings: AnalysisTimings = { quotesMs: 0, restMs: 0 };

  /** `speakerMemo`, when given, keeps speaker attributions from an earlier run over the same documents (a cache). */
  constructor(
    private readonly options: CorpusOptions = {},
    speakerMemo?: SpeakerMemo,
  ) {
    this.quotes = new QuoteBuilder(speakerMemo);
  }

  /**
   * Adds or replaces a document (path relative to the corpus root). `facts` is the document's own
   * analysis when it was computed elsewhere (a cache, another thread); it must come from this text.
   */
  setDocument(path: string, text: string, facts?: DocumentFacts): void {
    this.refuseIfSpent();
    const old = this.docs.get(path);
    if (old?.text === text) return;
    if (!old) this.paths = undefined;
    const { entities, terms, quotes, linkTokens } = facts ?? analyseDocument(text);
    this.linker.setDocument(path, text, entities);
    this.docs.set(path, { path, text, terms, quotes, linkTokens });
    this.changed.add(path);
    this.cached = undefined;
  }

  /** Forgets a document. */
  removeDocument(path: string): void {
    this.refuseIfSpent();
    if (!this.docs.delete(path)) return;
    this.linker.removeDocument(path);
    this.quotes.removeDocument(path);
    this.changed.delete(path);
    this.removed = true;
    this.paths = undefined;
    this.cached = undefined;
  }

  /** The analysis of every document currently in the corpus, sorted by path. */
  analysis(): CorpusAnalysis {
    return this.analyse(false);
  }

  /**
   * The same answer as `analysis()`, for a corpus analysed once and then dropped (the command line):
   * each corpus-wide step lets go of what it keeps for later edits as soon as its answer is taken,
   * so the steps after it have that memory. The corpus cannot be changed afterwards.
   */
  analyseOnce(): CorpusAnalysis {
    const result = this.analyse(true);
    this.spent = true;
    return result;
  }

  private refuseIfSpent(): void {
    if (this.spent) throw new Error('This corpus was analysed once and has let go of its working state: build a new Corpus to change it.');
  }

  private analyse(once: boolean): CorpusAnalysis {
    if (this.cached) return this.cached;
    const t0 = performance.now();
    this.paths ??= [...this.docs.keys()].sort();
    const docs = this.paths.map((path) => this.docs.get(path)!);
    const linked = this.linker.link();
    if (once) this.linker = new EntityLinker();
    // Topics read no quotation, so they are chosen first: a corpus analysed once then drops every document's terms.
    const topics = this.passages.update(this.chooseTopics(docs, linked.entities), docs, this.changed, this.removed);
    if (once) {
      this.passages = new TopicPassages();
      for (const d of docs) d.terms = TERMS_LET_GO;
    }
    const touched = [...new Set([...this.changed, ...linked.changedDocs])].filter((path) => this.docs.has(path));
    // Every document set since the last analysis is touched, so each hands its tokens over here.
    const { quotes, clusters } = this.quotes.build(this.paths, touched, (path) => this.handOver(path), linked.mentionsByDoc);
    this.cached = { documents: docs.map((d) => ({ path: d.path, length: d.text.length })), entities: linked.entities, topics, quotes, clusters };
    this.changed.clear();
    this.removed = false;
    this.timings = { quotesMs: this.quotes.lastQuotesMs, restMs: performance.now() - t0 - this.quotes.lastQuotesMs };
    return this.cached;
  }

  /** A document for the quotation builder, its linker tokens handed over: the linker frees them once it has read them. */
  private handOver(path: string): DocumentState {
    const d = this.docs.get(path)!;
    const given = { ...d };
    d.linkTokens = undefined;
    return given;
  }

  // Choosing topics looks at the whole corpus; an edit to one document keeps the choice and only
  // refreshes passages, and the choice is remade once the number of documents moves by a tenth.
  private chooseTopics(docs: DocumentState[], entities: Entity[]): TopicModel[] {
    if (!this.topicModels || Math.abs(docs.length - this.topicDocCount) > this.topicDocCount / 10) {
      // People are who is discussed, organisations (news agencies in credits above all) who reports or acts.
      const excluded = { words: new Set<string>(), terms: new Set<string>(), names: new Set<string>() };
      for (const e of entities) {
        if (e.type === 'person') for (const w of e.name.split(' ')) excluded.words.add(normalizeWord(w));
        if (e.type === 'organization') for (const n of [e.name, ...e.aliases]) excluded.terms.add(n.split(/\s+/).map(normalizeWord).join(' '));
        if (e.type === 'place') for (const n of [e.name, ...e.aliases]) excluded.names.add(n.split(/\s+/).map(normalizeWord).join(' '));
      }
      this.topicModels = selectTopics(docs, this.options.topics ?? [], excluded);
      this.topicDocCount = docs.length;
    }
    return this.topicModels;
  }
}
