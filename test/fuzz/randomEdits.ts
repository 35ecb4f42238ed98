import { Annotation, OffsetMap } from '../../src/core/annotations';
import { EditedText } from './editedText';

/** A small seeded random source (mulberry32), so a failing trial can be replayed from its seed. */
export class Random {
  constructor(private state: number) {}

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
}

type Edit = (text: EditedText, annotations: Annotation[], random: Random) => void;

/** Some words of the text, joined, to build plausible insertions. */
function someWords(text: string, random: Random, count: number): string {
  const words = text.match(/[A-Za-z]+/g) ?? ['word'];
  return Array.from({ length: count }, () => random.pick(words)).join(' ');
}

/** Where a random annotation now begins, roughly: the quote searched near its old place. */
function nearAnnotation(text: EditedText, annotations: Annotation[], random: Random): number {
  const target = random.pick(annotations).target;
  const old = new OffsetMap(text.original).toUtf16(target.start);
  const at = text.origins.indexOf(old);
  return at >= 0 ? at : random.int(text.text.length + 1);
}

function lineStartBefore(text: string, at: number): number {
  return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
}

function sentenceAround(text: string, at: number): [number, number] {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, lineStartBefore(text, at), 0);
  const dot = text.indexOf('.', at);
  const line = text.indexOf('\n', at);
  const end = Math.min(dot < 0 ? text.length : dot + 1, line < 0 ? text.length : line);
  return [Math.min(start, at), Math.max(end, at)];
}

/** The first case: a new sentence opening with an annotated quote, on the line before it. */
const insertSentenceWithQuote: Edit = (text, annotations, random) => {
  const quote = random.pick(annotations).target.exact;
  const sentence = `${quote} ${someWords(text.text, random, 3 + random.int(5))}.${random.next() < 0.5 ? '\n' : ' '}`;
  const at = random.next() < 0.6 ? lineStartBefore(text.text, nearAnnotation(text, annotations, random)) : lineStartBefore(text.text, random.int(text.text.length));
  text.replace(at, at, sentence);
};

/** A sentence deleted, often the one holding an annotation. */
const deleteSentence: Edit = (text, annotations, random) => {
  const at = random.next() < 0.7 ? nearAnnotation(text, annotations, random) : random.int(text.text.length);
  const [start, end] = sentenceAround(text.text, at);
  text.replace(start, Math.min(text.text.length, end + 1), '');
};

/** A paragraph (one line) moved to another line start or to the end. */
const moveParagraph: Edit = (text, annotations, random) => {
  const at = random.next() < 0.5 ? nearAnnotation(text, annotations, random) : random.int(text.text.length);
  const start = lineStartBefore(text.text, at);
  const newline = text.text.indexOf('\n', at);
  const end = newline < 0 ? text.text.length : newline + 1;
  const to = random.next() < 0.4 ? text.text.length : lineStartBefore(text.text, random.int(text.text.length));
  if (to >= start && to <= end) return;
  text.move(start, end, to);
};

/** A few words replaced by others from the text. */
const replaceWords: Edit = (text, annotations, random) => {
  const at = random.next() < 0.5 ? nearAnnotation(text, annotations, random) + random.int(80) - 40 : random.int(text.text.length);
  const start = Math.max(0, Math.min(text.text.length, at));
  const end = Math.min(text.text.length, start + 1 + random.int(30));
  text.replace(start, end, someWords(text.text, random, 1 + random.int(4)));
};

/** One character changed close to an annotation: a straight quote for a curly one, or a typo. */
const changeCharacter: Edit = (text, annotations, random) => {
  const at = Math.max(0, Math.min(text.text.length - 1, nearAnnotation(text, annotations, random) + random.int(80) - 40));
  const curly: Record<string, string> = { '\u201c': '"', '\u201d': '"', '\u2019': "'", '"': '\u201c', "'": '\u2019' };
  text.replace(at, at + 1, curly[text.text[at]] ?? random.pick(['e', 'a', ',', ' ', '"']));
};

/** Words inserted anywhere. */
const insertWords: Edit = (text, _annotations, random) => {
  const at = random.int(text.text.length + 1);
  text.replace(at, at, someWords(text.text, random, 1 + random.int(10)) + ' ');
};

const EDITS: readonly Edit[] = [insertSentenceWithQuote, deleteSentence, moveParagraph, replaceWords, changeCharacter, insertWords];

/** Applies one random edit of the kinds that misplaced annotations before. */
export function randomEdit(text: EditedText, annotations: Annotation[], random: Random): void {
  random.pick(EDITS)(text, annotations, random);
}
