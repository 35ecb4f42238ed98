/**
 * Converts string offsets to zero-based line/character positions the way VS Code counts them:
 * `\r\n`, `\n` and a lone `\r` each end a line; characters are UTF-16 code units.
 */
export class LineMap {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */ && text.charCodeAt(i + 1) === 10) i++;
      if (ch === 10 || ch === 13) this.starts.push(i + 1);
    }
  }

  /** The position of an offset, clamped to the text. */
  positionAt(offset: number): { line: number; character: number } {
    const at = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }
}
