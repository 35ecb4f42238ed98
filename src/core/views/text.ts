/** The line of text around an offset, without its line break, and the offset where it starts. */
export function lineAround(text: string, offset: number): { text: string; start: number; line: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return { text: text.slice(start, end).replace(/\r$/, ''), start, line };
}

/** Collapses runs of whitespace to one space and trims, so labels stay on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Cut at a word boundary when one is near, so a label never ends mid-word.
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max * 0.6 ? cut : max - 1).trimEnd()}…`;
}

/** A one-line, shortened label for the text of a span. */
export function excerpt(text: string, start: number, end: number, max: number): string {
  return truncate(oneLine(text.slice(start, end)), max);
}

/** "1 thing" or "N things". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// One collator shared by every sort: String.prototype.localeCompare builds one per call, which is
// slow enough to matter when sorting tens of thousands of names.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares two labels the way a reader expects a sorted list to read. */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Groups items by a key, keeping each group in the items' order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
