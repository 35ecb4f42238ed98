import { OffsetMap } from './offsetMap';
import { TextTarget } from './model';

/** How many code points of context a target keeps on each side of its quote. */
export const CONTEXT_LENGTH = 32;

/** The target describing [start, end) (UTF-16) of a text: quote, 32 code points of context, code-point positions. */
export function describeTarget(map: OffsetMap, start: number, end: number): TextTarget {
  const cpStart = map.toCodePoint(start);
  const cpEnd = Math.max(cpStart, map.toCodePoint(end));
  const from = map.toUtf16(cpStart);
  const to = map.toUtf16(cpEnd);
  return {
    exact: map.text.slice(from, to),
    prefix: map.text.slice(map.toUtf16(cpStart - CONTEXT_LENGTH), from),
    suffix: map.text.slice(to, map.toUtf16(cpEnd + CONTEXT_LENGTH)),
    start: cpStart,
    end: cpEnd,
  };
}
