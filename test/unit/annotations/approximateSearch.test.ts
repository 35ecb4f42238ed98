import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { findApproximate } from '../../../src/core/annotations';

/** The fewest edits that turn the pattern into any substring of the text (plain dynamic programme). */
function bestErrors(text: string, pattern: string): number {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = column[pattern.length];
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) next[i] = Math.min(column[i - 1] + (pattern[i - 1] === c ? 0 : 1), column[i] + 1, next[i - 1] + 1);
    column = next;
    best = Math.min(best, column[pattern.length]);
  }
  return best;
}

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

  test('the bit-parallel search agrees with the plain dynamic programme, also past 32 characters', () => {
    const word = (min: number, max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: min, maxLength: max, size: 'max' });
    fc.assert(
      fc.property(word(1, 160), word(1, 100), fc.nat({ max: 40 }), (text, pattern, k) => {
        const matches = findApproximate(text, pattern, k, 0, text.length, Infinity);
        const expected = bestErrors(text, pattern);
        assert.equal(matches.length > 0 ? matches[0].errors : undefined, expected <= k ? expected : undefined);
        for (const m of matches) assert.equal(distance(pattern, text.slice(m.start, m.end)), m.errors);
      }),
      { numRuns: 200 },
    );
  });
});
