import * as assert from 'node:assert/strict';
import { shiftRange } from '../../../src/core/annotations';

// The annotation covers [10, 20) in every case.
const at = (start: number, end: number, text: string) => shiftRange(10, 20, { start, end, text });

suite('shiftRange', () => {
  test('an edit after the annotation, even right at its end, leaves it alone', () => {
    assert.deepEqual(at(25, 30, ''), { start: 10, end: 20 });
    assert.deepEqual(at(20, 20, 'typed'), { start: 10, end: 20 });
  });

  test('an edit before it, even right at its start, moves it by the change in length', () => {
    assert.deepEqual(at(0, 5, ''), { start: 5, end: 15 });
    assert.deepEqual(at(10, 10, 'abc'), { start: 13, end: 23 });
  });

  test('typing inside it grows it and deleting inside it shrinks it', () => {
    assert.deepEqual(at(15, 15, 'abc'), { start: 10, end: 23 });
    assert.deepEqual(at(12, 14, ''), { start: 10, end: 18 });
  });

  test('an edit over one end trims that end', () => {
    assert.deepEqual(at(5, 12, 'x'), { start: 6, end: 14 });
    assert.deepEqual(at(18, 25, 'xyz'), { start: 10, end: 18 });
  });

  test('replacing all of it leaves nothing to annotate', () => {
    assert.equal(at(10, 20, 'new words'), undefined);
    assert.equal(at(0, 30, ''), undefined);
  });
});
