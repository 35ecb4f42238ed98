import * as assert from 'node:assert/strict';
import { findQuotations, SpeakerMemo, type ResolvedMention } from '../../../src/core/quotes';
import { readSpeakerMemo, writeSpeakerMemo } from '../../../src/core/cache/speakerMemoEntry';

const text = '“The harbour will reopen in spring,” said Anna Berg. Tom Reed disagreed: “Not before autumn.”';
const quotes = findQuotations(text);

function mention(name: string, entityId: string): ResolvedMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, entityId, type: 'person' };
}

suite('SpeakerMemo', () => {
  const mentions = [mention('Anna Berg', 'p:berg'), mention('Tom Reed', 'p:reed')];

  test('an answer stored by an earlier run comes back for the same text, quotations and mentions', () => {
    const first = new SpeakerMemo();
    const computed = first.attribute('own:a.txt', text, quotes, mentions);
    assert.deepEqual(computed.map((a) => a.speaker), ['p:berg', 'p:reed']);
    const stored = readSpeakerMemo(writeSpeakerMemo(first.entries(), 'engine-1'), 'engine-1');
    const second = new SpeakerMemo(stored);
    assert.deepEqual(second.attribute('own:a.txt', text, quotes, mentions), computed);
    assert.equal(second.hits, 1);
  });

  test('a mention resolved to another entity is attributed afresh', () => {
    const first = new SpeakerMemo();
    first.attribute('own:a.txt', text, quotes, mentions);
    const second = new SpeakerMemo(first.entries());
    const moved = [mention('Anna Berg', 'p:anna-berg'), mentions[1]];
    assert.deepEqual(second.attribute('own:a.txt', text, quotes, moved).map((a) => a.speaker), ['p:anna-berg', 'p:reed']);
    assert.equal(second.hits, 0);
  });

  test('a stored memo from another engine, cut short or damaged is not trusted', () => {
    const memo = new SpeakerMemo();
    memo.attribute('own:a.txt', text, quotes, mentions);
    const stored = writeSpeakerMemo(memo.entries(), 'engine-1');
    assert.equal(readSpeakerMemo(stored, 'engine-2'), undefined);
    assert.equal(readSpeakerMemo(stored.slice(0, -3), 'engine-1'), undefined);
    assert.equal(readSpeakerMemo(stored.replace('p:reed', 'p:rees'), 'engine-1'), undefined);
  });
});
