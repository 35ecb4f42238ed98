import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';

const TEXT = 'The minister said the talks were useful. Critics disagreed sharply.';

function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
}

suite('undo of annotation changes', () => {
  test('a removed tag comes back where it was, even after the text above it changed', async () => {
    const store = new AnnotationStore({ fs: new MemoryFileSystem() });
    await store.load('a.txt', TEXT);
    const a = store.add('a.txt', { ...span(TEXT, 'Critics disagreed'), tags: ['tone/critical'], note: 'Why' });
    store.remove('a.txt', a.id);
    store.applyTextChanges('a.txt', [{ start: 0, end: 0, text: 'Update: ' }]);
    assert.equal(store.undo('a.txt'), true);
    const [back] = store.anchored('a.txt');
    assert.deepEqual([back.annotation.id, back.annotation.note, back.start], [a.id, 'Why', 'Update: '.length + TEXT.indexOf('Critics')]);
  });

  test('undo reverts an update, then the addition, then reports nothing left', async () => {
    const store = new AnnotationStore({ fs: new MemoryFileSystem() });
    await store.load('a.txt', TEXT);
    const a = store.add('a.txt', { ...span(TEXT, 'the talks'), tags: ['topic/talks'] });
    store.update('a.txt', a.id, { tags: ['topic/other'], note: 'changed' });
    assert.equal(store.undo('a.txt'), true);
    assert.deepEqual([store.get('a.txt', a.id)?.tags, store.get('a.txt', a.id)?.note], [['topic/talks'], undefined]);
    assert.equal(store.undo('a.txt'), true);
    assert.equal(store.get('a.txt', a.id), undefined);
    assert.equal(store.undo('a.txt'), false);
  });
});

suite('the editor\'s own undo: an annotation change or a text edit, whichever is newest', () => {
  test('an annotation change is the newest until the text is edited, and again once the edit is undone', async () => {
    const store = new AnnotationStore({ fs: new MemoryFileSystem() });
    await store.load('a.txt', TEXT);
    assert.equal(store.undoesAnnotation('a.txt'), false, 'nothing to undo yet');
    store.add('a.txt', { ...span(TEXT, 'the talks'), tags: ['topic/talks'] });
    assert.equal(store.undoesAnnotation('a.txt'), true);
    store.applyTextChanges('a.txt', [{ start: 0, end: 0, text: 'Update: ' }]);
    assert.equal(store.undoesAnnotation('a.txt'), false, 'the typing is newer: the editor undoes it');
    store.applyTextChanges('a.txt', [{ start: 0, end: 'Update: '.length, text: '' }]);
    assert.equal(store.undoesAnnotation('a.txt'), true, 'with the typing undone, the tag is next');
    assert.equal(store.undo('a.txt'), true);
    assert.deepEqual(store.anchored('a.txt'), []);
    assert.equal(store.undoesAnnotation('a.txt'), false);
  });
});
