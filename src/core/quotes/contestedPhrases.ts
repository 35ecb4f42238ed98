import { phraseLike } from './findWindow';
import type { LinkQuote } from './linkerDoc';
import { speakersDiffer } from './linkRules';

/** Two quotations linked, with anything else the link carries. */
type Linked = readonly [LinkQuote, LinkQuote, ...unknown[]];

/** A link from a short phrase into a longer statement that holds it, phrase first; null for any other link. */
function phraseInStatement([a, b]: Linked): [LinkQuote, LinkQuote] | null {
  if (phraseLike(a) === phraseLike(b)) return null;
  return phraseLike(a) ? [a, b] : [b, a];
}

/** Speakers who differ that make a phrase a slogan or a stock phrase: one misattributed statement is not enough. */
const SLOGAN_SPEAKERS = 3;

/** How many speakers remain once those whose ids share a name part count as one. */
function distinctSpeakers(speakers: Set<string>): number {
  const kept: string[] = [];
  for (const s of speakers) if (kept.every((k) => speakersDiffer(k, s))) kept.push(s);
  return kept.length;
}

/**
 * Drops the links that join statements only through a short phrase found inside statements by three or more
 * speakers who differ: such a phrase is a slogan, a term or an echo ("make America great again", "radical Islamic terrorism"),
 * not one statement. The speakers compared are the longer statements' own, which attribution gets right far more
 * often than a fragment's (a fragment takes the speaker of the sentence that cites it). Links between two phrases
 * or two statements are kept whatever their speakers: outlets that disagree on who said something are a finding.
 */
export function withoutContestedPhrases<T extends Linked>(links: T[]): T[] {
  const byPhrase = new Map<string, { links: T[]; speakers: Set<string> }>();
  for (const link of links) {
    const found = phraseInStatement(link);
    if (!found) continue;
    const key = found[0].words.content.join(' ');
    const group = byPhrase.get(key) ?? { links: [], speakers: new Set<string>() };
    group.links.push(link);
    if (found[1].speaker) group.speakers.add(found[1].speaker);
    byPhrase.set(key, group);
  }
  const dropped = new Set<T>();
  const slogans = new Set<string>();
  for (const [key, { links: group, speakers }] of byPhrase) {
    if (distinctSpeakers(speakers) < SLOGAN_SPEAKERS) continue;
    group.forEach((l) => dropped.add(l));
    slogans.add(key);
  }
  // Nor does the slogan link another outlet's short phrase ("make America great again" on a cap, and a speech's
  // "make America whole again"); within one article it is part of what that article quotes.
  const slogan = (q: LinkQuote) => phraseLike(q) && slogans.has(q.words.content.join(' '));
  for (const link of links) if (link[0].doc !== link[1].doc && (slogan(link[0]) || slogan(link[1]))) dropped.add(link);
  return dropped.size === 0 ? links : links.filter((l) => !dropped.has(l));
}
