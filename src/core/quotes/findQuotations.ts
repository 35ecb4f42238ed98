import type { QuoteSpan } from './types';

/** Finds direct quotations in a document's text (every mark oddity; unmarked direct speech). */
export function findQuotations(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const re = /[“"«]\s*([^”"»\n]+?)\s*[”"»]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    const kind = m[1].split(/\s+/).length >= 5 ? 'full' : 'fragment';
    spans.push({ start, end, marked: true, kind });
  }
  return spans;
}
