/**
 * Closed word lists the entity pass relies on: honorifics, job titles, and the head words that
 * mark organisations, places and events. They describe English news prose in general, not a corpus.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Honorifics that precede a person's name and stay part of the mention ("Mr. Smith"). */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. mme mme. mlle m. messrs professor
  sen. rep. gov. gen. lt. col. sgt. capt. adm. cmdr. maj. pres. amb. atty. supt. det. insp. cpl. pvt. lt.-gov.`);

/** Words that name an office; a name that follows one belongs to a person holding it. */
export const TITLE_WORDS = set(`
  president vice-president premier chancellor minister secretary secretary-general senator congressman
  congresswoman representative governor mayor director chief chairman chairwoman chairperson chair
  spokesman spokeswoman spokesperson ambassador envoy advisor adviser general admiral colonel commander
  commissioner speaker leader king queen prince princess emperor pope cardinal archbishop bishop judge
  justice prosecutor attorney-general officer ceo cfo coach manager captain editor founder head boss
  diplomat counterpart deputy inspector sheriff lieutenant sergeant major president-elect treasurer
  singer rapper guitarist drummer bassist frontman frontwoman dj presenter actor actress striker midfielder
  defender goalkeeper winger economist analyst mp mep msp councillor councilor`);

/** Words that qualify a title ("Foreign Minister", "Secretary of State") and belong to the title phrase. */
export const TITLE_DOMAINS = set(`
  foreign affairs state defense defence treasury commerce trade finance home interior justice health
  education energy labor labour agriculture transport security national homeland economy economic culture
  sport culture environment culture prime vice deputy senior chief executive press house white
  international development information intelligence army navy military executive general top shadow`);

/** The word ending a building's name made of office words, which names the office in it ("White House", "State House"). */
export const OFFICE_BUILDINGS = set(`house`);

/** Head words that make a proper-noun run an organisation. */
export const ORG_HEADS = set(`
  department ministry party agency university college school council committee commission corporation
  corp corp. inc inc. ltd ltd. plc llc co co. group association union organisation organization office
  court parliament congress senate assembly army navy force forces police club fc bank fund reserve
  institute foundation company airlines airways network television broadcasting broadcaster news times
  post press presse journal telegraph guardian herald tribune agence authority board bureau service
  federation league society trust church coalition alliance front movement government administration
  cabinet council secretariat academy laboratory labs systems technologies motors industries holdings
  records studios pictures entertainment media channel radio magazine chamber chambers unions
  watch research institution institutes corps legion org instituto institut universidad université
  llp lp sa ag gmbh nv bv pty consortium conglomerate partnership partners associates brothers bros
  team squad caucus`);

/** Head words that make a proper-noun run a place. */
export const PLACE_HEADS = set(`
  sea ocean river mountain mountains island islands square street road avenue strait straits gulf bay
  lake valley province county city region peninsula park airport harbour harbor coast desert canal
  district state territory republic kingdom emirates hills plain plateau cape port village town
  gardens complex palace compound hall bridge tower towers station stadium arena memorial shelf base
  cave canyon falls glacier forest heights borough township neighborhood neighbourhood`);

/** Place heads that name another place than the word before them ("Hudson Valley" is not Hudson; "Exeter City" is a club). */
export const AREA_HEADS = set(`
  valley river bay lake island islands sea strait mountain mountains county city state province region coast beach
  peninsula desert gulf canyon falls district heights`);

/** Head words of events and works, which are neither people, organisations nor places. */
export const EVENT_HEADS = set(`
  war summit games cup championship championships olympics awards award prize festival conference
  dialogue forum election elections act treaty agreement accord day week year revolution crisis show
  tour open series league final finals`);

/** Roles held in a band, a team or a firm: "X singer Y" makes X a group ("X striker", "X founder"). */
export const MEMBER_ROLES = set(`singer rapper guitarist drummer bassist frontman frontwoman striker midfielder defender goalkeeper winger founder co-founder`);

/** First words of names of storms and operations, which are events, not names of anyone. */
export const EVENT_OPENERS = set(`hurricane storm typhoon cyclone tornado operation`);

/** Capitalised words that are never names on their own: days, months, pronouns and function words. */
export const NEVER_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december i the a an and or but of in on at to for from by with
  this that these those he she it they we you his her its their our my your mr mrs ms dr
  however moreover meanwhile nevertheless furthermore also yet still now then today yesterday tomorrow
  god internet web former fellow rival veteran ex
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. no. nos. vol. vs. etc. et al. tv`);

/** Role nouns written before a name ("Biologist X", "photographer X"); unlike titles they are not offices. */
export const ROLE_NOUNS = set(`
  biologist scientist physicist chemist astronomer researcher historian linguist philosopher professor
  poet writer author novelist artist illustrator cosplayer photographer reporter journalist correspondent
  columnist commentator activist lawyer student teacher driver pilot astronaut engineer designer
  developer blogger critic candidate nominee challenger host anchor producer filmmaker director-general`);

/** Party and creed words that qualify a name ("Nevada Democrat", "Republican X") without being part of it. */
export const AFFILIATIONS = set(`
  democrat democrats republican republicans gop libertarian independent latino latina latinos hispanic
  jewish muslim christian catholic evangelical salafist sunni shiite shia crooked crazy lyin little`);

/** Lower-case nouns that, right after a name, say the name is an organisation ("the X news agency"). */
export const ORG_CUES = set(`agency company firm group newspaper broadcaster network party bank channel daily organisation organization`);

/** Words that, right before a name, suggest a place ("in X", "a visit to X" is too loose; "visit X" is not). */
export const PLACE_PREPOSITIONS = set(`in near visit visits visited visiting`);

/** Suffixes that, hyphenated to a name, make it a place ("X-based", "X-born"). */
export const PLACE_SUFFIXES = set(`based born headquartered`);

/**
 * Common nouns that end the names of things (buildings, products, treaties, programmes, firms) and
 * are not English surnames; a name ending in one is not a person's.
 */
export const THING_TAILS = set(`
  dome protocol outlook treasurer house room centre center water executive cache line document
  documents advance portable hour stuff cruises services management capital yard idol bowl world
  order fever dancing history digital international united standard harmony mail online software
  phone phones mobile player console edition index exchange market markets airport arena stadium
  theatre theater museum gallery hospital prison station project programme program scheme initiative
  plan report review survey awards charts album single film movie series trophy cup stakes derby
  show live today tonight weekly monthly daily mirror express observer
  energy oil gas petroleum steel motors foods brands stores retail insurance finance holdings
  partners ventures capital investments securities solutions labs games studios records music
  pictures communications telecom wireless networks computing electronics pharmaceuticals
  constitution convention charter directive accord manifesto budget census zone windows video messenger
  broadband oscar oscars`);

/**
 * Head words of the names of licences, texts, indexes and measures ("GNU Free Documentation
 * License", "Communist Manifesto"), which name neither a person, an organisation nor a place.
 */
export const TERM_TAILS = set(`license licence definition manifesto index indices doctrine theorem theory
  hypothesis syndrome equation amendment clause specification`);

/** Plural nouns for groups of people or things that end collective names ("Labour MPs", "Senior Tories"). */
export const GROUP_PLURALS = set(`
  tories democrats republicans conservatives liberals socialists nationalists unionists greens
  mps meps peers lords babes fans voters ministers leaders workers members players boys girls sisters
  brothers peas chiefs soldiers hunters lectures jews muslims christians catholics protestants
  chambers dems rangers rovers wanderers athletic united city saints stars kings giants bulls bears
  lions tigers eagles hawks wolves blues reds whites commons nations`);

/** Words that open names of groups and things but never a person's name ("New Labour", "Senior Tories"). */
export const NOT_GIVEN_NAMES = set(`
  new old senior junior great royal national popular women men young super global digital free
  united grand first second third modern greater british english scottish welsh irish european
  american international federal central democratic liberal conservative socialist labour tory
  air red blue green black white team project radio best double merry hot several whilst number world
  interactive permanent operating one two three four five six seven eight nine ten`);

/** Speech verbs next to a lone name ("X said", "said X."), which make it a person rather than a firm. */
export const SPEECH_VERBS = set(`said says told asked added explained recalled insisted admitted wrote tweeted claims claimed`);
