import { CUE_SOURCE } from './cues';
import type { LinkDoc } from './linkerDoc';

/** Words that may stand between the speech verb and the restated words: "that", a subject, an auxiliary. */
const MAX_LEAD_WORDS = 5;

/** A speech verb, optionally "that", then up to MAX_LEAD_WORDS words, at the end of the text before a window. */
const REPORTED = new RegExp(`${CUE_SOURCE}(?:\\s+that)?((?:\\s+[\\p{L}\\p{N}’'-]+,?){0,${MAX_LEAD_WORDS}})\\s+$`, 'u');

/**
 * Where the reported clause holding token `first` starts ("said that the network doesn’t pay..."): the token
 * after the speech verb and its "that", or -1 when no speech verb introduces it within the sentence.
 */
export function reportedClauseStart(doc: LinkDoc, first: number): number {
  const { starts } = doc.tokens;
  const from = Math.max(0, starts[first] - 120);
  const before = doc.text.slice(from, starts[first]);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.search(/[“”"][^“”"]*$/)) + 1);
  const m = REPORTED.exec(sentence + ' ');
  if (!m) return -1;
  const lead = (m[2] ?? '').trim();
  const leadWords = lead === '' ? 0 : lead.split(/\s+/).length;
  return first - leadWords;
}
