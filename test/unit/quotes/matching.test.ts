import * as assert from 'node:assert/strict';
import { nearExact, negationDiffers, paraphrase, restates, tokenDistance, wordsOf } from '../../../src/core/quotes/matching';
import { tokenize, Vocabulary } from '../../../src/core/quotes/normalize';

const vocab = new Vocabulary();
function words(text: string) {
  const tokens = tokenize(text, vocab);
  return wordsOf(tokens, 0, tokens.ids.length);
}

suite('quote matching rules', () => {
  test('word distance counts substitutions, insertions and deletions', () => {
    assert.equal(tokenDistance(['a', 'b', 'c'], ['a', 'x', 'c'], 3), 1);
    assert.equal(tokenDistance(['a', 'b'], ['a', 'b', 'c', 'd'], 3), 2);
    assert.equal(tokenDistance(['a'], ['a', 'b', 'c', 'd'], 1), 2);
  });

  test('a short phrase matches with one content word swapped, not with a function word swapped in', () => {
    assert.ok(nearExact(words('frank, substantial and constructive'), words('candid, substantial and constructive')));
    assert.ok(!nearExact(words('the best way forward'), words('the best way to')));
    assert.ok(!nearExact(words('a red line'), words('a red flag')));
  });

  test('possessives are interchangeable and a word may be added at the end', () => {
    assert.ok(nearExact(words('at their lowest'), words('at its lowest point')));
  });

  test('a negated statement is a different statement', () => {
    assert.ok(negationDiffers(words('we will cut supply'), words('we will not cut supply')));
    assert.ok(!paraphrase(words('We will cut oil supply if prices keep falling'), words('We will not cut oil supply if prices keep falling')));
  });

  test('a reworded translation of a long statement is a paraphrase, a statement on the same subject is not', () => {
    const a = words('The Taiwan issue constitutes the core of China’s fundamental interests, the most important issue in China-US relations');
    const b = words('the Taiwan issue is the core of China’s interests, the most important issue in China-U.S. relations');
    const c = words('Maintaining national unity is always at the core of China’s core interests');
    assert.ok(paraphrase(a, b));
    assert.ok(!paraphrase(a, c));
  });

  test('a passage restates a quotation only when it covers most of it', () => {
    const q = words('France still has a strong economic growth');
    assert.ok(!restates(q, words('France’s economic growth')));
    assert.ok(restates(q, words('France still has strong economic growth')));
  });
});
