import * as assert from 'node:assert/strict';
import { wordDiff } from '../../../src/core/views/wordDiff';

const changed = (base: string, text: string) => wordDiff(base, text).filter((s) => s.changed).map((s) => s.text);

suite('wordDiff', () => {
  test('marks only the words the other wording does not share', () => {
    assert.deepEqual(changed('frank, substantial and constructive', 'candid, substantial and constructive'), ['candid']);
    assert.deepEqual(changed('frank, deep and constructive', 'candid, substantial and constructive'), ['candid', 'substantial']);
  });

  test('ignores case and punctuation but keeps the text verbatim', () => {
    const text = '“We had FRANK talks,” he said';
    const segments = wordDiff('we had frank talks', text);
    assert.equal(segments.map((s) => s.text).join(''), text);
    assert.deepEqual(segments.filter((s) => s.changed).map((s) => s.text), ['he', 'said']);
  });

  test('respects word order: a moved word counts as changed once', () => {
    assert.deepEqual(changed('a b c', 'c a b'), ['c']);
  });

  test('identical and empty texts have no changes', () => {
    assert.deepEqual(changed('same words', 'Same words.'), []);
    assert.deepEqual(wordDiff('x', ''), []);
  });

  test('very long texts still diff, by word membership', () => {
    const long = Array.from({ length: 600 }, (_, i) => `w${i}`).join(' ');
    assert.deepEqual(changed(long, `${long} extra`), ['extra']);
  });
});
