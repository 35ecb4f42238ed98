import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyCounts, fuzzTrial } from './anchoringFuzz';
import { Random } from './randomEdits';

/**
 * `npm run fuzz [trials] [seed]`: random edits of the sample articles, then re-anchoring, counted
 * against where each annotated passage truly went. Prints the figures issue #10 sets targets for.
 */
async function main(): Promise<void> {
  const trials = Number(process.argv[2] ?? 800);
  const seed = Number(process.argv[3] ?? 1);
  const folder = join(__dirname, '../../seeds');
  const texts = readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(folder, f), 'utf8'));
  const random = new Random(seed);
  const counts = emptyCounts();
  for (let i = 0; i < trials; i++) await fuzzTrial(random.pick(texts), random, counts);
  const share = (n: number, of: number) => `${n} of ${of} (${((100 * n) / Math.max(1, of)).toFixed(2)}%)`;
  console.log(`${trials} trials (seed ${seed}), ${counts.annotations} annotations`);
  console.log(`placed on other text without review: ${counts.otherTextWithoutReview}   (target 0)`);
  console.log(`untouched passages re-anchored:      ${share(counts.untouchedPlacedRight, counts.untouched)}   (target >= 99.9%), ${counts.untouchedReview} of them marked for review`);
  console.log(`deleted passages orphaned or marked: ${share(counts.deletedOrphanedOrReview, counts.deleted)}   (target all)`);
  console.log(`changed passages: ${counts.changed}; orphaned in all: ${counts.orphaned}; marked for review in all: ${counts.review}`);
  console.log(`back in place after --fix and undoing the edits: ${share(counts.restoredAfterRevert, counts.annotations)}`);
  for (const example of counts.examples.slice(0, 10)) console.log(`  e.g. ${example}`);
  const ok = counts.otherTextWithoutReview === 0 && counts.untouchedPlacedRight >= 0.999 * counts.untouched && counts.deletedOrphanedOrReview === counts.deleted;
  process.exitCode = ok ? 0 : 1;
}

void main();
