// A headline is short: longer first lines are the opening sentence of the article.
const MAX_HEADLINE = 140;
const MIN_WORDS = 3;

/**
 * The article's headline: its first non-empty line when that reads as one (a few words, under
 * 140 characters, not ending like a sentence, mostly letters rather than a dateline), else undefined.
 * Front matter at the start of a Markdown article is skipped; a leading `#` is dropped.
 */
export function headlineOf(text: string): string | undefined {
  const body = text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '');
  const first = body.split(/\r?\n/).find((line) => line.trim() !== '');
  if (first === undefined) return undefined;
  const line = first.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
  // A line ending in a full stop, even inside a closing quote mark, is a sentence.
  if (line.length > MAX_HEADLINE || /[.;,:][”"’')\]]*$/.test(line)) return undefined;
  const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const letters = words.join('').length;
  const digits = (line.match(/\d/g) ?? []).length;
  return digits > letters / 4 ? undefined : line;
}
