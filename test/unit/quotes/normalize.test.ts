import * as assert from 'node:assert/strict';
import { normalizeWord, tokenize, Vocabulary } from '../../../src/core/quotes/normalize';

suite('quote word normalisation', () => {
  test('folds case, accents, possessives, abbreviations and plurals', () => {
    assert.deepEqual(['U.S.', 'China’s', 'interests', 'Café', 'their', 'policies', 'status'].map(normalizeWord), [
      'us', 'china', 'interest', 'cafe', 'poss', 'policy', 'status',
    ]);
  });

  test('tokens keep their offsets in the text and split hyphenated words', () => {
    const text = 'China-US ties, said Mr. Xi.';
    const tokens = tokenize(text, new Vocabulary());
    const seen = [...tokens.ids].map((id, i) => [tokens.vocab.words[id], text.slice(tokens.starts[i], tokens.ends[i])]);
    assert.deepEqual(seen, [['china', 'China'], ['us', 'US'], ['tie', 'ties'], ['said', 'said'], ['mr', 'Mr'], ['xi', 'Xi']]);
  });
});
