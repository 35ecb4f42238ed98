/**
 * Maps offsets between the text an analysis was computed from and the text in the editor now,
 * assuming they differ by one contiguous edit (what a few keystrokes between two analyses make).
 * Offsets before the edit stay, offsets after it move by the change in length, and offsets inside
 * the replaced stretch have no counterpart. When the texts are equal every offset maps to itself.
 */
export class TextShift {
  private readonly prefix: number;
  private readonly analysedSuffix: number;
  private readonly delta: number;

  constructor(analysed: string, current: string) {
    // Equal texts, the usual case, are recognised by the engine's own comparison, far faster than a loop.
    const shorter = analysed === current ? 0 : Math.min(analysed.length, current.length);
    let prefix = analysed === current ? analysed.length : 0;
    while (prefix < shorter && analysed.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < shorter - prefix &&
      analysed.charCodeAt(analysed.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)
    ) {
      suffix++;
    }
    this.prefix = prefix;
    this.analysedSuffix = analysed.length - suffix;
    this.delta = current.length - analysed.length;
  }

  /** Where an offset of the analysed text is in the current text, or undefined when the edit replaced it. */
  toCurrent(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    return offset >= this.analysedSuffix ? offset + this.delta : undefined;
  }

  /** Where an offset of the current text was in the analysed text, or undefined when it lies in new text. */
  toAnalysed(offset: number): number | undefined {
    if (offset <= this.prefix) return offset;
    return offset >= this.analysedSuffix + this.delta ? offset - this.delta : undefined;
  }

  /** A span of the analysed text in the current text, or undefined when the edit removed either end. */
  spanToCurrent(start: number, end: number): { start: number; end: number } | undefined {
    const s = this.toCurrent(start);
    const e = this.toCurrent(end);
    return s === undefined || e === undefined ? undefined : { start: s, end: e };
  }
}
