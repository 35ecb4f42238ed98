import { phraseLike } from './findWindow';
import { RICH_CONTENT } from './linkRules';
import { PairPostings } from './PairPostings';
import { hasContentPair, hasWord, type LinkDoc, type LinkQuote } from './linkerDoc';

/** A word in more than this share of the documents is too common to select candidates by. */
const COMMON_SHARE = 0.02;
/** ... but a corpus this small keeps every word selective. */
const MIN_COMMON_DOCS = 20;

/** Consecutive word pairs two quotations must share to be compared although their content words are common. */
const SHARED_PAIRS = 3;

/** Most articles a pair of content words may stand in and still select a fragment's candidates on its own. */
const RARE_PAIR_DOCS = 3;

/** Pairs of consecutive content words a restatement made of common words must share with its quotation. */
const SHARED_CONTENT_PAIRS = 2;

/** Counts hits per numeric slot with a typed array, remembering which slots to reset. */
class Counter {
  private counts = new Int32Array(1024);
  private touched: number[] = [];

  bump(slot: number): void {
    if (slot >= this.counts.length) {
      const bigger = new Int32Array(Math.max(slot + 1, this.counts.length * 2));
      bigger.set(this.counts);
      this.counts = bigger;
    }
    if (this.counts[slot]++ === 0) this.touched.push(slot);
  }

  /** Returns the slots counted at least `min` times and resets the counter. */
  drain(min: (slot: number) => number): number[] {
    const out = this.touched.filter((slot) => this.counts[slot] >= min(slot));
    for (const slot of this.touched) this.counts[slot] = 0;
    this.touched = [];
    return out;
  }
}

/**
 * Inverted indexes over the documents already linked: content word to documents, to quotations, and exact
 * text to quotations. Postings hold numeric slots so candidate counting stays cheap on thousands of documents.
 */
export class LinkIndex {
  private readonly docs: (LinkDoc | undefined)[] = [];
  private readonly byName = new Map<string, LinkDoc>();
  private readonly quotes: (LinkQuote | undefined)[] = [];
  // Postings are indexed by word number: the numbers are dense, so an array slot replaces a hash lookup.
  private readonly docsByWord: Postings = [];
  private readonly quotesByWord: Postings = [];
  private readonly quotesByKey = new Map<string, Set<LinkQuote>>();
  // Pairs of consecutive words find repeats whose every content word is common ("nothing you can do, folks").
  private readonly quotesByPair: SlotMap = new Map();
  // Pairs of consecutive content words find a restatement whose words are all common ("doesn’t pay candidates").
  private readonly quotesByContentPair: SlotMap = new Map();
  // Documents by pair of content words find the documents restating a quotation made of common words.
  private readonly docsByContentPair = new PairPostings((slot, pair) => hasContentPair(this.docs[slot] as LinkDoc, pair));
  private readonly counter = new Counter();

  /** Indexes a document and its quotations. */
  add(d: LinkDoc): void {
    d.id = this.docs.length;
    this.docs.push(d);
    this.byName.set(d.doc, d);
    for (const w of d.contentIds) push(this.docsByWord, w, d.id);
    for (const p of d.contentPairs) this.docsByContentPair.add(p, d.id);
    for (const q of d.quotes) {
      q.id = this.quotes.length;
      this.quotes.push(q);
      addToSet(this.quotesByKey, q.key, q);
      for (const w of q.contentIds) push(this.quotesByWord, w, q.id);
      for (const p of q.pairKeys) addToList(this.quotesByPair, p, q.id);
      for (const p of q.contentPairs) addToList(this.quotesByContentPair, p, q.id);
    }
  }

  /** The indexed document of this name. */
  doc(name: string): LinkDoc | undefined {
    return this.byName.get(name);
  }

  /** Removes a document and its quotations from every index. */
  remove(doc: string): void {
    const d = this.byName.get(doc);
    if (!d) return;
    this.byName.delete(doc);
    this.docs[d.id] = undefined;
    for (const w of d.contentIds) pull(this.docsByWord, w, d.id);
    this.docsByContentPair.removeSlot(d.id, d.contentPairs);
    for (const q of d.quotes) {
      this.quotes[q.id] = undefined;
      this.quotesByKey.get(q.key)?.delete(q);
      for (const w of q.contentIds) pull(this.quotesByWord, w, q.id);
      for (const p of q.pairKeys) pullFromList(this.quotesByPair, p, q.id);
      for (const p of q.contentPairs) pullFromList(this.quotesByContentPair, p, q.id);
    }
  }

  private isCommon(w: number, limit = this.commonLimit()): boolean {
    return (this.docsByWord[w]?.length ?? 0) > limit;
  }

  private commonLimit(): number {
    return Math.max(MIN_COMMON_DOCS, COMMON_SHARE * this.byName.size);
  }

  /** Counts the selective words of `q` per posting slot; returns how many of its words were selective and common. */
  private countWords(words: Iterable<number>, postings: Postings): { rare: number; common: number } {
    let rare = 0;
    let common = 0;
    const limit = this.commonLimit();
    for (const w of words) {
      if (this.isCommon(w, limit)) {
        common++;
        continue;
      }
      rare++;
      const list = postings[w];
      if (list) for (let i = 0; i < list.length; i++) this.counter.bump(list[i]);
    }
    return { rare, common };
  }

  /**
   * Indexed quotations worth comparing with `q`: the same text, or sharing two of its selective words; one is
   * enough for a short phrase, whose variant may keep a single content word ("at their lowest" / "at its lowest point").
   */
  similarQuotes(q: LinkQuote): Set<LinkQuote> {
    const out = new Set(this.quotesByKey.get(q.key) ?? []);
    const { rare } = this.countWords(q.contentIds, this.quotesByWord);
    const need = phraseLike(q) ? 1 : Math.min(2, rare);
    for (const slot of this.counter.drain(() => need)) out.add(this.quotes[slot] as LinkQuote);
    const limit = this.commonLimit();
    for (const p of q.pairKeys) bumpAll(this.counter, this.quotesByPair, p, limit);
    for (const slot of this.counter.drain(() => SHARED_PAIRS)) out.add(this.quotes[slot] as LinkQuote);
    // A fragment of common words holds few pairs, so for one of three content words or more a single pair of
    // content words that hardly any article holds will do (“make America whole again” inside “... We have to
    // make America whole.”); a pair many articles hold is a stock phrase (“beyond reasonable doubt”).
    for (const p of q.contentPairs) if (this.rarePair(p)) bumpAll(this.counter, this.quotesByContentPair, p, RARE_PAIR_DOCS);
    const rich = richFragment(q);
    for (const slot of this.counter.drain((slot) => (rich || richFragment(this.quotes[slot] as LinkQuote) ? 1 : Infinity))) out.add(this.quotes[slot] as LinkQuote);
    return out;
  }

  /**
   * True when a pair of content words stands in a quotation and in RARE_PAIR_DOCS articles at most. More
   * quotations than that holding it are taken for more articles, which spares counting them.
   */
  private rarePair(pair: number): boolean {
    const quotes = this.quotesByContentPair.get(pair);
    if (quotes === undefined || (typeof quotes !== 'number' && quotes.length > RARE_PAIR_DOCS)) return false;
    let docs = 0;
    this.docsByContentPair.forEach(pair, () => docs++);
    return docs <= RARE_PAIR_DOCS;
  }

  /** Indexed documents other than the quotation's own holding enough of its selective words to restate it. */
  docsSharing(q: LinkQuote, need: number): LinkDoc[] {
    const { rare, common } = this.countWords(q.contentIds, this.docsByWord);
    const required = Math.max(Math.min(2, rare), need - common, Math.ceil(0.5 * rare));
    const found = this.counter.drain(() => required);
    // A quotation made of common words only is looked for through its pairs of content words instead.
    const docs = found.map((slot) => this.docs[slot] as LinkDoc);
    if (rare < 2) for (const d of this.docsWithPairs(q)) if (!found.includes(d.id)) docs.push(d);
    return docs.filter((d) => d.doc !== q.doc);
  }

  /**
   * Documents holding two of the quotation's pairs of content words, counted over the pairs' postings. They come in
   * the order of the first of the quotation's content words each holds, then by slot, so restatements are found
   * in the same order whatever index selects the documents.
   */
  private docsWithPairs(q: LinkQuote): LinkDoc[] {
    if (q.contentPairs.length < SHARED_CONTENT_PAIRS) return [];
    const bump = (slot: number) => this.counter.bump(slot);
    for (const p of q.contentPairs) this.docsByContentPair.forEach(p, bump);
    const found = this.counter.drain(() => SHARED_CONTENT_PAIRS).map((slot) => this.docs[slot] as LinkDoc);
    if (found.length < 2) return found;
    const firstWord = new Map(found.map((d) => [d, q.contentIds.findIndex((w) => hasWord(d, w))]));
    return found.sort((a, b) => firstWord.get(a)! - firstWord.get(b)! || a.id - b.id);
  }

  /**
   * Indexed quotations that share two selective content words, or two pairs of content words, with `d`; one word is
   * enough for a quotation `short` accepts.
   */
  quotesSharing(d: LinkDoc, short: (q: LinkQuote) => boolean): LinkQuote[] {
    this.countWords(d.contentIds, this.quotesByWord);
    const found = new Set(this.counter.drain((slot) => (short(this.quotes[slot] as LinkQuote) ? 1 : 2)));
    for (const slot of this.countPairs(d.contentPairs, this.quotesByContentPair)) found.add(slot);
    return [...found].map((slot) => this.quotes[slot] as LinkQuote);
  }

  /** Slots sharing at least SHARED_CONTENT_PAIRS of `pairs`, leaving out pairs too common to select by. */
  private countPairs(pairs: ArrayLike<number>, postings: SlotMap): number[] {
    const limit = this.commonLimit();
    for (let i = 0; i < pairs.length; i++) bumpAll(this.counter, postings, pairs[i], limit);
    return this.counter.drain(() => SHARED_CONTENT_PAIRS);
  }
}

/** A fragment with enough content words to be compared on its own (see RICH_CONTENT). */
function richFragment(q: LinkQuote): boolean {
  return q.kind === 'fragment' && q.words.contentSet.size >= RICH_CONTENT;
}

/** Slots holding each word, by word number; a word never seen has no list. */
type Postings = (number[] | undefined)[];

function push(postings: Postings, key: number, slot: number): void {
  // Growing one slot at a time keeps the array dense; a jump past its end would turn it into a slow dictionary.
  while (postings.length <= key) postings.push(undefined);
  const list = postings[key];
  if (list) list.push(slot);
  else postings[key] = [slot];
}

function pull(postings: Postings, key: number, slot: number): void {
  const list = postings[key];
  if (!list) return;
  const i = list.indexOf(slot);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) postings[key] = undefined;
}

/** Slots by key; most keys (pairs of words) have one slot, held as a bare number to spare an array each. */
type SlotMap = Map<number, number | number[]>;

function addToList(map: SlotMap, key: number, slot: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, slot);
  else if (typeof list === 'number') map.set(key, [list, slot]);
  else list.push(slot);
}

function pullFromList(map: SlotMap, key: number, slot: number): void {
  const list = map.get(key);
  if (list === undefined) return;
  if (typeof list === 'number') {
    if (list === slot) map.delete(key);
    return;
  }
  const i = list.indexOf(slot);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 1) map.set(key, list[0]);
}

/** Bumps the counter for every slot under `key`, unless more than `limit` share it. */
function bumpAll(counter: Counter, map: SlotMap, key: number, limit: number): void {
  const list = map.get(key);
  if (list === undefined) return;
  if (typeof list === 'number') counter.bump(list);
  else if (list.length <= limit) for (let i = 0; i < list.length; i++) counter.bump(list[i]);
}

function addToSet<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
