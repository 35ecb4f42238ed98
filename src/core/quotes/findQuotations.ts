import type { QuoteSpan } from './types';
import { scanMarks } from './scanMarks';
import { findUnmarkedSpeech } from './findUnmarkedSpeech';
import { isNotWords, kindOf, type QuoteKind, titleCaseLine } from './quoteKind';
import { claimedByReportingClause, followedByByline, introducedAsWords, isAttributeValue, isGloss } from './spokenWords';
import { paragraphs, trimRange, wordCount, type Range } from './text';

/** A line this short that holds only a marked word or two is a heading, not a quotation. */
const HEADING_CHARS = 40;

/** Finds direct quotations in a document's text (every mark oddity; unmarked direct speech). */
export function findQuotations(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const para of paragraphs(text)) {
    const marked = scanMarks(text, para)
      .map((r) => tidy(text, r))
      .filter((r) => r.end > r.start && !isHeading(text, para, r) && !isNotWords(text.slice(r.start, r.end)) && !isAttributeValue(before(text, para, r)));
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
  if (followedByByline(text.slice(r.end, Math.min(para.end, r.end + 60))) || isGloss(before(text, para, r))) return 'title';
  if (kind !== 'title') return kind;
  const speech = wordCount(quote) >= 5 || /[.!?…]$/.test(quote) ? 'full' : 'fragment';
  if (claimedByReportingClause(before(text, para, r), text.slice(r.end, Math.min(para.end, r.end + 60))) || introducedAsWords(before(text, para, r))) return speech;
  if (speech === 'full' && titleCaseLine(wordsAround(text, para, r))) return speech;
  const opensSentence = /(?:^|[.!?…]["”’']?\s+)["“‘'«]?$/u.test(text.slice(para.start, r.start));
  const endsSentence = /[.!?…]$/.test(quote) || /^["”’'»]?[.!?…]/.test(text.slice(r.end, r.end + 2));
  return opensSentence && endsSentence ? 'full' : kind;
}

/** The paragraph's text before a quotation, up to and including its opening mark. */
function before(text: string, para: Range, r: Range): string {
  return text.slice(Math.max(para.start, r.start - 100), r.start).trimEnd();
}

/** Words read on each side of a quotation to tell whether it sits in a title-case headline. */
const HEADLINE_CONTEXT = 6;

/** Up to HEADLINE_CONTEXT words on each side of a quotation, within its paragraph. */
function wordsAround(text: string, para: Range, r: Range): string {
  const before = text.slice(para.start, r.start).split(/\s+/).slice(-HEADLINE_CONTEXT);
  const after = text.slice(r.end, para.end).split(/\s+/).slice(0, HEADLINE_CONTEXT);
  return [...before, ...after].join(' ');
}

/** Trims spaces inside the marks and a trailing comma that stands in for the sentence's punctuation. */
function tidy(text: string, r: Range): Range {
  let { start, end } = trimRange(text)(r);
  while (end > start && /[,\s]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Longest pull quote, in words, set as a subheading in single marks between paragraphs ('A change warrior.'). */
const SUBHEAD_WORDS = 8;

/**
 * True for a line that is only a quotation and is a heading rather than a sentence: a stray marked word or two,
 * or a short pull quote in single marks set between paragraphs, which repeats words the article quotes in full.
 */
function isHeading(text: string, para: Range, r: Range): boolean {
  const quote = text.slice(r.start, r.end);
  const rest = text.slice(para.start, r.start) + text.slice(r.end, para.end);
  if (!/^[\s\p{P}]*$/u.test(rest)) return false;
  if (/^\s*['‘][^'‘]/u.test(text.slice(para.start, r.start + 1)) && wordCount(quote) <= SUBHEAD_WORDS) return true;
  return para.end - para.start <= HEADING_CHARS && wordCount(quote) <= 3 && !/[.!?…]$/.test(quote);
}
