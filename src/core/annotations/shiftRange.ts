import { TextChange } from './model';

/**
 * Where an annotated range [start, end) (UTF-16) lies after one text change, or undefined when the
 * change replaced all of it. Typing right before or right after an annotation does not extend it;
 * typing inside it does; a change that overlaps one end trims that end.
 */
export function shiftRange(start: number, end: number, change: TextChange): { start: number; end: number } | undefined {
  const delta = change.text.length - (change.end - change.start);
  if (end <= change.start) return { start, end };
  if (start >= change.end) return { start: start + delta, end: end + delta };
  if (change.start <= start && end <= change.end) return undefined;
  const newStart = start < change.start ? start : change.start + change.text.length;
  const newEnd = end > change.end ? end + delta : change.start;
  return newStart < newEnd ? { start: newStart, end: newEnd } : undefined;
}

/** Applies one change to a text. */
export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}
