import { isReportingVerb, takesPersonObject } from './reportingLexicon';

/** Verbs whose next words name the one addressed ("told “Fox and Friends”") or a work ("published “…”"), never the words said. */
const ADDRESSEE = /^(?:told|tell|tells|telling|asked|ask|asks|informed|reminded|briefed|thanked|publish|published|publishes|publishing)$/;
/** Ways of saying words aloud or in writing that the reporting lexicon leaves out as too often nouns. */
const UTTERING = /^(?:chant|chants|chanted|chanting|calls|call|read|reads|reading|says|saying|shouting|yelling|as)$/;

/**
 * The opening of a quotation right after a verb, with at most an article, a named object or "as" between
 * ("chanting “", "called Rubio “", "refers to the governor as “", "a sign that read “").
 */
const VERB_BEFORE_MARK = /(?:^|[^\p{L}’'-])(\p{Ll}+)\s+(?:(?:the|a|an)\s+|(?:him|her|them|it|itself|himself|herself|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?)\s+(?:as\s+)?)?[:,]?\s*[“"‘'«]+$/u;

/** Nouns for words said or written, right before the quotation they name ("the slogan “…”", "one message: “…”"). */
const WORDS_NOUN = /\b(?:slogan|motto|nickname|message|chants?|cries|calls\s+of|sentence|phrase|term|headline|hashtag)[,:]?\s*[“"‘'«]+$/;

/**
 * True when a reporting verb introduces a quoted stretch directly, so the words were uttered, chanted or
 * written by someone (“called Rubio “Little Marco””, “chanting “Dump Trump””, “a sign that read “…””) even when
 * they are capitalised like a title. "told “Today”" names an addressee, and "on ABC’s “This Week”" a show.
 */
export function introducedAsWords(before: string): boolean {
  if (WORDS_NOUN.test(before.slice(-30))) return true;
  const m = VERB_BEFORE_MARK.exec(before.slice(-80));
  // "films such as “Star Wars”" lists works; "as" reports words only after a verb ("refers to him as “…”").
  if (!m || ADDRESSEE.test(m[1]) || /\bsuch\s+as\s*[“"‘'«]+$/.test(before)) return false;
  return UTTERING.test(m[1]) || isReportingVerb(m[1]);
}

/** A markup attribute's name and its equals sign right before the opening mark (author="…", href="…"). */
const ATTRIBUTE_VALUE = /[\p{L}\d_-]=\s*[“"‘'”]+$/u;

/** True when a quoted stretch is the value of a markup attribute left in the text (`<tweet author="…">`), not words of anyone. */
export function isAttributeValue(before: string): boolean {
  return ATTRIBUTE_VALUE.test(before.slice(-8));
}

/** Closing punctuation, then a pronoun or a name of up to four words, then a lowercase word that may be a reporting verb. */
const TURN_AFTER = /^[,!?]?\s*[”"’']?\s*((?:he|she|they|I|we|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+)?(\p{Ll}+)(\s+(?:the\s+|he\b|she\b|they\b|\p{Lu}))?/u;
/** A preposition right before the opening mark: the quotation is what the clause is about ("in an interview with “…”"). */
const PREPOSITION_BEFORE = /\b(?:with|on|in|at|from|of|to|about|for|by|into|during)\s*[“"‘'«]+$/i;

/**
 * True when a reporting clause right after a quotation claims it as someone's words ("“Okay,” she said",
 * "“Denver,” he answered", "“Fine,” said Reed"); a participle ("“Today,” reminding...") or a verb whose object
 * follows ("“Scandal,” thanked Obama") starts another clause, and a quotation after a preposition is an object.
 */
export function claimedByReportingClause(before: string, after: string): boolean {
  const m = TURN_AFTER.exec(after);
  if (!m || !isReportingVerb(m[2]) || PREPOSITION_BEFORE.test(before)) return false;
  return !!m[1] || (!!m[3] && !m[2].endsWith('ing') && !takesPersonObject(m[2]));
}

/** A byline after a quotation: ", by Jane Roe" or "by the Times’ Jane Roe" (an outlet's possessive, then the writer). */
const BYLINE_AFTER = /^[”"’'»]*,[”"’'»]*\s+by\s+\p{Lu}|^[”"’'»]*,?[”"’'»]*\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:[’']s?)\s+\p{Lu}/u;

/** True when a byline follows a quotation (“…,” by Times’ Jane Roe), so the quoted words are the headline of a piece. */
export function followedByByline(after: string): boolean {
  return BYLINE_AFTER.test(after);
}

/** A language or a register and "for" right before the opening mark: what follows glosses a word. */
const GLOSS_BEFORE = /\b(?:Spanish|Latin|French|German|Russian|Arabic|Hebrew|Italian|Chinese|Japanese|Portuguese|Greek|Yiddish|Farsi|Persian|Turkish|Korean|slang|shorthand|code|short|jargon|euphemism)\s+for\s*[“"‘'«]+$/;

/** True when a quotation translates or glosses a word ("Brujas", Spanish for “witches”): a term, not anyone's speech. */
export function isGloss(before: string): boolean {
  return GLOSS_BEFORE.test(before.slice(-40));
}
