/** Double quotation marks in every convention this engine reads (English, French, German, straight). */
export const DOUBLE_MARKS = '“”"«»„‟';
/** Single quotation marks; the right one and the straight one double as apostrophes. */
export const SINGLE_MARKS = '‘’‚\'‹›';

/** Openers that start a family of their own, so a different opener inside them is a nested quotation. */
const FAMILY: Record<string, string> = { '«': 'guillemet', '»': 'guillemet', '„': 'low', '“': 'curly', '”': 'curly', '"': 'straight', '‟': 'curly' };

/** Which way a mark leans, judged from its neighbours: towards the word after it, before it, both or neither. */
export interface Flank {
  left: boolean;
  right: boolean;
}

const OPENING_CONTEXT = /[\s([{\-—–/:;,“"«„‘‚']/u;
const WORD_START = /[\p{L}\p{N}([¿¡…'‘"“„«‚$£€-]/u;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}…\-—–”"»’']/u;

/** Classifies the mark at `i` (`width` characters long) inside [from, to) by the characters around it. */
export function flank(text: string, i: number, from: number, to: number, width = 1): Flank {
  const prev = i > from ? text[i - 1] : ' ';
  const next = i + width < to ? text[i + width] : ' ';
  return {
    left: OPENING_CONTEXT.test(prev) && WORD_START.test(next),
    right: !/\s/.test(prev) && CLOSING_CONTEXT.test(next),
  };
}

/**
 * True when the mark at `i` is the first of two single marks that stand together for a double one, as some papers
 * and archives write quotations (''Islam hates us,'' in The New York Times).
 */
export function isDoubledSingle(text: string, i: number): boolean {
  const ch = text[i];
  return (ch === "'" || ch === '‘' || ch === '’') && text[i + 1] === ch;
}

/** True when two double marks belong to different conventions, so one may nest inside the other. */
export function differentFamily(a: string, b: string): boolean {
  return FAMILY[a] !== FAMILY[b] && !(FAMILY[a] === 'curly' && FAMILY[b] === 'straight');
}

/** True for a mark that can open a quotation by its shape (not a right-hand closer). */
export function isOpenerShape(ch: string): boolean {
  return ch === '“' || ch === '«' || ch === '„' || ch === '"' || ch === '‟';
}

/**
 * True when a single right mark or straight quote at `i` is an apostrophe: inside a word (don’t, Blinken’s),
 * eliding the start of a number (’90s), or marking a plural possessive (Blinkens’ visit) when no single
 * quotation is open.
 */
export function isApostrophe(text: string, i: number, singleOpen: boolean): boolean {
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  if (/[\p{L}\p{N}]/u.test(prev) && /\p{L}/u.test(next)) return true;
  if (/\s|^$/.test(prev) && /\p{N}/u.test(next)) return true;
  return !singleOpen && /[sSzZ]/.test(prev) && /[\s,.;:]/.test(next);
}
