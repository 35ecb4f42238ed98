import * as assert from 'node:assert/strict';
import { PairPostings } from '../../../src/core/quotes/PairPostings';
import { pairKey } from '../../../src/core/quotes/linkerDoc';

/** Postings over slots whose pairs are kept beside them, as the linker keeps each document's pairs. */
function postings(): { p: PairPostings; add: (slot: number, pairs: number[]) => void; remove: (slot: number) => void } {
  const held = new Map<number, number[]>();
  const p = new PairPostings((slot, pair) => held.get(slot)?.includes(pair) ?? false);
  return {
    p,
    add: (slot, pairs) => {
      held.set(slot, pairs);
      for (const pair of pairs) p.add(pair, slot);
    },
    remove: (slot) => {
      p.removeSlot(slot, held.get(slot) ?? []);
      held.delete(slot);
    },
  };
}

function slotsOf(p: PairPostings, pair: number): number[] {
  const out: number[] = [];
  p.forEach(pair, (slot) => out.push(slot));
  return out.sort((a, b) => a - b);
}

suite('PairPostings', () => {
  test('answers the slots holding a pair and no other', () => {
    const { p, add } = postings();
    add(0, [pairKey(1, 2)]);
    add(1, [pairKey(2, 1)]);
    add(2, [pairKey(1, 2), pairKey(5, 6)]);
    assert.deepEqual(slotsOf(p, pairKey(1, 2)), [0, 2]);
    assert.deepEqual(slotsOf(p, pairKey(2, 1)), [1]);
    assert.deepEqual(slotsOf(p, pairKey(3, 4)), []);
  });

  test('keeps every slot through growth, removals and rebuilds', () => {
    const { p, add, remove } = postings();
    for (let slot = 0; slot < 300; slot++) add(slot, Array.from({ length: 100 }, (_, w) => pairKey(w, w + (slot % 7))));
    for (let slot = 0; slot < 300; slot += 2) remove(slot);
    const oddWith = (gap: number) => Array.from({ length: 150 }, (_, i) => 2 * i + 1).filter((slot) => slot % 7 === gap);
    assert.deepEqual(slotsOf(p, pairKey(50, 53)), oddWith(3));
    assert.deepEqual(slotsOf(p, pairKey(50, 50)), oddWith(0));
    assert.deepEqual(slotsOf(p, pairKey(50, 58)), []);
  });
});
