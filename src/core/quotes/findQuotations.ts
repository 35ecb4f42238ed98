import type { QuoteSpan } from './types';
import { scanMarks } from './scanMarks';
import { findUnmarkedSpeech } from './findUnmarkedSpeech';
import { paragraphs, trimRange, wordCount, type Range } from './text';

/** A quotation of at least this many words is a full quotation rather than a fragment. */
const FULL_WORDS = 5;
/** A line this short that holds only a marked word or two is a heading, not a quotation. */
const HEADING_CHARS = 40;

/** Finds direct quotations in a document's text (every mark oddity; unmarked direct speech). */
export function findQuotations(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const para of paragraphs(text)) {
    const marked = scanMarks(text, para)
      .map((r) => tidy(text, r))
      .filter((r) => r.end > r.start && !isHeading(text, para, r));
    for (const r of marked) spans.push({ start: r.start, end: r.end, marked: true, kind: kindOf(text.slice(r.start, r.end)) });
    for (const r of findUnmarkedSpeech(text, para, marked)) spans.push({ start: r.start, end: r.end, marked: false, kind: 'full' });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Tells a full quotation (a clause of speech) from a fragment (a few embedded words, a scare quote). */
export function kindOf(quote: string): 'full' | 'fragment' {
  return wordCount(quote) >= FULL_WORDS || /[.!?…]\s*$/.test(quote) ? 'full' : 'fragment';
}

/** Trims spaces inside the marks and a trailing comma that stands in for the sentence's punctuation. */
function tidy(text: string, r: Range): Range {
  let { start, end } = trimRange(text)(r);
  while (end > start && /[,\s]/.test(text[end - 1])) end--;
  return { start, end };
}

/** True for a short line that is only a marked word or two, such as a stray heading (a heading is not a sentence). */
function isHeading(text: string, para: Range, r: Range): boolean {
  const quote = text.slice(r.start, r.end);
  if (para.end - para.start > HEADING_CHARS || wordCount(quote) > 3 || /[.!?…]$/.test(quote)) return false;
  const rest = text.slice(para.start, r.start) + text.slice(r.end, para.end);
  return /^[\s\p{P}]*$/u.test(rest);
}
