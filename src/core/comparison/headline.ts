// A headline is short: longer first lines are the opening sentence of the article.
const MAX_HEADLINE = 140;
const MIN_WORDS = 3;

/**
 * The article's headline: its first non-empty line when that reads as one (a few words, under
 * 140 characters, not ending like a sentence, mostly letters rather than a dateline), else undefined.
 * Front matter at the start of a Markdown article is skipped; a leading `#` is dropped.
 */
export function headlineOf(text: string): string | undefined {
  const [first, second] = firstLines(text);
  if (first === undefined) return undefined;
  // An article may open with its dateline ("06/19/2023 05:16"); its headline is then the next line.
  return readsAsHeadline(first) ?? (DATELINE.test(first) && second !== undefined ? readsAsHeadline(second) : undefined);
}

/**
 * The first two lines of an article that hold anything, after its front matter, read without
 * splitting the whole article.
 */
export function firstLines(text: string): [string | undefined, string | undefined] {
  const body = text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '');
  const [, first, second] = /^\s*(\S[^\r\n]*)(?:\r?\n\s*(\S[^\r\n]*))?/.exec(body) ?? [];
  return [first, second];
}

/** A first line that is a date, with a time or a note perhaps, and hardly any words. */
const DATELINE = /^\W*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b[^\p{L}]*(?:\p{L}+\.?[^\p{L}]*){0,2}$/u;

/** The line as a headline, or undefined when it reads otherwise; a photo credit at its end ("©APA/AFP") is no part of it. */
function readsAsHeadline(raw: string): string | undefined {
  const line = raw.replace(/^#+\s*/, '').replace(/\s*©[^©]*$/, '').replace(/\s+/g, ' ').trim();
  // A line ending in a full stop, even inside a closing quote mark, is a sentence.
  if (line.length > MAX_HEADLINE || /[.;,:][”"’')\]]*$/.test(line)) return undefined;
  const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const letters = words.join('').length;
  const digits = (line.match(/\d/g) ?? []).length;
  return digits > letters / 4 ? undefined : line;
}
