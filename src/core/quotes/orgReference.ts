import type { Candidate } from './candidates';
import { isReportingVerb } from './reportingLexicon';
import type { ResolvedMention } from './types';

/** Nouns a paper uses to refer back to an organisation ("the company said", "the agency added"). */
const ORG_NOUN = String.raw`company|firm|agency|committee|campaign|department|group|organi[sz]ation|network|newspaper|paper|bureau|ministry|party|council|commission|administration|board|union|association|foundation|institute|center|centre|university|office|government|court|station|magazine|site|outlet|channel|bank|fund|coalition|team|panel|caucus`;
/** A definite description headed by an organisation noun ("the company", "the nonprofit group"). */
const ORG_DESCRIPTION = new RegExp(`^(?:the|its)\\s+(?:[\\p{L}-]+\\s+){0,2}(${ORG_NOUN})$`, 'iu');

/** How far back, in characters, an organisation description looks for the organisation it stands for. */
const LOOK_BACK = 800;

/** "it" right before a reporting verb ("it said", "It also noted"): the only place "it" is read as a speaker. */
export function itSpeakers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/\b(?:it|It)\s+(?:also\s+|later\s+|then\s+)?(\p{Ll}+)\b/gu)) {
    if (!isReportingVerb(m[1])) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + 2, text: m[0].slice(0, 2), entityId: null, type: 'pronoun' });
  }
  return out;
}

/** True when a candidate can stand for an organisation: one, or a description headed by an organisation noun. */
export function isOrganisationLike(c: Candidate): boolean {
  return c.type === 'organization' || ((c.type === 'phrase' || c.type === 'anonymous') && ORG_DESCRIPTION.test(c.text));
}

/** Names an organisation noun can stand for when the name does not hold the noun itself ("the paper": the Post). */
const FAMILY: Record<string, RegExp> = {
  company: /\b(?:Inc|Corp|Co|Company|LLC|Ltd|Group|Holdings)\b/,
  firm: /\b(?:Inc|Corp|Co|LLC|Ltd|Group|Partners|Associates)\b/,
  newspaper: /\b(?:Times|Post|Journal|Tribune|Herald|Globe|Gazette|Inquirer|Chronicle|Register|Examiner)\b/,
  paper: /\b(?:Times|Post|Journal|Tribune|Herald|Globe|Gazette|Inquirer|Chronicle|Register|Examiner)\b/,
  network: /^(?:[A-Z]{2,5}|Fox News|Fox|Telemundo|Univision)$/,
  channel: /^(?:[A-Z]{2,5}|Fox News|Fox)$/,
  agency: /\b(?:Agency|Bureau|Administration|Service|FBI|CIA|NSA|EPA|IRS|FDA|CDC|FEMA)\b/,
  bureau: /\bFBI\b/,
  committee: /\b(?:DNC|RNC|PAC)\b/,
  party: /\b(?:GOP|Republicans?|Democrats?)\b/,
};

/**
 * The organisation a description such as "the company" stands for: the latest organisation named shortly before
 * whose name holds the noun ("the committee": the Senate Intelligence Committee) or is of its kind ("the paper":
 * The Washington Post); null when none is.
 */
export function resolveOrganisation(text: string, mentions: ResolvedMention[], c: Candidate): string | null {
  const m = ORG_DESCRIPTION.exec(c.text);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  const family = FAMILY[noun];
  const fits = (name: string) => name.toLowerCase().includes(noun) || (family?.test(name) ?? false);
  const before = mentions.filter((x) => x.type === 'organization' && x.end <= c.start && x.start >= c.start - LOOK_BACK);
  return before.filter((x) => fits(text.slice(x.start, x.end))).pop()?.entityId ?? null;
}
