import * as assert from 'node:assert/strict';
import { matchSource } from '../../../src/core/exchange/matchSource';

const DOCUMENTS = [
  { path: 'bbc/one.txt', text: 'First article.' },
  { path: 'guardian/one.txt', text: 'Second article.' },
  { path: 'two.md', text: 'Third article.' },
];

suite('matching an imported source to a workspace article', () => {
  test('by the same path, or a path or IRI that ends with it', () => {
    assert.equal(matchSource('bbc/one.txt', undefined, DOCUMENTS)?.path, 'bbc/one.txt');
    assert.equal(matchSource('https://example.org/corpus/guardian/one.txt', undefined, DOCUMENTS)?.path, 'guardian/one.txt');
    assert.equal(matchSource('C:\\Users\\me\\corpus\\two.md', undefined, DOCUMENTS)?.path, 'two.md');
  });

  test('by a file name only one article has; an ambiguous name falls back to the text', () => {
    assert.equal(matchSource('two.md', undefined, DOCUMENTS)?.path, 'two.md');
    assert.equal(matchSource('one.txt', undefined, DOCUMENTS), undefined);
    assert.equal(matchSource('one.txt', 'Second article.', DOCUMENTS)?.path, 'guardian/one.txt');
  });

  test('by identical text when the tool renamed the source', () => {
    assert.equal(matchSource('Interview 3', 'Third article.', DOCUMENTS)?.path, 'two.md');
    assert.equal(matchSource('Interview 3', 'Text of an article nobody has.', DOCUMENTS), undefined);
  });
});
