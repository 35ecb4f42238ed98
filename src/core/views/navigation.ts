import type { Quote } from '../analysis/model';
import type { AnalysisIndex } from './analysisIndex';

/** Which way a "go to" command moves. */
export type Direction = 'next' | 'previous';

/**
 * The next or previous quotation of the same statement, cycling through the cluster in document
 * order and preferring another document, so repeated use visits every source; undefined when alone.
 */
export function relatedQuotation(index: AnalysisIndex, quote: Quote, direction: Direction): Quote | undefined {
  const members = index.clusterMembers(quote);
  const at = members.findIndex((q) => q.id === quote.id);
  if (members.length < 2 || at === -1) return undefined;
  const step = direction === 'next' ? 1 : -1;
  const ordered = Array.from({ length: members.length - 1 }, (_, i) => members[(at + step * (i + 1) + members.length * 2) % members.length]);
  return ordered.find((q) => q.doc !== quote.doc) ?? ordered[0];
}

/**
 * The next or previous quotation in a document from an offset, wrapping around at either end.
 * From inside a quotation, "previous" means the one before it, not its own start.
 */
export function quotationInDocument(index: AnalysisIndex, doc: string, offset: number, direction: Direction): Quote | undefined {
  const quotes = index.quotesIn(doc);
  if (quotes.length === 0) return undefined;
  const current = index.quoteAt(doc, offset);
  if (direction === 'next') {
    return quotes.find((q) => q.start > offset && q !== current) ?? quotes[0];
  }
  const from = current ? current.start : offset;
  return [...quotes].reverse().find((q) => q.start < from) ?? quotes[quotes.length - 1];
}
