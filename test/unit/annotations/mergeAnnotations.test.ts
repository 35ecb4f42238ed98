import * as assert from 'node:assert/strict';
import { Annotation, mergeAnnotations } from '../../../src/core/annotations';

function a(id: string, changes: Partial<Annotation> = {}): Annotation {
  return { id, tags: ['t'], created: '2026-01-01', modified: '2026-01-01', target: { exact: id, prefix: '', suffix: '', start: 0, end: 1 }, ...changes };
}

const ids = (list: Annotation[]) => list.map((x) => x.id).sort();

suite('mergeAnnotations', () => {
  test('annotations added on either side are all kept', () => {
    const base = [a('x')];
    assert.deepEqual(ids(mergeAnnotations(base, [a('x'), a('mine')], [a('x'), a('theirs')])), ['mine', 'theirs', 'x']);
  });

  test('a change on one side wins over the other side leaving it alone', () => {
    const base = [a('x')];
    const theirs = [a('x', { note: 'from disk', modified: '2026-01-02' })];
    assert.equal(mergeAnnotations(base, [a('x')], theirs)[0].note, 'from disk');
    const mine = [a('x', { tags: ['new'], modified: '2026-01-02' })];
    assert.deepEqual(mergeAnnotations(base, mine, [a('x')])[0].tags, ['new']);
  });

  test('a deletion wins only over an annotation the other side did not change', () => {
    const base = [a('x'), a('y')];
    const mine = [a('y', { note: 'edited here', modified: '2026-01-03' })];
    const theirs = [a('x')];
    // Here x was deleted (theirs left it alone) and y was deleted on disk (but edited here).
    assert.deepEqual(ids(mergeAnnotations(base, mine, theirs)), ['y']);
    const theirsEdited = [a('x', { note: 'edited on disk', modified: '2026-01-03' })];
    assert.deepEqual(ids(mergeAnnotations(base, [a('y')], theirsEdited)), ['x']);
  });

  test('when both sides changed an annotation the later edit wins and no tag or note is lost', () => {
    const base = [a('x', { note: 'original' })];
    const mine = [a('x', { tags: ['mine'], note: 'my note', modified: '2026-02-01' })];
    const theirs = [a('x', { tags: ['theirs'], note: 'their note', modified: '2026-03-01', correction: { type: 'not-a-quote' } })];
    const [merged] = mergeAnnotations(base, mine, theirs);
    assert.deepEqual(merged.tags, ['theirs', 'mine']);
    assert.match(merged.note ?? '', /their note[\s\S]*my note/);
    assert.deepEqual(merged.correction, { type: 'not-a-quote' });
  });

  test('moved positions alone are not a change that would undo a deletion on disk', () => {
    const base = [a('x')];
    const moved = [a('x', { target: { exact: 'x', prefix: 'p', suffix: '', start: 40, end: 41 } })];
    assert.deepEqual(mergeAnnotations(base, moved, []), []);
  });
});
