/**
 * Speech verbs and the phrases around them, shared by quotation detection and speaker attribution.
 * Patterns are lowercase and case-sensitive on purpose: "States" in "United States" is not a cue.
 */
const VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'stressed', 'stresses', 'stressing',
  'asked', 'asks', 'underlined', 'underlines', 'underlining', 'added', 'adds', 'adding', 'pointed out',
  'points out', 'insisted', 'insists', 'insisting', 'warned', 'warns', 'explained', 'explains', 'specified',
  'specifies', 'noted', 'declared', 'declares', 'stated', 'announced', 'argued', 'argues', 'replied',
  'responded', 'wrote', 'writes', 'reiterated', 'reiterates', 'emphasised', 'emphasized', 'emphasises',
  'emphasizes', 'affirmed', 'reaffirmed', 'assured', 'admitted', 'acknowledged', 'commented', 'remarked',
  'observed', 'urged', 'deplored', 'complained', 'continued', 'went on', 'recalled', 'conceded', 'predicted',
  'suggested', 'confirmed', 'quoted', 'estimated', 'concluded', 'cautioned', 'boasted', 'joked', 'promised',
  'replies', 'agreed', 'agrees', 'described', 'describes', 'describing',
];

/** Any speech verb as a whole word; group 1 is the verb. */
export const CUE_SOURCE = `\\b(${VERBS.map((v) => v.replace(' ', '\\s+')).join('|')})\\b`;

/** The verbs that close a sentence of unmarked direct speech ("..., Biden told reporters"): a narrower list. */
export const SPEECH_TAIL_SOURCE = '\\b(said|says|told|added|stressed|insisted|explained|warned|asked|argued|noted|declared|wrote|replied)\\b';

/** Finds speech verbs (global). */
export function cueRegex(): RegExp {
  return new RegExp(CUE_SOURCE, 'g');
}

/** Verbs whose object is the person spoken to, never the speaker ("told him", "asked Blinken"). */
export const ADDRESSEE_VERBS = /^(?:told|tell|tells|telling|asked|asks|urged|warned|assured|quoted|deplored)$/;

/** Words right before a name that make it an object rather than the subject of its sentence. */
export const OBJECT_MARKERS = /\b(?:told|tell|tells|telling|asked|to|with|met|meet|meets|meeting|by|for|from|of|and|urged|invited|received|called|than|about|against|between)\s*$/;

/** Personal pronouns that can stand for a speaker. */
export const PRONOUN = /^(?:he|she|they|He|She|They)$/;

/** First-person words: an unmarked clause containing one is the speaker's own voice. */
export const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|we|We|we’re|we're|our|Our|me|us|my|My)(?![\p{L}’'])/u;

/**
 * A present-tense deictic opening typical of speech reported without its marks ("This is ..."). Past and
 * conditional openings ("It was ...", "This would ...") are left out: that is how reported speech is backshifted.
 */
export const DEICTIC_START = /^(?:This|That|It|There|These|Those|Here|What)\s+(?:is|are|will|has|have|can|must|isn’t|isn't|aren’t|aren't)\b/;

/** A phrase naming an anonymous source ("a senior US official", "people familiar with the matter"). */
export const ANONYMOUS_HEAD = /\b(?:officials?|diplomats?|sources?|spokesperson|spokesman|spokeswoman|spokespeople|aides?|insiders?|negotiators?|(?:people|persons?|someone) (?:familiar with|close to|briefed on) the (?:matter|situation|talks|discussions|plans?|negotiations|case|issue))\b/g;

/** Words allowed inside an anonymous source phrase before its head noun. */
export const ANONYMOUS_MODIFIER = /^(?:[\p{L}.-]+[’']s|senior|top|former|unnamed|anonymous|other|government|administration|ministry|military|defence|defense|foreign|western|local|federal|high-ranking|high-level|european|white|house|state|department|two|three|several|some|many|one|diplomatic|chinese|american|campaign|party|congressional|intelligence|security|police|law|enforcement|industry|union|company|network|news|legal|political|veteran|longtime|key|republican|democratic|[\p{Lu}][\p{L}.-]*)$/u;

/** Determiners that open an anonymous source phrase. */
export const ANONYMOUS_DETERMINER = /^(?:a|an|the|The|A|An|one|One|two|three|several|Several|some|Some|many|Many|other|another|Another)$/;
