import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { Annotation, readCanonicalSidecar, Sidecar, writeCanonicalSidecar } from '../../../src/core/annotations';
import { readCanonicalWithComments } from '../../../src/core/annotations/canonicalSidecar';
import { putComments } from '../../../src/core/annotations/sidecarComments';

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', 'Z', '1', ' ', '\n', '\r', '\t', '"', "'", '#', ':', '- ', '|', '>', '[', '{', '&', '*', '!', '%', '@', '`', '\\', '😀', '\u2028', '\u0085', '\ufeff', '\u0000', '\ud800'),
    fc.constantFrom('null', 'true', '~', '0x1F', '.inf', '12', '-3', '1e5', 'yes', '---', '...'),
  ),
});
const annotation: fc.Arbitrary<Annotation> = fc.record(
  {
    id: text.filter((s) => s.length > 0),
    tags: fc.array(text.filter((s) => s.length > 0), { maxLength: 3 }),
    note: text,
    created: fc.constantFrom('2026-11-22T19:18:53.717Z', '1999'),
    modified: text,
    target: fc.record({ exact: text, prefix: text, suffix: text, start: fc.nat(), end: fc.nat() }),
    correction: fc.oneof(
      fc.record({ type: fc.constant('speaker' as const), speaker: text }),
      fc.record({ type: fc.constant('same-entity' as const), entities: fc.array(text, { minLength: 2, maxLength: 3 }) }),
      fc.constant({ type: 'unlink' as const }),
      fc.record({ type: fc.constant('dismiss' as const), finding: fc.constantFrom('attribution' as const, 'wording' as const) }),
    ),
    orphaned: fc.constant(true as const),
  },
  { requiredKeys: ['id', 'tags', 'created', 'modified', 'target'] },
);
const sidecar: fc.Arbitrary<Sidecar> = fc.record({ version: fc.constant(1), source: text, textHash: text, annotations: fc.array(annotation, { maxLength: 4 }) });

suite('canonical sidecar layout', () => {
  test('what the writer produces means the same to a full YAML parser', () => {
    fc.assert(
      fc.property(sidecar, (s) => {
        const parsed = parse(writeCanonicalSidecar(s), { schema: 'core' }) as Sidecar;
        assert.deepEqual(new Set(parsed.annotations.map((a) => JSON.stringify(a))), new Set(s.annotations.map((a) => JSON.stringify(a))));
        assert.deepEqual([parsed.version, parsed.source, parsed.textHash], [s.version, s.source, s.textHash]);
      }),
      { numRuns: 200 },
    );
  });

  test('the fast reader reads back whatever the writer wrote', () => {
    fc.assert(
      fc.property(sidecar, (s) => {
        const written = writeCanonicalSidecar(s);
        assert.deepEqual(readCanonicalSidecar(written), parse(written, { schema: 'core' }));
      }),
      { numRuns: 200 },
    );
  });

  test('anything a person may have added sends the text to the full parser', () => {
    const base: Sidecar = {
      version: 1,
      source: 'a.txt',
      textHash: 'h',
      annotations: [
        { id: 'a', tags: ['x'], created: 'c', modified: 'm', target: { exact: 'one', prefix: '', suffix: '', start: 0, end: 3 } },
        { id: 'b', tags: ['y'], created: 'c', modified: 'm', target: { exact: 'two', prefix: '', suffix: '', start: 4, end: 7 } },
      ],
    };
    const written = writeCanonicalSidecar(base);
    assert.ok(readCanonicalSidecar(written));
    const variants = [
      written.replace('    tags:\n      - x', '    tags: [x]'),
      written.replace('exact: one', 'exact: one#note'),
      written.replace('exact: one', "exact: 'one'"),
      written.replace('    target:\n      exact: one', '    target:\n       exact: one'),
      written.replace('id: a', 'id: a\n    id: again'),
    ];
    for (const variant of variants) assert.equal(readCanonicalSidecar(variant), undefined, variant);
  });

  test('whole-line comments and blank lines keep the fast reader, mean what the full parser says, and are written back in place', () => {
    const base: Sidecar = {
      version: 1,
      source: 'a.txt',
      textHash: 'h',
      annotations: [
        { id: 'a', tags: ['x'], note: 'first\n# not a comment: note text', created: 'c', modified: 'm', target: { exact: 'one', prefix: '', suffix: '', start: 0, end: 3 } },
        { id: 'b', tags: ['y'], created: 'c', modified: 'm', target: { exact: 'two', prefix: '', suffix: '', start: 4, end: 7 } },
      ],
    };
    const written = writeCanonicalSidecar(base);
    const commented = written.replace('  - id: b', '\n  # why b matters\n  - id: b').replace('      prefix: ""\n      suffix: ""\n      start: 4', '      prefix: ""\n    # the suffix was checked\n      suffix: ""\n      start: 4') + '# the end\n';
    const read = readCanonicalWithComments(commented);
    assert.ok(read, 'read by the fast reader');
    assert.deepEqual(read.value, parse(commented, { schema: 'core' }));
    assert.equal(putComments(written, read.comments!), commented, 'written back where they were');
    const withoutA = writeCanonicalSidecar({ ...base, annotations: [base.annotations[1]] });
    assert.match(putComments(withoutA, read.comments!), /\n  # why b matters\n  - id: b\n/, 'a comment follows its annotation');
  });

  test('end-of-line comments keep the fast reader, mean what the full parser says, and stay on their line when its value changes', () => {
    const base: Sidecar = {
      version: 1,
      source: 'a.txt',
      textHash: 'h',
      annotations: [
        { id: 'a', tags: ['x'], note: 'one # not a comment', created: 'c', modified: 'm', target: { exact: 'one # two', prefix: '', suffix: '', start: 0, end: 9 } },
        { id: 'b', tags: ['y'], created: 'c', modified: 'm', target: { exact: 'two', prefix: '', suffix: '', start: 10, end: 13 } },
      ],
    };
    const written = writeCanonicalSidecar(base);
    const commented = written
      .replace('      - x\n', '      - x   # the desk agreed\n')
      .replace('  - id: b\n', '  - id: b\t# checked twice\n')
      .replace('      start: 10\n', '      start: 10 # was 12\n')
      .replace('    target:\n      exact: two', '    target: # where\n      exact: two');
    const read = readCanonicalWithComments(commented);
    assert.ok(read, 'read by the fast reader');
    assert.deepEqual(read.value, parse(commented, { schema: 'core' }));
    assert.equal(putComments(written, read.comments!), commented, 'written back where they were');
    const moved = writeCanonicalSidecar({ ...base, annotations: [{ ...base.annotations[1], target: { ...base.annotations[1].target, start: 20, end: 23 } }] });
    assert.match(putComments(moved, read.comments!), /  - id: b\t# checked twice\n[^]*    target: # where\n[^]*      start: 20 # was 12\n/);
  });

  test('a comment or a line of spaces inside a literal block is never skipped over: the block goes to the full parser', () => {
    const base: Sidecar = {
      version: 1,
      source: 'a.txt',
      textHash: 'h',
      annotations: [{ id: 'a', tags: ['x'], created: 'c', modified: 'm', target: { exact: 'one\ntwo', prefix: '', suffix: '', start: 0, end: 7 } }],
    };
    const written = writeCanonicalSidecar(base);
    assert.match(written, /exact: \|-\n {8}one\n {8}two\n/);
    // YAML ends the block at the interrupting line, so the line after it is no longer the quote ("a\n\nb" or an error).
    for (const variant of [written.replace('        one\n', '        one\n \n'), written.replace('        one\n', ' \n  # c\n        one\n')]) {
      const fast = readCanonicalSidecar(variant);
      if (fast === undefined) continue;
      assert.deepEqual(fast, parse(variant, { schema: 'core' }), variant);
    }
  });

  test('a changed or hand-edited text is read exactly as a full YAML parser reads it, or left to that parser', () => {
    const mutation = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.constantFrom('', ' ', '  ', '\n', '\n  ', '\n# c', '\n  # c', '\n    #', '\n\n', '#', ' # c', ':', ': ', '-', '- ', '"', "'", '|', '|-', '|+', '>', '[]', '{}', '\t', 'x', '\\', '&a ', '*a', '!t ', '\r', 'true', '0x1', '~'),
    });
    fc.assert(
      fc.property(sidecar, fc.array(mutation, { minLength: 1, maxLength: 4 }), (s, mutations) => {
        let mutated = writeCanonicalSidecar(s);
        for (const m of mutations) {
          const at = m.at % (mutated.length + 1);
          mutated = mutated.slice(0, at) + m.insert + mutated.slice(at + m.remove);
        }
        const fast = readCanonicalSidecar(mutated);
        if (fast === undefined) return;
        let full: unknown;
        assert.doesNotThrow(() => (full = parse(mutated, { schema: 'core', uniqueKeys: true })), mutated);
        assert.deepEqual(fast, full, mutated);
      }),
      { numRuns: 1000 },
    );
  });
});
