import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { AnnotationStore, parseSidecar } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';

const TEXT = 'The minister arrived late. He was calling him a friend, aides said, and left.';
const SIDECAR = 'a.txt.annotations.yaml';
const BY_HAND = `version: 1
source: a.txt
annotations:
  - tags: [tone/warm]
    target:
      exact: calling him a friend   # only the quote
`;

suite('hand-written annotations', () => {
  test('only tags and the quote are needed: the annotation is placed, and the same id comes back on every read', () => {
    const first = parseSidecar(BY_HAND, SIDECAR);
    const second = parseSidecar(BY_HAND, SIDECAR);
    assert.ok(first.ok && second.ok);
    assert.equal(first.sidecar.annotations[0].id, second.sidecar.annotations[0].id);
  });

  test('the store places it by its quote and the next write fills id, times and the full target, keeping the comment', async () => {
    const fs = new MemoryFileSystem({ [SIDECAR]: BY_HAND });
    const store = new AnnotationStore({ fs, now: () => '2026-02-02T00:00:00.000Z' });
    await store.load('a.txt', TEXT);
    const [placed] = store.anchored('a.txt');
    assert.equal(TEXT.slice(placed.start, placed.end), 'calling him a friend');
    assert.equal(placed.review, undefined);
    assert.equal(await store.save('a.txt'), 'written');
    const written = fs.files.get(SIDECAR)!;
    const [a] = parse(written).annotations;
    assert.match(a.id, /^hand-[0-9a-f]{12}$/);
    assert.equal(a.created, '2026-02-02T00:00:00.000Z');
    assert.deepEqual([a.target.start, a.target.prefix], [TEXT.indexOf('calling'), 'e minister arrived late. He was ']);
    assert.match(written, /# only the quote/);
    assert.match(written, /textHash: fnv1a:/);
  });

  test('a quote written by hand that occurs twice is placed at the first and marked for review', async () => {
    const fs = new MemoryFileSystem({ [SIDECAR]: BY_HAND });
    const store = new AnnotationStore({ fs });
    await store.load('a.txt', `${TEXT} Later: calling him a friend again.`);
    assert.equal(store.needingReview('a.txt').length, 1);
  });
});

suite('an invalid annotation among valid ones', () => {
  const MIXED = `version: 1
source: a.txt
annotations:
  - tags: [tone/warm]
    target:
      exact: calling him a friend
  - tags: twelve
    target:
      exact: arrived late
`;

  test('is reported with its line, the others are shown, and a save keeps it exactly as written', async () => {
    const fs = new MemoryFileSystem({ [SIDECAR]: MIXED });
    const store = new AnnotationStore({ fs });
    await store.load('a.txt', TEXT);
    assert.deepEqual(store.anchored('a.txt').map((a) => a.annotation.target.exact), ['calling him a friend']);
    const [problem] = store.problems();
    assert.deepEqual([problem.file, problem.line], [SIDECAR, 7]);
    assert.match(problem.message, /tags must be a list .*kept as written/);
    store.add('a.txt', { start: 0, end: 3, tags: ['x'] });
    assert.equal(await store.save('a.txt'), 'written');
    assert.match(fs.files.get(SIDECAR)!, /  - tags: twelve\n    target:\n      exact: arrived late\n/);
    store.remove('a.txt', store.anchored('a.txt')[0].annotation.id);
    store.remove('a.txt', store.anchored('a.txt')[0].annotation.id);
    await store.save('a.txt');
    assert.match(fs.files.get(SIDECAR) ?? 'deleted', /tags: twelve/, 'the file stays while it holds an invalid annotation');
  });

  test('a position too large for a number is reported on its line, and a save writes it back digit for digit', async () => {
    const huge = MIXED.replace('  - tags: twelve\n    target:\n      exact: arrived late\n', '  - tags: [t]\n    target:\n      exact: arrived late\n      start: 99999999999999999999999\n      end: 100000000000000000000000\n');
    const fs = new MemoryFileSystem({ [SIDECAR]: huge });
    const store = new AnnotationStore({ fs });
    await store.load('a.txt', TEXT);
    assert.deepEqual(store.problems().map((p) => [p.line, /start must be a whole number/.test(p.message)]), [[10, true], [11, false]]);
    store.add('a.txt', { start: 0, end: 3, tags: ['x'] });
    assert.equal(await store.save('a.txt'), 'written');
    assert.match(fs.files.get(SIDECAR)!, /      start: 99999999999999999999999\n      end: 100000000000000000000000\n/);
  });

  test('a save that would grow a hand-written sidecar past the size limit is refused with what to do, and the file is left as it was', async () => {
    const fs = new MemoryFileSystem({ [SIDECAR]: MIXED });
    const store = new AnnotationStore({ fs, maxSidecarLength: MIXED.length + 100 });
    await store.load('a.txt', TEXT);
    await assert.rejects(store.save('a.txt'), /a\.txt\.annotations\.yaml would grow past \d+ characters, more than Marginalia reads back: split the source or remove annotations/);
    assert.equal(fs.files.get(SIDECAR), MIXED);
  });
});
