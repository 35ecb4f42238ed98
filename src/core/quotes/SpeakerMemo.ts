import { attributeSpeakers } from './attributeSpeakers';
import type { Attribution, QuoteSpan, ResolvedMention } from './types';

/** Attributions kept from an earlier run: by slot, the digest of their inputs and the answer. */
export type SpeakerMemoEntries = Record<string, [digest: string, attributions: Attribution[]]>;

/**
 * Speaker attribution remembered across runs. `attributeSpeakers` depends on the text, the quotations
 * and the resolved mentions alone, so an answer stored under a digest of all three is given back
 * whenever the same three come again; anything else is attributed afresh.
 */
export class SpeakerMemo {
  private readonly used: SpeakerMemoEntries = {};
  /** How many attributions were given back rather than computed. */
  hits = 0;

  constructor(private readonly stored: SpeakerMemoEntries = {}) {}

  /** `attributeSpeakers`, answered from the memo when `slot` last had the same inputs. */
  attribute(slot: string, text: string, quotes: QuoteSpan[], mentions: ResolvedMention[]): Attribution[] {
    const digest = digestOf(text, quotes, mentions);
    const old = this.stored[slot];
    let answer: Attribution[];
    if (old && old[0] === digest && old[1].length === quotes.length) {
      answer = old[1];
      this.hits++;
    } else {
      answer = attributeSpeakers(text, quotes, mentions);
    }
    this.used[slot] = [digest, answer];
    return answer;
  }

  /** The entries this run used, which are what the next run may need. */
  entries(): SpeakerMemoEntries {
    return this.used;
  }
}

/** Two independent 32-bit hashes (FNV-1a and a multiplicative one) of the inputs, as 16 hex digits. */
function digestOf(text: string, quotes: QuoteSpan[], mentions: ResolvedMention[]): string {
  const spans = quotes.map((q) => `${q.start},${q.end},${q.kind},${q.marked ? 1 : 0}`).join(';');
  const named = mentions.map((m) => `${m.start},${m.end},${m.type},${m.entityId}`).join(';');
  let a = 0x811c9dc5;
  let b = 0x12345678;
  for (const s of [text, '\u0000', spans, '\u0000', named]) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
