import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { emptyCounts, fuzzTrial } from '../../fuzz/anchoringFuzz';
import { Random } from '../../fuzz/randomEdits';

const SEEDS = join(__dirname, '../../../seeds');
const texts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));

suite('re-anchoring under random edits of the samples (property; `npm run fuzz` runs it long)', () => {
  test('no annotation lands on other text unmarked, and every deleted passage is orphaned or marked for review', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 0x7fffffff }), fc.nat(texts.length - 1), async (seed, which) => {
        const counts = emptyCounts();
        await fuzzTrial(texts[which], new Random(seed), counts);
        assert.equal(counts.otherTextWithoutReview, 0, counts.examples.join('\n'));
        assert.equal(counts.deletedOrphanedOrReview, counts.deleted);
        assert.equal(counts.untouchedPlacedRight, counts.untouched);
      }),
      // A fixed seed keeps `npm test` deterministic; the long run explores fresh ones.
      { numRuns: 60, seed: 20261203 },
    );
  });
});
