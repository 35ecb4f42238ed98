import type { ItsHelpers, WinkMethods } from 'wink-nlp';

/** A document's tokens as parallel arrays: surface text, UTF-16 offsets into the text, and part-of-speech tags. */
export interface Tokens {
  text: string[];
  start: number[];
  end: number[];
  pos: string[];
}

/** The tagger's own vocabulary: its lexeme table and how many of its entries ship with the model. */
interface Lexicon {
  hash: Record<string, number>;
  intrinsicSize: number;
}

let engine: { nlp: WinkMethods; its: ItsHelpers; lexicon: Lexicon } | undefined;

// The tagger's model takes about a tenth of a second to load, so it loads on first use rather than
// on import: code that only reads analysis results never pays for it.
function loadEngine(): { nlp: WinkMethods; its: ItsHelpers; lexicon: Lexicon } {
  if (!engine) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkMethods;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('wink-eng-lite-web-model') as { core: () => { features: { lexeme: Lexicon } } };
    // The model's core is built once, by the tagger; keeping a hold on it lends its vocabulary to
    // `isDictionaryWord` without a second copy.
    let core: { features: { lexeme: Lexicon } } | undefined;
    const nlp = winkNLP({ ...model, core: () => (core = model.core()) }, ['pos']);
    engine = { nlp, its: nlp.its, lexicon: core!.features.lexeme };
  }
  return engine;
}

/**
 * True when the word's lower-case form is in the tagger's shipped vocabulary, as common English
 * words are ("image", "pride") and most rare names and coinages are not ("Gorbachev", "Ubisoft").
 * Words the tagger meets later are added after the shipped entries, so they never count.
 */
export function isDictionaryWord(word: string): boolean {
  const { lexicon } = loadEngine();
  const index = lexicon.hash[word.toLowerCase()];
  return index !== undefined && index < lexicon.intrinsicSize;
}

/** Tokenises and tags a text in one pass; every token's offsets point at its exact slice of the text. */
export function tokenize(text: string): Tokens {
  const { nlp, its } = loadEngine();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const out: Tokens = { text: [], start: [], end: [], pos: [] };
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = text.indexOf(value, cursor);
    // The tokenizer keeps the text intact, but a token it normalised cannot be placed; it is skipped
    // rather than given offsets that would not match the file.
    if (at < 0 || at - cursor > 64) continue;
    cursor = at + value.length;
    if (tags[i] === 'SPACE' && !value.includes('\n')) continue;
    const possessive = value.length > 2 && /['’]s$/.test(value) ? /^(?=.*\p{L}).+?(?=['’]s$)/u.exec(value) : null;
    // The tagger remembers every unknown word it has seen and then stops splitting it, so a
    // possessive it met whole once ("Name's") would stay whole in later documents; splitting it
    // here keeps one document's tokens independent of what was read before it.
    if (possessive) {
      push(out, possessive[0], at, at + possessive[0].length, tags[i]);
      push(out, value.slice(possessive[0].length), at + possessive[0].length, cursor, 'PART');
    } else push(out, value, at, cursor, tags[i]);
  }
  joinInitialisms(out);
  return out;
}

function push(out: Tokens, value: string, start: number, end: number, pos: string): void {
  out.text.push(value);
  out.start.push(start);
  out.end.push(end);
  out.pos.push(pos);
}

// The tokenizer splits an initialism glued to a hyphen ("then-U.S.") into "U", ".", "S."; it is
// put back together so the name matches its other spellings.
function joinInitialisms(t: Tokens): void {
  for (let i = t.text.length - 3; i >= 0; i--) {
    if (!/^[A-Z]$/.test(t.text[i]) || t.text[i + 1] !== '.' || !/^[A-Z]\.$/.test(t.text[i + 2])) continue;
    if (t.end[i] !== t.start[i + 1] || t.end[i + 1] !== t.start[i + 2]) continue;
    t.text.splice(i, 3, t.text[i] + '.' + t.text[i + 2]);
    t.end.splice(i, 3, t.end[i + 2]);
    t.start.splice(i + 1, 2);
    t.pos.splice(i, 3, 'PROPN');
  }
}
