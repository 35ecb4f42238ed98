import { buildClusters, type Pair, type Restatement } from './buildClusters';
import { type LinkDoc, type LinkQuote, prepareDoc } from './linkerDoc';
import { compareQuotes, minShared, searchable, unmarkedRestatement } from './linkRules';
import { contextSearchable, shortRestatement } from './shortRestatement';
import { continuedReport, nextInSentence } from './continuation';
import { LinkIndex } from './LinkIndex';
import { Vocabulary } from './normalize';
import type { LocalTokens } from './localTokens';
import type { Attribution, LinkResult, QuoteSpan } from './types';

interface Pending {
  text: string;
  quotes: (QuoteSpan & Attribution)[];
  tokens?: LocalTokens;
}

/** Incremental cross-document linker: exact repeats, translations, close paraphrases, unmarked reports. */
export class QuoteLinker {
  private readonly pending = new Map<string, Pending>();
  private readonly index = new LinkIndex();
  private readonly vocab = new Vocabulary();
  private readonly pairs = new Map<string, Set<Pair>>();
  private readonly restated = new Map<string, Set<Restatement>>();

  /**
   * Replaces one document's quotations (already attributed) and text; the work happens in link(). `tokens`,
   * when given, are the text's tokens taken beforehand (see localTokens), which spares tokenising it again.
   */
  setDocument(doc: string, text: string, quotes: (QuoteSpan & Attribution)[], tokens?: LocalTokens): void {
    this.removeDocument(doc);
    this.pending.set(doc, { text, quotes, tokens });
  }

  /** Forgets a document: its quotations and the restatements tied to it leave every cluster. */
  removeDocument(doc: string): void {
    this.pending.delete(doc);
    this.index.remove(doc);
    for (const pair of this.pairs.get(doc) ?? []) this.pairs.get(pair[0].doc === doc ? pair[1].doc : pair[0].doc)?.delete(pair);
    this.pairs.delete(doc);
    for (const r of this.restated.get(doc) ?? []) this.restated.get(r.doc === doc ? r.source.doc : r.doc)?.delete(r);
    this.restated.delete(doc);
  }

  /** Clusters over the whole corpus, plus unmarked statements that paraphrase a marked quotation elsewhere. */
  link(): LinkResult {
    // Pending documents are linked in name order so a batch gives the same clusters whatever order they were set in.
    for (const doc of [...this.pending.keys()].sort()) {
      const { text, quotes, tokens } = this.pending.get(doc) as Pending;
      // Once prepared, a document's given tokens are not needed: they go now, not after the whole batch.
      this.pending.delete(doc);
      this.addDocument(prepareDoc(doc, text, quotes, this.vocab, tokens));
    }
    const pairs = new Set<Pair>();
    for (const set of this.pairs.values()) for (const p of set) pairs.add(p);
    const found = new Set<Restatement>();
    for (const set of this.restated.values()) for (const r of set) found.add(r);
    const continued: Restatement[] = [];
    for (const [a, b] of pairs) if (a.doc !== b.doc) continued.push(...this.continuations(a, b), ...this.continuations(b, a));
    for (const r of found) continued.push(...this.continuations(r.source, r));
    return buildClusters([...pairs], [...found, ...continued]);
  }

  /** The next part of `q`'s statement, reported in `report`'s document right after `report` (see continuedReport). */
  private continuations(q: LinkQuote, report: { doc: string; end: number }): Restatement[] {
    const from = this.index.doc(q.doc);
    const to = this.index.doc(report.doc);
    const next = from && nextInSentence(from, q);
    const w = next && to && continuedReport(next, to, report.end);
    return next && w ? [{ doc: report.doc, start: w.start, end: w.end, exact: false, verdict: w.verdict, source: next }] : [];
  }

  /** Compares a new document with every document already linked, once per pair, then indexes it. */
  private addDocument(d: LinkDoc): void {
    d.quotes.forEach((q, i) => {
      for (const r of d.quotes.slice(i + 1)) this.addPair(q, r);
      for (const r of this.index.similarQuotes(q)) this.addPair(q, r);
      for (const unit of [q, ...q.sentences].filter(searchable)) {
        for (const other of this.index.docsSharing(unit, minShared(unit))) this.addRestatement(unit, other, q);
      }
      if (contextSearchable(q)) for (const other of this.index.docsSharing(q, 1)) this.addRestatement(q, other, q, shortRestatement);
    });
    for (const r of this.index.quotesSharing(d, contextSearchable)) {
      if (searchable(r)) [r, ...r.sentences].some((unit) => this.addRestatement(unit, d, r));
      else if (contextSearchable(r)) this.addRestatement(r, d, r, shortRestatement);
    }
    this.index.add(d);
  }

  private addPair(a: LinkQuote, b: LinkQuote): void {
    const verdict = compareQuotes(a, b);
    if (!verdict) return;
    const pair: Pair = [a, b, verdict];
    for (const doc of [a.doc, b.doc]) this.bucket(this.pairs, doc).add(pair);
  }

  /** Records where `doc` restates `unit` (a quotation or one of its sentences) as a restatement of `source`. */
  private addRestatement(unit: LinkQuote, doc: LinkDoc, source: LinkQuote, find = unmarkedRestatement): boolean {
    const w = find(unit, doc);
    if (!w) return false;
    const r: Restatement = { doc: doc.doc, start: w.start, end: w.end, exact: w.exact, verdict: w.verdict, source };
    for (const key of [doc.doc, source.doc]) this.bucket(this.restated, key).add(r);
    return true;
  }

  private bucket<T>(map: Map<string, Set<T>>, doc: string): Set<T> {
    let set = map.get(doc);
    if (!set) map.set(doc, (set = new Set()));
    return set;
  }
}
