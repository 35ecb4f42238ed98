import { CUE_SOURCE, DEICTIC_START, FIRST_PERSON, SPEECH_TAIL_SOURCE } from './cues';
import { sentences, wordCount, type Range } from './text';

/** A sentence that ends ", <Name|he|she> <cue verb> ...": group 1 is the clause before the attribution. */
const TRAILING_CUE = new RegExp(
  `^(.*[^\\s,]),\\s+(?:he|she|they|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,2})\\s+${SPEECH_TAIL_SOURCE}[^,;:“”"«»]*$`,
  'u',
);
/** "saying: <clause>": the clause after the colon is the speech. */
const COLON_CUE = new RegExp(`${CUE_SOURCE}(?:\\s+[\\p{L}]+){0,2}\\s*:\\s+([^“”"«»‘]+?)[.!?]?$`, 'u');
/** A clause that itself reports speech in the third person ("Qin Gang stressed that ...") is not direct speech. */
const REPORTED = new RegExp(`(?:[\\p{Lu}][\\p{L}]+|he|she|they|officials?)\\s+${CUE_SOURCE}`, 'u');
/** Direct speech shorter than this is too thin to tell from narration. */
const MIN_WORDS = 5;

/** True when a clause sounds like the speaker's own words: first person, or a present-tense deictic opening. */
function soundsLikeSpeech(clause: string): boolean {
  return wordCount(clause) >= MIN_WORDS && !REPORTED.test(clause) && (FIRST_PERSON.test(clause) || DEICTIC_START.test(clause));
}

/** Finds direct speech whose quote marks were lost, in the sentences of a paragraph that hold no marked quotation. */
export function findUnmarkedSpeech(text: string, para: Range, marked: Range[]): Range[] {
  const found: Range[] = [];
  for (const s of sentences(text, para)) {
    if (marked.some((q) => q.start < s.end && q.end > s.start)) continue;
    const sentence = text.slice(s.start, s.end);
    if (/[“”"«»„]/.test(sentence)) continue;
    const trailing = TRAILING_CUE.exec(sentence);
    if (trailing && soundsLikeSpeech(trailing[1])) {
      found.push({ start: s.start, end: s.start + trailing[1].length });
      continue;
    }
    const colon = COLON_CUE.exec(sentence);
    if (colon && soundsLikeSpeech(colon[2])) {
      const start = s.start + colon.index + colon[0].lastIndexOf(colon[2]);
      found.push({ start, end: start + colon[2].length });
    }
  }
  return found;
}
