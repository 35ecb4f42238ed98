import * as assert from 'node:assert/strict';
import { localTokens, numberTokens, packNumbers, unpackNumbers } from '../../../src/core/quotes/localTokens';
import { tokenize, Vocabulary } from '../../../src/core/quotes/normalize';

function plain(t: ReturnType<typeof tokenize>) {
  return { ids: [...t.ids], starts: [...t.starts], ends: [...t.ends] };
}

suite('localTokens', () => {
  test('numbers of every size come back as they were packed', () => {
    const numbers = [0, 1, 31, 32, 44, 1000, 1023, 1024, 70_000, 2 ** 31, 2 ** 40 + 5];
    const back: number[] = [];
    unpackNumbers(packNumbers(numbers), (n) => back.push(n));
    assert.deepEqual(back, numbers);
  });

  test('packed numbers are ASCII that JSON writes without escapes', () => {
    const packed = packNumbers(Array.from({ length: 2000 }, (_, i) => i));
    assert.match(packed, /^[\x30-\x7f]+$/);
    assert.equal(JSON.parse(JSON.stringify(packed)), packed);
    assert.equal(JSON.stringify(packed).length, packed.length + 2);
  });

  test('documents tokenised apart get the numbers one vocabulary would give them in the same order', () => {
    const texts = ['The U.S. minister said: “Taxes won’t rise.”', 'Taxes rose; the minister’s office, far away, said nothing.', ''];
    const direct = new Vocabulary();
    const later = new Vocabulary();
    for (const text of texts) {
      const local = JSON.parse(JSON.stringify(localTokens(text)));
      assert.deepEqual(plain(numberTokens(local, later)), plain(tokenize(text, direct)));
    }
    assert.deepEqual(later.words, direct.words);
  });
});
