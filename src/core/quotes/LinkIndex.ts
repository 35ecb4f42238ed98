import type { LinkDoc, LinkQuote } from './linkerDoc';

/** A word in more than this share of the documents is too common to select candidates by. */
const COMMON_SHARE = 0.05;
/** ... but a corpus this small keeps every word selective. */
const MIN_COMMON_DOCS = 20;

/** Inverted indexes over the documents already linked: content word to documents, to quotations, and exact text to quotations. */
export class LinkIndex {
  private readonly docs = new Map<string, LinkDoc>();
  private readonly docsByWord = new Map<string, Set<string>>();
  private readonly quotesByWord = new Map<string, Set<LinkQuote>>();
  private readonly quotesByKey = new Map<string, Set<LinkQuote>>();

  /** Indexes a document and its quotations. */
  add(d: LinkDoc): void {
    this.docs.set(d.doc, d);
    for (const w of d.contentSet) add(this.docsByWord, w, d.doc);
    for (const q of d.quotes) {
      add(this.quotesByKey, q.key, q);
      for (const w of q.words.contentSet) add(this.quotesByWord, w, q);
    }
  }

  /** Removes a document and its quotations from every index. */
  remove(doc: string): void {
    const d = this.docs.get(doc);
    if (!d) return;
    this.docs.delete(doc);
    for (const w of d.contentSet) drop(this.docsByWord, w, doc);
    for (const q of d.quotes) {
      drop(this.quotesByKey, q.key, q);
      for (const w of q.words.contentSet) drop(this.quotesByWord, w, q);
    }
  }

  private commonLimit(): number {
    return Math.max(MIN_COMMON_DOCS, COMMON_SHARE * this.docs.size);
  }

  /** Indexed quotations worth comparing with `q`: the same text, or sharing one of its selective content words. */
  similarQuotes(q: LinkQuote): Set<LinkQuote> {
    const out = new Set(this.quotesByKey.get(q.key) ?? []);
    for (const w of q.words.contentSet) {
      const list = this.quotesByWord.get(w);
      if (list && list.size <= this.commonLimit()) for (const r of list) out.add(r);
    }
    return out;
  }

  /** Indexed documents sharing at least `need` of the quotation's content words (common words counted as present). */
  docsSharing(q: LinkQuote, need: number): LinkDoc[] {
    const counts = new Map<string, number>();
    let common = 0;
    for (const w of q.words.contentSet) {
      const list = this.docsByWord.get(w);
      if (!list) continue;
      if (list.size > this.commonLimit()) common++;
      else for (const doc of list) counts.set(doc, (counts.get(doc) ?? 0) + 1);
    }
    const rare = Math.max(1, need - common);
    return [...counts].filter(([doc, n]) => n >= rare && doc !== q.doc).map(([doc]) => this.docs.get(doc) as LinkDoc);
  }

  /** Indexed quotations whose selective content words appear in document `d` at least `need(q)` times over. */
  quotesSharing(d: LinkDoc, need: (q: LinkQuote) => number): LinkQuote[] {
    const counts = new Map<LinkQuote, number>();
    for (const w of d.contentSet) {
      const list = this.quotesByWord.get(w);
      const docs = this.docsByWord.get(w);
      if (!list || (docs && docs.size > this.commonLimit())) continue;
      for (const q of list) counts.set(q, (counts.get(q) ?? 0) + 1);
    }
    const out: LinkQuote[] = [];
    for (const [q, n] of counts) {
      const common = [...q.words.contentSet].filter((w) => (this.docsByWord.get(w)?.size ?? 0) > this.commonLimit()).length;
      if (n >= Math.max(1, need(q) - common)) out.push(q);
    }
    return out;
  }
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function drop<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
