import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';

const DOC = 'a.txt';
const SIDECAR = 'a.txt.annotations.yaml';
const TEXT = 'Intro line one here.\nThe minister said yes to the plan.\nOther words follow now.';
/** The passage's line was copied and the lines around it rewritten: two places now match equally well. */
const EDITED = 'Something else entirely.\nThe minister said yes to the plan.\nA different ending.\nThe minister said yes to the plan.\nMore.';

async function annotated(fs: MemoryFileSystem): Promise<void> {
  const store = new AnnotationStore({ fs });
  await store.load(DOC, TEXT);
  const start = TEXT.indexOf('said yes');
  store.add(DOC, { start, end: start + 'said yes'.length, tags: ['tone/agree'] });
  await store.save(DOC);
}

suite('placements marked for review', () => {
  test('an unsure placement is listed for review, and a save keeps its stored target', async () => {
    const fs = new MemoryFileSystem();
    await annotated(fs);
    const withoutHash = (yaml = '') => yaml.replace(/textHash: .*/, '');
    const before = withoutHash(fs.files.get(SIDECAR));
    const store = new AnnotationStore({ fs });
    await store.load(DOC, EDITED);
    assert.deepEqual(store.needingReview(DOC).map((a) => EDITED.slice(a.start, a.end)), ['said yes']);
    await store.save(DOC);
    assert.equal(withoutHash(fs.files.get(SIDECAR)), before);
  });

  test('undoing the edit after a save brings the annotation back to its first place, no longer for review', async () => {
    const fs = new MemoryFileSystem();
    await annotated(fs);
    const edited = new AnnotationStore({ fs });
    await edited.load(DOC, EDITED);
    await edited.save(DOC);
    const reverted = new AnnotationStore({ fs });
    await reverted.load(DOC, TEXT);
    const [placed] = reverted.anchored(DOC);
    assert.deepEqual([placed.start, placed.review], [TEXT.indexOf('said yes'), undefined]);
    assert.deepEqual(reverted.needingReview(DOC), []);
  });

  test('a confirmed placement is saved where it now is', async () => {
    const fs = new MemoryFileSystem();
    await annotated(fs);
    const store = new AnnotationStore({ fs });
    await store.load(DOC, EDITED);
    const [unsure] = store.needingReview(DOC);
    assert.equal(store.confirm(DOC, unsure.annotation.id), true);
    assert.equal(store.confirm(DOC, unsure.annotation.id), false);
    await store.save(DOC);
    assert.match(fs.files.get(SIDECAR) ?? '', new RegExp(`start: ${EDITED.indexOf('said yes')}\\n`));
    const again = new AnnotationStore({ fs });
    await again.load(DOC, EDITED);
    assert.deepEqual(again.needingReview(DOC), []);
  });
});
