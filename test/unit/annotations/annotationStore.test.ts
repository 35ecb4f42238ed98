import * as assert from 'node:assert/strict';
import { AnnotationStore, StoreChange } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';

const DOC = 'news/a.txt';
const SIDECAR = 'news/a.txt.annotations.yaml';
const TEXT = 'The minister said the talks were useful. Critics disagreed sharply.';

let stores = 0;

/** A store with a fixed clock and ids unique across stores, as random ids are in real use. */
function storeOver(fs: MemoryFileSystem) {
  const prefix = `s${++stores}-`;
  let id = 0;
  let clock = 0;
  return new AnnotationStore({
    fs,
    codebookPath: 'marginalia.codebook.yaml',
    newId: () => `${prefix}${++id}`,
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

  test('a sidecar changed on disk is reloaded and merged by id with unsaved changes', async () => {
    const fs = new MemoryFileSystem();
    const mine = storeOver(fs);
    await mine.load(DOC, TEXT);
    mine.add(DOC, { ...span(TEXT, 'useful'), tags: ['a'] });
    await mine.save(DOC);
    const other = storeOver(fs);
    await other.load(DOC, TEXT);
    other.add(DOC, { ...span(TEXT, 'Critics'), tags: ['from/other'] });
    await other.save(DOC);
    const unsaved = mine.add(DOC, { ...span(TEXT, 'minister'), tags: ['from/me'] });
    await mine.reload(DOC);
    assert.deepEqual(mine.anchored(DOC).map((a) => TEXT.slice(a.start, a.end)), ['minister', 'useful', 'Critics']);
    assert.equal(mine.isDirty(DOC), true);
    await mine.save(DOC);
    const third = storeOver(fs);
    await third.load(DOC, TEXT);
    assert.equal(third.anchored(DOC).length, 3);
    assert.ok(third.get(DOC, unsaved.id));
  });

  test('saving over a sidecar someone else changed merges first instead of overwriting', async () => {
    const fs = new MemoryFileSystem();
    const mine = storeOver(fs);
    const other = storeOver(fs);
    await mine.load(DOC, TEXT);
    await other.load(DOC, TEXT);
    other.add(DOC, span(TEXT, 'Critics'));
    await other.save(DOC);
    mine.add(DOC, span(TEXT, 'useful'));
    await mine.save(DOC);
    const check = storeOver(fs);
    await check.load(DOC, TEXT);
    assert.equal(check.anchored(DOC).length, 2);
  });

  test('a sidecar that does not parse is reported with its line, never overwritten, and merged once fixed', async () => {
    const broken = 'version: 1\nsource: a.txt\ntextHash: h\nannotations:\n  - id: x\n    tags: [unclosed\n';
    const fs = new MemoryFileSystem({ [SIDECAR]: broken, 'news/b.txt.annotations.yaml': 'version: 9\n' });
    const store = storeOver(fs);
    await store.load(DOC, TEXT);
    await store.load('news/b.txt', 'other text');
    const problems = store.problems();
    assert.deepEqual(problems.map((p) => p.file), [SIDECAR, 'news/b.txt.annotations.yaml']);
    assert.ok(problems[0].line >= 6);
    store.add(DOC, span(TEXT, 'useful'));
    assert.equal(await store.save(DOC), 'refused');
    assert.equal(fs.files.get(SIDECAR), broken);
    // Someone repairs the file by hand: it now holds a different annotation.
    const elsewhere = new MemoryFileSystem();
    const fixer = storeOver(elsewhere);
    await fixer.load(DOC, TEXT);
    fixer.add(DOC, span(TEXT, 'Critics'));
    await fixer.save(DOC);
    fs.files.set(SIDECAR, elsewhere.files.get(SIDECAR)!);
    await store.reload(DOC);
    assert.equal(store.problems().length, 1);
    assert.deepEqual(store.anchored(DOC).map((a) => TEXT.slice(a.start, a.end)), ['useful', 'Critics']);
  });

  test('an annotation added while its sidecar is being written stays unsaved, and the next save writes it', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOver(fs);
    await store.load(DOC, TEXT);
    store.add(DOC, { ...span(TEXT, 'the talks'), tags: ['topic/talks'] });
    // The write finishes only after a second annotation has been added.
    const write = fs.writeAtomic.bind(fs);
    let release: (() => void) | undefined;
    fs.writeAtomic = async (path, text) => {
      if (path === SIDECAR) await new Promise<void>((resolve) => (release = resolve));
      return write(path, text);
    };
    const saving = store.save(DOC);
    while (!release) await new Promise((resolve) => setImmediate(resolve));
    store.add(DOC, { ...span(TEXT, 'Critics'), tags: ['tone/critical'] });
    release();
    await saving;
    assert.equal(store.isDirty(DOC), true, 'the later annotation is not on disk yet');
    fs.writeAtomic = write;
    await store.save(DOC);
    assert.equal(store.isDirty(DOC), false);
    assert.match(fs.files.get(SIDECAR) ?? '', /tone\/critical/);
  });

  test('a failed write keeps the changes unsaved and the old file intact', async () => {
    const fs = new MemoryFileSystem();
    const store = storeOver(fs);
    await store.load(DOC, TEXT);
    store.add(DOC, span(TEXT, 'useful'));
    await store.save(DOC);
    const before = fs.files.get(SIDECAR);
    store.add(DOC, span(TEXT, 'Critics'));
    fs.failWrites = true;
    await assert.rejects(store.save(DOC), /disk full/);
    assert.equal(fs.files.get(SIDECAR), before);
    assert.equal(store.isDirty(DOC), true);
    fs.failWrites = false;
    assert.equal(await store.save(DOC), 'written');
  });

  test('an annotation whose text left the source is kept in the sidecar as an orphan, and placed again when it returns', async () => {
    const fs = new MemoryFileSystem();
    const first = storeOver(fs);
    await first.load(DOC, TEXT);
    first.add(DOC, { ...span(TEXT, 'Critics disagreed sharply'), note: 'Which critics?' });
    await first.save(DOC);
    const edited = TEXT.replace(' Critics disagreed sharply.', '');
    const second = storeOver(fs);
    await second.load(DOC, edited);
    assert.equal(second.orphans(DOC).length, 1);
    await second.save(DOC);
    assert.match(fs.files.get(SIDECAR) ?? '', /orphaned: true/);
    assert.match(fs.files.get(SIDECAR) ?? '', /exact: Critics disagreed sharply/);
    const third = storeOver(fs);
    await third.load(DOC, TEXT);
    assert.equal(third.orphans(DOC).length, 0);
    assert.equal(third.anchored(DOC)[0].annotation.note, 'Which critics?');
  });

  test('positions in the sidecar count code points while the editor gets UTF-16 offsets', async () => {
    const fs = new MemoryFileSystem();
    const text = '😀 Intro\r\nThe envoy 🇹🇼 spoke.\r\n';
    const store = storeOver(fs);
    await store.load(DOC, text);
    store.add(DOC, span(text, 'spoke'));
    await store.save(DOC);
    const cp = [...text.slice(0, text.indexOf('spoke'))].length;
    assert.match(fs.files.get(SIDECAR) ?? '', new RegExp(`start: ${cp}\\n`));
    const again = storeOver(fs);
    await again.load(DOC, text);
    const [placed] = again.anchored(DOC);
    assert.equal(text.slice(placed.start, placed.end), 'spoke');
  });

  test('updates change tags, note and correction; invalid tags are refused', async () => {
    const store = storeOver(new MemoryFileSystem());
    await store.load(DOC, TEXT);
    const a = store.add(DOC, { ...span(TEXT, 'useful'), note: 'n' });
    const updated = store.update(DOC, a.id, { tags: ['x/y', 'x/y'], note: null, correction: { type: 'speaker', speaker: 'The minister' } });
    assert.deepEqual(updated.tags, ['x/y']);
    assert.equal(updated.note, undefined);
    assert.deepEqual(store.get(DOC, a.id)?.correction, { type: 'speaker', speaker: 'The minister' });
    assert.notEqual(updated.modified, a.modified);
    assert.throws(() => store.update(DOC, a.id, { tags: ['bad//tag'] }), /not a valid tag/);
    assert.throws(() => store.add(DOC, { start: 5, end: 5 }), /non-empty range/);
  });

  test('a codebook that does not parse is reported and never overwritten', async () => {
    const fs = new MemoryFileSystem({ 'marginalia.codebook.yaml': 'version: 1\ntags: [oops\n' });
    const store = storeOver(fs);
    await store.load(DOC, TEXT);
    store.add(DOC, { ...span(TEXT, 'useful'), tags: ['new/tag'] });
    assert.equal(await store.save(DOC), 'written');
    assert.equal(fs.files.get('marginalia.codebook.yaml'), 'version: 1\ntags: [oops\n');
    assert.deepEqual(store.problems().map((p) => p.file), ['marginalia.codebook.yaml']);
  });

  test('the annotations under a cursor come innermost first, and used tags are listed once', async () => {
    const store = storeOver(new MemoryFileSystem());
    await store.load(DOC, TEXT);
    const outer = store.add(DOC, { ...span(TEXT, 'the talks were useful'), tags: ['b/x', 'a/y'] });
    const inner = store.add(DOC, { ...span(TEXT, 'talks'), tags: ['b/x'] });
    const cursor = TEXT.indexOf('talks') + 2;
    assert.deepEqual(store.annotationsAt(DOC, cursor).map((a) => a.annotation.id), [inner.id, outer.id]);
    assert.deepEqual(store.annotationsAt(DOC, TEXT.indexOf('Critics')), []);
    assert.deepEqual(store.usedTags(), ['a/y', 'b/x']);
    assert.deepEqual(store.documents(), [DOC]);
  });
});
