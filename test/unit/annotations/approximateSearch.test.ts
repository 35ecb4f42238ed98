import * as assert from 'node:assert/strict';
import { findApproximate } from '../../../src/core/annotations';

suite('findApproximate', () => {
  test('an exact occurrence is found with no errors', () => {
    const [best] = findApproximate('one two three four', 'three', 1);
    assert.deepEqual(best, { start: 8, end: 13, errors: 0 });
  });

  test('a substitution, an insertion and a deletion each cost one error', () => {
    const text = 'xx the quick brown fox yy';
    for (const pattern of ['the quack brown fox', 'the quick brownn fox', 'the quck brown fox']) {
      const [best] = findApproximate(text, pattern, 2);
      assert.equal(best.errors, 1, pattern);
      assert.equal(text.slice(best.start, best.end), 'the quick brown fox', pattern);
    }
  });

  test('nothing is found when more edits than allowed are needed', () => {
    assert.deepEqual(findApproximate('abcdefgh', 'abXYZfgh', 2), []);
  });

  test('the search stays inside the given window', () => {
    const text = 'needle ........ needle';
    const matches = findApproximate(text, 'needle', 0, 5);
    assert.deepEqual(matches.map((m) => m.start), [16]);
  });

  test('separate places are reported separately, fewest errors first', () => {
    const matches = findApproximate('cat ... cut ... cat', 'cat', 1);
    assert.deepEqual(matches.map((m) => [m.start, m.errors]), [[0, 0], [16, 0], [8, 1]]);
  });
});
