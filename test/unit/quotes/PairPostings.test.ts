import * as assert from 'node:assert/strict';
import { PairPostings } from '../../../src/core/quotes/PairPostings';
import { pairKey } from '../../../src/core/quotes/linkerDoc';

function slotsOf(p: PairPostings, pair: number): number[] {
  const out: number[] = [];
  p.forEach(pair, (slot) => out.push(slot));
  return out.sort((a, b) => a - b);
}

suite('PairPostings', () => {
  test('answers the slots holding a pair and no other', () => {
    const p = new PairPostings();
    p.add(pairKey(1, 2), 0);
    p.add(pairKey(2, 1), 1);
    p.add(pairKey(1, 2), 2);
    assert.deepEqual(slotsOf(p, pairKey(1, 2)), [0, 2]);
    assert.deepEqual(slotsOf(p, pairKey(2, 1)), [1]);
    assert.deepEqual(slotsOf(p, pairKey(3, 4)), []);
  });

  test('keeps every slot through growth, removals and rebuilds', () => {
    const p = new PairPostings();
    for (let slot = 0; slot < 300; slot++) for (let w = 0; w < 100; w++) p.add(pairKey(w, w + slot % 7), slot);
    for (let slot = 0; slot < 300; slot += 2) for (let w = 0; w < 100; w++) p.remove(pairKey(w, w + slot % 7), slot);
    const oddWith = (gap: number) => Array.from({ length: 150 }, (_, i) => 2 * i + 1).filter((slot) => slot % 7 === gap);
    assert.deepEqual(slotsOf(p, pairKey(50, 53)), oddWith(3));
    assert.deepEqual(slotsOf(p, pairKey(50, 50)), oddWith(0));
    assert.deepEqual(slotsOf(p, pairKey(50, 58)), []);
  });
});
