/** A half-open stretch [start, end) of a document's text. */
export interface Range {
  start: number;
  end: number;
}

/** Lines shorter than this are never joined to the next one: they are titles, datelines or headings. */
const MIN_WRAPPED_LINE = 50;

/**
 * Splits a text into paragraphs: each non-empty line is one, except that a long line ending mid-sentence
 * (lowercase letter or comma) continues on the next line, which is how hard-wrapped blank-line blocks look.
 */
export function paragraphs(text: string): Range[] {
  const result: Range[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let current: Range | null = null;
  let previous = '';
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const start = m.index;
    const end = start + line.length;
    if (line.trim() === '') {
      current = null;
    } else if (current && previous.length >= MIN_WRAPPED_LINE && /[\p{Ll},]\s*$/u.test(previous)) {
      current.end = end;
    } else {
      current = { start, end };
      result.push(current);
    }
    previous = line;
  }
  return result.map(trimRange(text));
}

/** Returns a function that shrinks a range so it neither starts nor ends with whitespace. */
export function trimRange(text: string): (r: Range) => Range {
  return ({ start, end }) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end };
  };
}

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(“"-])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Reps|Sens|Gov|Govs|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Rev|Del|Hon|Ft|Mt|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|etc|approx|(?:[A-Z]\.)*[A-Z])\.$/;

/**
 * Splits one paragraph into sentences. A period, question or exclamation mark ends a sentence when the next
 * word starts with an uppercase letter, a digit or a quote mark, unless it closes a known abbreviation or an
 * initial; `insideQuote` lets the caller keep quoted sentences whole.
 */
export function sentences(text: string, para: Range, insideQuote: (pos: number) => boolean = () => false): Range[] {
  const result: Range[] = [];
  let start = para.start;
  const re = /[.!?…]+["”»’']*\s+(?=[\p{Lu}\p{N}“"«‘'„(])/gu;
  re.lastIndex = para.start;
  for (let m = re.exec(text); m && m.index < para.end; m = re.exec(text)) {
    const boundary = m.index + m[0].trimEnd().length;
    if (insideQuote(boundary)) continue;
    if (text[m.index] === '.' && ABBREVIATIONS.test(text.slice(Math.max(para.start, m.index - 12), m.index + 1))) continue;
    result.push({ start, end: boundary });
    start = m.index + m[0].length;
  }
  if (start < para.end) result.push({ start, end: para.end });
  return result.map(trimRange(text)).filter((r) => r.end > r.start);
}

// Abbreviations whose full stop ends no sentence when a sentence is read around one place ("Mrs. Clinton",
// "U.S. voters", "i.e. not"): unlike `sentences`, any letter's stop, small ones included, since no capital follows.
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|\p{L}(?:\.\p{L})*)$/u;

/**
 * True when the character at `i` ends a sentence: a line break, or a question or exclamation mark or a full
 * stop (not an abbreviation's) before a space.
 */
export function sentenceBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if ((c !== '.' && c !== '!' && c !== '?') || !/\s/.test(text[i + 1] ?? ' ')) return false;
  return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 12), i));
}

/** Counts the whitespace-separated words of a string. */
export function wordCount(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}
