import { partitionPoint } from '../partitionPoint';

/**
 * Converts between Unicode code-point offsets (what sidecars store) and UTF-16 offsets (what the
 * editor and the analysis use) for one text. Only astral characters (emoji, rare CJK) differ, so
 * the map records where they are and answers each conversion with a binary search.
 */
export class OffsetMap {
  /** UTF-16 offsets of the high surrogate of every astral character, ascending. */
  private readonly astralUtf16: number[] = [];
  /** Code-point offsets of the same characters, ascending. */
  private readonly astralCodePoints: number[] = [];
  /** The text's length in code points. */
  readonly codePointLength: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astralCodePoints.push(i - this.astralUtf16.length);
          this.astralUtf16.push(i);
          i++;
        }
      }
    }
    this.codePointLength = text.length - this.astralUtf16.length;
  }

  /** The UTF-16 offset of a code-point offset, clamped to the text. */
  toUtf16(codePoint: number): number {
    const cp = Math.max(0, Math.min(codePoint, this.codePointLength));
    return cp + countBelow(this.astralCodePoints, cp);
  }

  /** The code-point offset of a UTF-16 offset; an offset inside a surrogate pair rounds down to its start. */
  toCodePoint(utf16: number): number {
    const u = Math.max(0, Math.min(utf16, this.text.length));
    // Every pair that starts before u covers two units but one code point.
    return u - countBelow(this.astralUtf16, u);
  }
}

/** How many values of an ascending array are strictly below `limit`. */
function countBelow(sorted: number[], limit: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < limit);
}
