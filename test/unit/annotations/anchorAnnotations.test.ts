import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAnnotations, Annotation, AnnotationStore, describeTarget, OffsetMap, TextChange } from '../../../src/core/annotations';
import { MemoryFileSystem } from './memoryFileSystem';

/**
 * A generated document: filler, passage, filler, passage, ..., filler. Fillers are token lists
 * (lower case, spaces, CRLF, emoji); each passage is unique, at least 16 characters, and drawn from
 * its own upper-case letters, so no passage can be mistaken for another or grow out of filler.
 */
interface Doc {
  fillers: string[][];
  passages: string[];
}

interface Edit {
  gap: number;
  at: number;
  remove: number;
  insert: string[];
}

const fillerToken = fc.constantFrom('a', 'b', 'c', ' ', '.', '\r\n', '😀', 'é');
const filler = (max: number) => fc.array(fillerToken, { maxLength: max });
const passage = (i: number) =>
  fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXY'.slice(i * 5, i * 5 + 5).split('')), { minLength: 16, maxLength: 30 }).map((a) => a.join(''));
const docArb: fc.Arbitrary<Doc> = fc.integer({ min: 1, max: 5 }).chain((k) =>
  fc.record({
    fillers: fc.array(filler(60), { minLength: k + 1, maxLength: k + 1 }),
    passages: fc.tuple(...Array.from({ length: k }, (_, i) => passage(i))),
  }),
);
const editsArb = fc.array(fc.record({ gap: fc.nat(), at: fc.nat(), remove: fc.nat({ max: 12 }), insert: filler(12) }), { maxLength: 8 });

function render(doc: Doc): string {
  return doc.fillers.map((f, i) => f.join('') + (doc.passages[i] ?? '')).join('');
}

/** Applies an edit inside one filler and returns it as a text change of the text before it. */
function applyEdit(doc: Doc, edit: Edit): TextChange {
  const g = edit.gap % doc.fillers.length;
  const tokens = doc.fillers[g];
  const at = edit.at % (tokens.length + 1);
  const remove = Math.min(edit.remove, tokens.length - at);
  const offset = doc.fillers.slice(0, g).reduce((n, f, i) => n + f.join('').length + doc.passages[i].length, 0) + tokens.slice(0, at).join('').length;
  const removed = tokens.splice(at, remove, ...edit.insert);
  return { start: offset, end: offset + removed.join('').length, text: edit.insert.join('') };
}

function annotate(doc: Doc): Annotation[] {
  const text = render(doc);
  const map = new OffsetMap(text);
  return doc.passages.map((p, i) => {
    const start = text.indexOf(p);
    return { id: `p${i}`, tags: [], created: 't', modified: 't', target: describeTarget(map, start, start + p.length) };
  });
}

suite('anchorAnnotations (property)', () => {
  test('edits that avoid the annotated passages keep every annotation on its passage', () => {
    fc.assert(
      fc.property(docArb, editsArb, (doc, edits) => {
        const annotations = annotate(doc);
        for (const edit of edits) applyEdit(doc, edit);
        const text = render(doc);
        const { anchored, orphans } = anchorAnnotations(new OffsetMap(text), annotations);
        assert.deepEqual(orphans, []);
        for (const a of anchored) assert.equal(text.slice(a.start, a.end), doc.passages[Number(a.annotation.id.slice(1))]);
      }),
      { numRuns: 300 },
    );
  });

  test('deleting passages orphans exactly the annotations on them', () => {
    fc.assert(
      fc.property(docArb, editsArb, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (doc, edits, deleted) => {
        const annotations = annotate(doc);
        doc.passages = doc.passages.map((p, i) => (deleted[i] ? '' : p));
        for (const edit of edits) applyEdit(doc, edit);
        const { orphans } = anchorAnnotations(new OffsetMap(render(doc)), annotations);
        const expected = annotations.filter((_, i) => deleted[i]).map((a) => a.id);
        assert.deepEqual(orphans.map((o) => o.id).sort(), expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  test('the same edits made live in the editor move annotations along with their passages', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, editsArb, async (doc, edits) => {
        const store = new AnnotationStore({ fs: new MemoryFileSystem() });
        const path = 'doc.txt';
        await store.load(path, render(doc));
        const text0 = render(doc);
        for (const p of doc.passages) store.add(path, { start: text0.indexOf(p), end: text0.indexOf(p) + p.length });
        for (const edit of edits) store.applyTextChanges(path, [applyEdit(doc, edit)]);
        const text = render(doc);
        const placed = store.anchored(path).map((a) => text.slice(a.start, a.end));
        assert.deepEqual(placed, doc.passages);
      }),
      { numRuns: 200 },
    );
  });
});
