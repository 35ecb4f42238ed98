/**
 * A text under random edits that remembers where each character came from, so a fuzz can tell
 * where an annotated passage truly went (or that it is gone) whatever the anchoring believes.
 */
export class EditedText {
  text: string;
  /** For each character of `text`, its offset in the original text, or -1 when it was inserted. */
  origins: number[];

  constructor(readonly original: string) {
    this.text = original;
    this.origins = Array.from({ length: original.length }, (_, i) => i);
  }

  /** Replaces [start, end) with new text (its characters have no origin). */
  replace(start: number, end: number, inserted: string): void {
    this.text = this.text.slice(0, start) + inserted + this.text.slice(end);
    this.origins.splice(start, end - start, ...new Array<number>(inserted.length).fill(-1));
  }

  /** Cuts [start, end) and pastes it at `to` (an offset of the text before the cut), keeping its origins. */
  move(start: number, end: number, to: number): void {
    const piece = this.text.slice(start, end);
    const pieceOrigins = this.origins.slice(start, end);
    this.replace(start, end, '');
    const at = to > end ? to - (end - start) : to;
    this.text = this.text.slice(0, at) + piece + this.text.slice(at);
    this.origins.splice(at, 0, ...pieceOrigins);
  }

  /** Where an original passage [start, end) now sits intact, 'deleted' when none of it is left, or 'changed'. */
  whereIs(start: number, end: number): { start: number; end: number } | 'deleted' | 'changed' {
    const at = this.origins.indexOf(start);
    let survivors = 0;
    for (const o of this.origins) if (o >= start && o < end) survivors++;
    if (survivors === 0) return 'deleted';
    if (at < 0 || survivors !== end - start) return 'changed';
    for (let i = 1; i < end - start; i++) if (this.origins[at + i] !== start + i) return 'changed';
    return { start: at, end: at + end - start };
  }

  /** Whether [start, end) of the current text holds at least one character of the original passage [from, to). */
  overlapsOriginal(start: number, end: number, from: number, to: number): boolean {
    for (let i = start; i < end; i++) if (this.origins[i] >= from && this.origins[i] < to) return true;
    return false;
  }
}
