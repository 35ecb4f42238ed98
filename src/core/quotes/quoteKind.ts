import { wordCount } from './text';

/** What a quotation is: a clause of speech, a few embedded words, or the title of a work, show, slogan or nickname. */
export type QuoteKind = 'full' | 'fragment' | 'title';

/** A quotation of at least this many words is a full quotation rather than a fragment. */
const FULL_WORDS = 5;
/** Titles longer than this are rare; a longer capitalised stretch is more likely a headline being quoted. */
const MAX_TITLE_WORDS = 10;
/** Short words that a title leaves in lowercase ("Meet the Press", "A Choice, Not an Echo"). */
const TITLE_FUNCTION_WORDS = /^(?:a|an|the|and|or|nor|but|of|for|to|in|on|at|by|with|from|as|vs\.?|v\.?|de|la|du|von|van|is|are|be|it|with)$/;

/** One-word replies and exclamations: capitalised because they are whole utterances, not titles. */
const INTERJECTIONS = /^(?:Okay|Sure|Well|Meh|Quiet|Never|Always|Thanks|Wow|Hello|Goodbye|Amen|Right|Wrong|Fine|Great|Sad|Congratulations|Indeed|Maybe|Perhaps|Nope|Yep|Yeah|Enough|Disgusting|Unbelievable|Terrible|Wonderful|Please|Sorry|Why|What|Judge|Folks)$/;

/** Tells a full quotation (a clause of speech) from a fragment (a few embedded words) and from a quoted title. */
export function kindOf(quote: string): QuoteKind {
  if (isTitleCase(quote)) return 'title';
  return wordCount(quote) >= FULL_WORDS || /[.!?…]\s*$/.test(quote) ? 'full' : 'fragment';
}

/**
 * True when every word of a short quotation is capitalised except the small words titles leave lowercase
 * ("Stealing America", "Fox News Sunday", "Make America Great Again"): speech quoted mid-sentence keeps its own
 * lowercase words, while titles of books, films, shows, slogans and nicknames are written this way. A question
 * or exclamation, or a lone "I"/"OK"-style word, stays speech.
 */
function isTitleCase(quote: string): boolean {
  const bare = quote.replace(/^['‘’]+|['‘’]+$/g, '').replace(/[.,;:]+['‘’]*$/, '').trim();
  if (/[!?…]/.test(bare) || bare === '') return false;
  const words = bare.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  // One capitalised word that is a pronoun or an all-caps exclamation is speech, not a title.
  if (words.length === 1 && (/^(?:I|OK|Yes|No|We|You)$|^\p{Lu}{2,}$|^\p{Lu}\p{Ll}+ly$/u.test(bare) || INTERJECTIONS.test(bare))) return false;
  return capitalisedWords(words) > 0;
}

/**
 * How many words are capitalised when every word is, the small words a title leaves lowercase aside; 0 when one
 * is not. Numbers and symbols are neither.
 */
function capitalisedWords(words: string[]): number {
  let capitals = 0;
  for (const [i, raw] of words.entries()) {
    const w = raw.replace(/^[(\['‘"“]+|[)\]'’"”,:;.!?]+$/g, '');
    if (w === '' || /^[\d$%&+-]/.test(w) || !/\p{L}/u.test(w)) continue;
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (i === 0 || !TITLE_FUNCTION_WORDS.test(w)) return 0;
  }
  return capitals;
}

/** Words a line needs, beside a quotation, before it can be told for a headline written in title case. */
const HEADLINE_WORDS = 3;

/**
 * True when the words of a line around a quotation are written in title case, as headlines are ("CNN President
 * On Trump: ..."): there, a capitalised quotation is set in the headline's style and says nothing of being a title.
 */
export function titleCaseLine(around: string): boolean {
  const words = around.split(/[\s:—–-]+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= HEADLINE_WORDS && capitalisedWords(words) >= HEADLINE_WORDS;
}

/** True for a marked stretch that holds no words at all: a number, a date, a handle or a link (a tweet's id). */
export function isNotWords(quote: string): boolean {
  const t = quote.trim();
  return !/\p{L}{2}/u.test(t) || /^[@#][\w.]+$/.test(t) || /^(?:https?:\/\/|www\.)\S+$/.test(t);
}
