import { DOUBLE_MARKS, SINGLE_MARKS, differentFamily, flank, isApostrophe, isDoubledSingle, isOpenerShape } from './marks';
import { CUE_SOURCE } from './cues';
import type { Range } from './text';

/** Raw content between marks, before trimming and classification. */
export interface MarkedRange extends Range {
  unclosed: boolean;
}

/** The attribution clause that closes a quotation whose closing mark was lost ("..., he said." / "? asked X."). */
const CUE_TAIL = new RegExp(
  `([,?!])\\s+(?:${CUE_SOURCE}\\s+[\\p{Lu}\\p{Ll}]|(?:he|she|they|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,3}|the(?:\\s+[\\p{L}-]+){1,4})\\s+${CUE_SOURCE})[^.!?“”"«»]*[.!?]?\\s*$`,
  'u',
);

/** Ends an unclosed quotation before a trailing attribution clause when there is one, else at `end`. */
function closeLost(text: string, start: number, end: number): MarkedRange {
  const m = CUE_TAIL.exec(text.slice(start, end));
  if (!m) return { start, end, unclosed: true };
  const punct = start + m.index;
  return { start, end: m[1] === ',' ? punct : punct + 1, unclosed: true };
}

/** True when a single closing mark follows `from` in the paragraph, so a single opener really opens. */
function hasSingleCloser(text: string, from: number, para: Range): boolean {
  for (let j = from; j < para.end; j++) {
    const ch = text[j];
    if (DOUBLE_MARKS.includes(ch)) return false;
    if ((ch === '’' || ch === "'" || ch === '›') && !isApostrophe(text, j, true) && flank(text, j, para.start, para.end).right) return true;
  }
  return false;
}

/**
 * Walks one paragraph mark by mark. Double marks open when closed (unless they lean only on the word before,
 * a stray closer) and close when open (unless they lean only on the word after: then a different convention
 * nests and the same one means the previous closer was lost). Single marks count only outside double quotes
 * and only when they are not apostrophes; two single marks side by side ('') are one double mark.
 */
export function scanMarks(text: string, para: Range): MarkedRange[] {
  const out: MarkedRange[] = [];
  let open: { pos: number; ch: string; width: number } | null = null;
  let nested = 0;
  let single: number | null = null;
  const marks = new RegExp(`[${DOUBLE_MARKS}${SINGLE_MARKS}]`, 'g');
  marks.lastIndex = para.start;
  for (let m = marks.exec(text); m && m.index < para.end; m = marks.exec(text)) {
    const i = m.index;
    const width = isDoubledSingle(text, i) ? 2 : 1;
    // A doubled single mark reads as a straight double one.
    const ch = width === 2 ? '"' : m[0];
    marks.lastIndex = i + width;
    if (DOUBLE_MARKS.includes(ch)) {
      single = null;
      const f = flank(text, i, para.start, para.end, width);
      if (!open) {
        if (!(f.right && !f.left)) open = { pos: i, ch, width };
        nested = 0;
      } else if (f.left && !f.right) {
        if (isOpenerShape(ch) && differentFamily(open.ch, ch)) nested++;
        else {
          out.push(closeLost(text, open.pos + open.width, i));
          open = { pos: i, ch, width };
        }
      } else if (nested > 0) nested--;
      else {
        out.push({ start: open.pos + open.width, end: i, unclosed: false });
        open = null;
      }
    } else if (!open) {
      single = stepSingle(text, i, para, single, out);
    }
  }
  if (open) out.push(closeLost(text, open.pos + open.width, para.end));
  return out;
}

/** Advances the single-quote state at mark `i`; returns the position of the open single mark, if any. */
function stepSingle(text: string, i: number, para: Range, single: number | null, out: MarkedRange[]): number | null {
  const ch = text[i];
  const f = flank(text, i, para.start, para.end);
  if (ch === '‘' || ch === '‚' || ch === '‹') {
    if (single !== null || /\p{L}/u.test(text[i - 1] ?? '')) return single;
    return hasSingleCloser(text, i + 1, para) ? i : null;
  }
  if (isApostrophe(text, i, single !== null)) return single;
  if (single !== null) {
    if (f.right || !f.left) {
      out.push({ start: single + 1, end: i, unclosed: false });
      return null;
    }
    return single;
  }
  return f.left && hasSingleCloser(text, i + 1, para) ? i : null;
}
