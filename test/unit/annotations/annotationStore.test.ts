import * as assert from 'node:assert/strict';
import { AnnotationStore, StoreChange } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';

const DOC = 'news/a.txt';
const SIDECAR = 'news/a.txt.annotations.yaml';
const TEXT = 'The minister said the talks were useful. Critics disagreed sharply.';

function storeOver(fs: MemoryFileSystem) {
  let id = 0;
  let clock = 0;
  return new AnnotationStore({
    fs,
    codebookPath: 'marginalia.codebook.yaml',
    newId: () => `id${++id}`,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString(),
  });
}

function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
}

suite('AnnotationStore', () => {
  test('the first annotation creates the sidecar and the last one removed deletes it', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOver(fs);
    await store.load(DOC, TEXT);
    const a = store.add(DOC, { ...span(TEXT, 'the talks'), tags: ['topic/talks'], note: 'Key claim' });
    assert.equal(await store.save(DOC), 'written');
    assert.match(fs.files.get(SIDECAR) ?? '', /exact: the talks/);
    assert.match(fs.files.get('marginalia.codebook.yaml') ?? '', /topic\/talks:\n\s+color: "#/);
    store.remove(DOC, a.id);
    assert.equal(await store.save(DOC), 'deleted');
    assert.equal(fs.files.has(SIDECAR), false);
  });

  test('a saved sidecar loads back onto the same text', async () => {
    const fs = new MemoryFileSystem();
    const first = storeOver(fs);
    await first.load(DOC, TEXT);
    first.add(DOC, { ...span(TEXT, 'Critics disagreed'), tags: ['tone/critical'] });
    await first.save(DOC);
    const second = storeOver(fs);
    await second.load(DOC, TEXT);
    const [placed] = second.anchored(DOC);
    assert.equal(TEXT.slice(placed.start, placed.end), 'Critics disagreed');
    assert.deepEqual(placed.annotation.tags, ['tone/critical']);
  });

  test('unsaved edits above an annotation move it and a deleted passage becomes an orphan', async () => {
    const store = storeOver(new MemoryFileSystem());
    await store.load(DOC, TEXT);
    store.add(DOC, span(TEXT, 'useful'));
    store.add(DOC, span(TEXT, 'sharply'));
    store.applyTextChanges(DOC, [{ start: 0, end: 0, text: 'Yesterday: ' }]);
    const deleteAt = span('Yesterday: ' + TEXT, ' sharply');
    store.applyTextChanges(DOC, [{ ...deleteAt, text: '' }]);
    const placed = store.anchored(DOC);
    assert.equal(placed.length, 1);
    assert.equal(('Yesterday: ' + TEXT).slice(placed[0].start, placed[0].end), 'useful');
    assert.deepEqual(store.orphans(DOC).map((o) => o.target.exact), ['sharply']);
  });

  test('an undo that brings an orphan’s text back places it again', async () => {
    const store = storeOver(new MemoryFileSystem());
    await store.load(DOC, TEXT);
    store.add(DOC, span(TEXT, 'Critics disagreed sharply'));
    const cut = span(TEXT, 'Critics disagreed sharply');
    store.applyTextChanges(DOC, [{ ...cut, text: '' }]);
    assert.equal(store.orphans(DOC).length, 1);
    store.applyTextChanges(DOC, [{ start: cut.start, end: cut.start, text: 'Critics disagreed sharply' }]);
    assert.equal(store.orphans(DOC).length, 0);
    assert.equal(store.anchored(DOC).length, 1);
  });

  test('listeners hear about changes until they dispose', async () => {
    const store = storeOver(new MemoryFileSystem());
    const heard: StoreChange[] = [];
    const subscription = store.onDidChange((c) => heard.push(c));
    await store.load(DOC, TEXT);
    store.add(DOC, span(TEXT, 'useful'));
    assert.ok(heard.some((c) => c.kind === 'annotations' && c.documentPath === DOC));
    subscription.dispose();
    const count = heard.length;
    store.add(DOC, span(TEXT, 'minister'));
    assert.equal(heard.length, count);
  });
});
