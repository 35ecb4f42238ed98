import type { NameCandidate } from './candidates';
import { isGivenName } from './givenNames';
import { isDictionaryWord } from './tokenize';

// Joining words a capitalised phrase may hold ("Pride and Prejudice", "Interview of the Month").
const JOINERS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'a', 'an', 'to', '&', '-']);

/** Names found in one document and the acronyms it defines, as `findNames` returns them. */
interface Scan {
  candidates: NameCandidate[];
  acronyms: { acronym: string; candidate: number }[];
}

/**
 * Drops the capitalised phrases made only of dictionary words that nothing marks as a name
 * ("Moon Rocks", "Secret Agent", "Reactive Oxygen Species"): no head word or gazetteer entry typed
 * them, they open with no given name, no title, honorific or speech verb makes them a person, and the document never writes their
 * first or last word alone as it does a person's ("Tom Cruise ... Cruise"). An acronym the document defines
 * for such a phrase ("(ROS)") goes with it, and so does a label before a colon ("Image:") that is no part of a name the document writes. Returns the scan with acronym indices kept right.
 */
export function dropCommonPhrases<S extends Scan>(scan: S): S {
  const singles = new Set<string>();
  const inNames = new Set<string>();
  for (const c of scan.candidates) {
    if (c.words.length === 1) singles.add(c.words[0]);
    else for (const w of c.words) inNames.add(w);
  }
  const dropped = new Set<number>();
  // A name the document once says is a thing's ("X is a space capsule") is a thing throughout it.
  const things = new Set(scan.candidates.filter((c) => c.thing).map((c) => c.words.join(' ')));
  scan.candidates.forEach((c, i) => {
    if (things.has(c.words.join(' '))) dropped.add(i);
    if (isCommonPhrase(c) && !singles.has(c.words[0]) && !singles.has(c.words[c.words.length - 1])) dropped.add(i);
    // "Image: X Y" labels a caption; "Bush:" in a transcript is the Bush the document names in full.
    if (c.label && !inNames.has(c.words[0])) dropped.add(i);
  });
  if (dropped.size === 0) return scan;
  const goneAcronyms = new Set(scan.acronyms.filter((a) => dropped.has(a.candidate)).map((a) => a.acronym));
  scan.candidates.forEach((c, i) => {
    if (c.words.length === 1 && goneAcronyms.has(c.words[0])) dropped.add(i);
  });
  const at = new Map<number, number>();
  const candidates: NameCandidate[] = [];
  scan.candidates.forEach((c, i) => {
    if (dropped.has(i)) return;
    at.set(i, candidates.length);
    candidates.push(c);
  });
  const acronyms = scan.acronyms.filter((a) => at.has(a.candidate)).map((a) => ({ acronym: a.acronym, candidate: at.get(a.candidate)! }));
  return { ...scan, candidates, acronyms };
}

function isCommonPhrase(c: NameCandidate): boolean {
  if (c.words.length < 2 || c.hint !== null || c.personCue || c.speaks || c.placeCue || c.orgCue) return false;
  // "Jean Clement", "Frank Rack": a given name first makes the phrase a person's name.
  if (isGivenName(c.words[0])) return false;
  let words = 0;
  for (const w of c.words) {
    if (JOINERS.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(w) || !isDictionaryWord(w)) return false;
    words++;
  }
  return words >= 2;
}
