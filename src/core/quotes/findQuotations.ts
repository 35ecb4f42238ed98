import type { QuoteSpan } from './types';
import { scanMarks } from './scanMarks';
import { findUnmarkedSpeech } from './findUnmarkedSpeech';
import { CUE_SOURCE } from './cues';
import { isNotWords, kindOf, type QuoteKind, titleCaseLine } from './quoteKind';
import { paragraphs, trimRange, wordCount, type Range } from './text';

/** A line this short that holds only a marked word or two is a heading, not a quotation. */
const HEADING_CHARS = 40;

/** Finds direct quotations in a document's text (every mark oddity; unmarked direct speech). */
export function findQuotations(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const para of paragraphs(text)) {
    const marked = scanMarks(text, para)
      .map((r) => tidy(text, r))
      .filter((r) => r.end > r.start && !isHeading(text, para, r) && !isNotWords(text.slice(r.start, r.end)));
    for (const r of marked) spans.push({ start: r.start, end: r.end, marked: true, kind: kindIn(text, para, r) });
    for (const r of findUnmarkedSpeech(text, para, marked)) spans.push({ start: r.start, end: r.end, marked: false, kind: 'full' });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The kind of a marked quotation in its context: a capitalised stretch that stands as a sentence of its own, that
 * a reporting verb right after it claims ("“Okay,” she said") or that sits in a title-case headline is speech.
 */
function kindIn(text: string, para: Range, r: Range): QuoteKind {
  const quote = text.slice(r.start, r.end);
  const kind = kindOf(quote);
  if (kind !== 'title') return kind;
  const speech = wordCount(quote) >= 5 || /[.!?…]$/.test(quote) ? 'full' : 'fragment';
  if (SPOKEN_TURN.test(text.slice(r.end, Math.min(para.end, r.end + 60)))) return speech;
  if (speech === 'full' && titleCaseLine(wordsAround(text, para, r))) return speech;
  const opensSentence = /(?:^|[.!?…]["”’']?\s+)["“‘'«]?$/u.test(text.slice(para.start, r.start));
  const endsSentence = /[.!?…]$/.test(quote) || /^["”’'»]?[.!?…]/.test(text.slice(r.end, r.end + 2));
  return opensSentence && endsSentence ? 'full' : kind;
}

/** Words read on each side of a quotation to tell whether it sits in a title-case headline. */
const HEADLINE_CONTEXT = 6;

/** Up to HEADLINE_CONTEXT words on each side of a quotation, within its paragraph. */
function wordsAround(text: string, para: Range, r: Range): string {
  const before = text.slice(para.start, r.start).split(/\s+/).slice(-HEADLINE_CONTEXT);
  const after = text.slice(r.end, para.end).split(/\s+/).slice(0, HEADLINE_CONTEXT);
  return [...before, ...after].join(' ');
}

/** Closing punctuation then a reporting clause: "..., she said", "...,” Trump told reporters". */
const SPOKEN_TURN = new RegExp(`^[,!?]?\\s*[”"’']?\\s*(?:(?:he|she|they|I|we|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,3})\\s+)?${CUE_SOURCE}`, 'u');

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
