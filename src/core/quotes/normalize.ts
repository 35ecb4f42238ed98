/** Normalised words numbered once per linker, so documents store numbers instead of strings. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  // Most words recur in their surface form, so a surface form maps straight to its number and
  // skips normalising again.
  private readonly surfaces = new Map<string, number>();
  // Set membership for word numbers as one integer per word: a slot equal to the current mark is in the set.
  private marks = new Int32Array(1024);
  private lastMark = 0;
  /** The word behind each number. */
  readonly words: string[] = [];
  /** Whether each numbered word carries content. */
  readonly content: boolean[] = [];

  /** The number of a word, assigned on first sight. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.content.push(isContentWord(word));
    }
    return id;
  }

  /** The number of a surface form's normalised word, or -1 when it normalises to nothing. */
  idOfSurface(raw: string): number {
    let id = this.surfaces.get(raw);
    if (id === undefined) {
      const norm = normalizeWord(raw);
      id = norm === '' ? -1 : this.idOf(norm);
      this.surfaces.set(raw, id);
    }
    return id;
  }

  /**
   * Marks a set of word numbers and returns the mark; `marked(id, mark)` then answers membership with one
   * array read. A new mark replaces the previous one, so a caller finishes with its mark before the next.
   */
  mark(ids: ArrayLike<number>): number {
    if (this.marks.length < this.words.length) {
      const bigger = new Int32Array(Math.max(this.words.length, this.marks.length * 2));
      bigger.set(this.marks);
      this.marks = bigger;
    }
    const mark = ++this.lastMark;
    for (let i = 0; i < ids.length; i++) this.marks[ids[i]] = mark;
    return mark;
  }

  /** True when word number `id` was in the set given to `mark` for `mark`. */
  marked(id: number, mark: number): boolean {
    return this.marks[id] === mark;
  }

  /** The distinct content-word numbers among `ids`, in ascending order. */
  distinctContent(ids: Int32Array): Int32Array {
    const mark = this.mark([]);
    const out: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (this.content[id] && this.marks[id] !== mark) {
        this.marks[id] = mark;
        out.push(id);
      }
    }
    return Int32Array.from(out).sort();
  }

  /** The number of a word already seen, or -1. */
  find(word: string): number {
    return this.ids.get(word) ?? -1;
  }
}

/** A document's words as parallel typed arrays (word number, start, end): compact for large corpora. */
export interface TokenList {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  vocab: Vocabulary;
}

/** Function words: they carry no content, so two statements never match on them alone. */
const STOPWORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with about as into onto over under between through
  during before after above below up down out off than then that this these those there here which who whom whose
  what when where why how it its it's is are was were be been being am do does did doing has have had having will
  would shall should can could may might must i me my we our us you your he him his she her they them their
  poss all any both each few more most other some such only own same too very just also even ever still again
  further once said says say told tell according mr mrs ms dr if while because until although though whether
  s t d ll re ve m`.split(/\s+/),
);

/** Possessive determiners are interchangeable across translations ("at their lowest" / "at its lowest point"). */
const POSSESSIVES = /^(?:his|her|its|their|our|my|your)$/;

/** Contracted negations of auxiliaries ("doesnt", "wont", "cannot"), each read as "not". */
const NEGATED_AUXILIARY = /^(?:do|does|did|is|are|was|were|wo|ca|could|would|should|has|have|had|must|need)nt$|^cannot$/;

/** Strips accents and case, the possessive ’s and the dots of abbreviations such as U.S.; folds plurals. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (!/^[a-z0-9]+$/.test(w)) {
    w = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
    w = w.replace(/'s$/, '').replace(/\./g, '').replace(/'/g, '');
  }
  // The length test spares the pattern for most words: this runs on every word of the corpus.
  if (w.length <= 5 && POSSESSIVES.test(w)) return 'poss';
  // "doesn’t" and "do not" say the same: indirect speech contracts what a quotation spelled out.
  if ((w.endsWith('nt') || w === 'cannot') && NEGATED_AUXILIARY.test(w)) return 'not';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** True for a normalised word that carries content (not a function word or a small number). */
export function isContentWord(norm: string): boolean {
  return !STOPWORDS.has(norm) && !/^\d{1,2}$/.test(norm);
}

const WORD = /[\p{L}\p{N}]+(?:[.’'][\p{L}\p{N}]+)*\.?/gu;

/** Calls `visit` with each word of a text as written and where it starts (hyphenated words split into their parts). */
export function scanWords(text: string, visit: (raw: string, start: number) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let raw = m[0];
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
    visit(raw, m.index);
  }
}

/** Splits a text into normalised tokens (hyphenated words split into their parts). */
export function tokenize(text: string, vocab: Vocabulary): TokenList {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  scanWords(text, (raw, start) => {
    const id = vocab.idOfSurface(raw);
    if (id < 0) return;
    ids.push(id);
    starts.push(start);
    ends.push(start + raw.length);
  });
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends), vocab };
}
