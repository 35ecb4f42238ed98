/**
 * A general lexicon of reporting verbs (say, tweet, decry, dub...) in all their inflections, and of the nouns
 * that carry speech (statement, tweet, interview...). Attribution reads a quotation's speaker as the subject of
 * the reporting verb that governs it; the wider the lexicon, the fewer quotations are left without one.
 */

/** Regular reporting verbs as lemmas; their -s, -ed and -ing forms are derived below. */
const REGULAR = `say tell add ask answer reply respond retort counter rebut note observe remark comment mention
  explain clarify elaborate insist maintain contend claim allege assert aver affirm reaffirm declare state announce
  proclaim exclaim argue reason stress emphasise emphasize underline underscore highlight point warn caution
  threaten predict forecast suggest propose recommend advise urge implore exhort plead beg demand request
  promise pledge vow swear guarantee assure reassure reiterate repeat echo recall remember recount relate admit
  acknowledge concede confess grant agree disagree object protest complain grumble gripe lament bemoan decry
  deplore denounce condemn criticise criticize slam blast attack assail lambaste rip knock mock ridicule deride
  taunt scoff sneer jeer chide scold rebuke challenge dispute contradict deny dismiss reject question wonder
  inquire query quip joke tease boast brag crow gush rave marvel muse reflect speculate estimate calculate
  reckon conclude summarise summarize describe characterise characterize portray brand term label dub call
  nickname hail laud praise commend applaud congratulate celebrate welcome thank apologise apologize blame accuse
  charge credit fault tweet retweet post blog email text message publish print report reveal disclose confirm
  indicate signal hint imply acknowledge recognise recognize cite quote continue conclude interject interrupt
  shout yell scream cry chant whisper mutter murmur sigh laugh groan moan whine snap bark growl thunder roar
  liken compare equate refer tout champion assess rate rank find determine rule judge write read
  testify tell opine pronounce profess relay convey inform notify remind brief caution concur demur retaliate
  respond vent fume rail lash hit fire shoot push press react`;

/** Irregular forms, written out in full. */
const IRREGULAR = `said says saying told tells telling wrote written writes writing read reads reading thought thinks
  thinking felt feels feeling swore sworn swears swearing spoke spoken speaks speaking found finds finding put
  puts putting went goes going hit hits hitting shot shoots shooting quipped quipping admitted admitting
  referred referring rebutted rebutting`;

/** Forms that are mostly nouns or other verbs in news text ("the state", "a rate", "at one point"). */
const NOT_ALONE = new Set(`state states point points press presses push pushes fire fires shoot shoots hit hits
  rule rules text texts print prints rate rates rank ranks charge charges credit credits fault faults term terms
  label labels brand brands signal signals post posts message messages question questions go goes going put puts
  putting find finds email emails blog blogs quote quotes comment comment answer answers promise promises pledge
  pledges vow vows demand demands request requests claim claims attack attacks challenge challenges joke jokes
  protest protests object objects welcome estimate estimates forecast forecasts cry cries chant chants sigh sighs
  laugh laughs moan moans groan groans roar roars thunder hint hints brief briefs remark reason reasons counter
  counters report quote rip rips knock knocks call credit echo echoes question cite thank thanks`.split(/\s+/));

/** Verbs that report speech only with their particle ("pointed out", "went on", "fired back", "hit back"). */
export const NEEDS_PARTICLE = /^(?:point|pointed|pointing|points|went|go|goes|going|fire|fired|firing|fires|shoot|shot|shooting|hit|hitting|lash|lashed|lashing|push|pushed|pushing|press|pressed|pressing)$/;

/** A particle that stays with its verb in the cue ("pointed out", "went on", "fired back", "lashed out"). */
export const CUE_PARTICLE = /^\s+(?:out|on|back|up)\b/;

/** Speech nouns: "in a statement", "the tweet read", "his remarks". */
export const SPEECH_NOUNS = new Set(
  `statement statements tweet tweets post posts interview interviews release releases remarks remark comments
  letter email emails message messages speech speeches op-ed editorial memo column blog headline caption
  transcript testimony announcement declaration report reports ad ads advert video`.split(/\s+/).filter(Boolean),
);

/** The -s, -ed and -ing forms of a regular verb ("decry": decries, decried, decrying). */
function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) : lemma;
  const doubled = /^(?:[^aeiou]*[aeiou][bdgmnprt])$/.test(lemma) && !/[aeiou]{2}/.test(lemma) ? lemma + lemma.at(-1) : lemma;
  const ys = /[^aeiou]y$/.test(lemma);
  const third = ys ? lemma.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  const past = ys ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : doubled + 'ed';
  const ing = ys || !lemma.endsWith('e') ? doubled + 'ing' : stem + 'ing';
  return [lemma, third, past, ing];
}

const WORDS = new Set<string>([...IRREGULAR.split(/\s+/), ...REGULAR.split(/\s+/).flatMap(inflect)].filter((w) => w && !NOT_ALONE.has(w)));

/** True when a lowercase word is a reporting verb in any form ("tweeted", "decries", "calling", "said"). */
export function isReportingVerb(word: string): boolean {
  return WORDS.has(word) || NEEDS_PARTICLE.test(word);
}

/** Reporting verbs whose object is a person spoken to or about ("called Trump", "thanked him"), never the speaker. */
const OBJECT_VERBS = new Set(
  `call thank accuse blame criticise criticize praise mock urge tell ask warn assure reassure remind inform notify brief
  congratulate welcome hail laud commend applaud slam blast attack assail lambaste rip knock denounce condemn
  ridicule deride taunt chide scold rebuke challenge dismiss reject question credit fault label brand dub term
  nickname describe characterise characterize portray liken compare cite decry deplore implore exhort beg threaten
  interrupt quote`.split(/\s+/).filter(Boolean).flatMap(inflect).concat(['told', 'tells', 'telling']),
);

/** True when the name after this verb is its object (the person addressed or described), never its speaker. */
export function takesPersonObject(verb: string): boolean {
  return OBJECT_VERBS.has(verb);
}
