import * as assert from 'node:assert/strict';
import { partitionPoint } from '../../src/core/partitionPoint';

suite('partitionPoint', () => {
  const sorted = [1, 3, 3, 5, 8];

  test('finds the first item not before the target, as a lower bound', () => {
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < 3), 1);
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i] <= 3), 3);
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < 6), 4);
  });

  test('returns 0 or the length at the ends, and 0 for an empty list', () => {
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < 0), 0);
    assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < 100), sorted.length);
    assert.equal(partitionPoint(0, () => true), 0);
  });

  test('agrees with a linear scan on random sorted lists', () => {
    for (let n = 0; n < 200; n++) {
      const list = Array.from({ length: n % 17 }, () => Math.floor(Math.random() * 10)).sort((a, b) => a - b);
      const target = Math.floor(Math.random() * 12);
      const linear = list.findIndex((v) => v >= target);
      assert.equal(partitionPoint(list.length, (i) => list[i] < target), linear === -1 ? list.length : linear);
    }
  });
});
