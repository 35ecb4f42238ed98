import { anchorTarget, CONTEXT_LENGTH, OffsetMap } from '../annotations';
import { ImportItem } from './importModel';

/** Where an imported passage goes in a workspace text (UTF-16, `end` exclusive), or why it cannot go anywhere. */
export type Placement = { start: number; end: number; how: 'position' | 'moved' | 'unchecked' } | { problem: string };

/**
 * Places an imported passage by its code-point position, checked against the text it quotes (the
 * file's quote, or the slice of the source text the file carries). When the text there differs,
 * the quote is searched for with its context, as the store re-anchors; when the file gives no text
 * to check against, the position is taken as it is.
 */
export function placeItem(item: ImportItem, map: OffsetMap, documentPath: string): Placement {
  const quote = quoteOf(item);
  const inRange = item.start >= 0 && item.start < item.end && item.end <= map.codePointLength;
  if (inRange) {
    const start = map.toUtf16(item.start);
    const end = map.toUtf16(item.end);
    if (quote === undefined) return { start, end, how: 'unchecked' };
    if (map.text.slice(start, end) === quote.exact) return { start, end, how: 'position' };
  }
  if (quote && quote.exact.length > 0) {
    const found = anchorTarget(map, { ...quote, start: Math.max(0, item.start), end: Math.max(0, item.end) });
    if (found) return { start: found.start, end: found.end, how: 'moved' };
    return { problem: `its text "${preview(quote.exact)}" is not in ${documentPath} (the article differs from the one coded: import against the same version of the article)` };
  }
  if (item.start >= 0 && item.end > map.codePointLength) {
    return { problem: `its position ${item.start}-${item.end} is past the end of ${documentPath} (${map.codePointLength} characters): import against the same version of the article` };
  }
  return { problem: `its position ${item.start}-${item.end} is not a passage of ${documentPath}` };
}

function quoteOf(item: ImportItem): { exact: string; prefix: string; suffix: string } | undefined {
  if (item.exact !== undefined) return { exact: item.exact, prefix: item.prefix ?? '', suffix: item.suffix ?? '' };
  if (item.sourceText === undefined) return undefined;
  const source = new OffsetMap(item.sourceText);
  if (!(item.start >= 0 && item.start < item.end && item.end <= source.codePointLength)) return { exact: '', prefix: '', suffix: '' };
  const cut = (from: number, to: number) => item.sourceText!.slice(source.toUtf16(from), source.toUtf16(to));
  return {
    exact: cut(item.start, item.end),
    prefix: cut(item.start - CONTEXT_LENGTH, item.start),
    suffix: cut(item.end, item.end + CONTEXT_LENGTH),
  };
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 47)}...` : flat;
}
