import { validateSidecar } from '../../../src/core/annotations/validateSidecar';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Annotation, parseSidecar, serializeSidecar, Sidecar } from '../../../src/core/annotations';

const FILE = 'a.txt.annotations.yaml';

const HAND_WRITTEN = `# Notes on the summit coverage.
# Keep the tone tags consistent with the codebook.
version: 1
source: a.txt
textHash: fnv1a:0000000000000000
annotations:
  - id: first
    tags:
      - topic/diplomacy
    note: |
      Who briefed the press?
      *Two* sources disagree.
    created: "2026-01-01T09:00:00Z"
    modified: "2026-01-01T09:00:00Z"
    target: { exact: The minister, prefix: "", suffix: " said", start: 0, end: 12 }

  # The lede: check the second source before publishing.
  - id: second
    tags: [ tone/upbeat ] # flow style is fine by hand
    created: "2026-01-01T10:00:00Z"
    modified: "2026-01-01T10:00:00Z"
    target:
      exact: were useful
      prefix: "said the talks "
      suffix: "."
      start: 30
      end: 41
`;

/** The same file with its two annotations (and the comment on the second) in the wrong order. */
const UNSORTED = HAND_WRITTEN.replace(/(  - id: first[\s\S]*?\n\n)([\s\S]*)$/, (_, first: string, rest: string) => rest + first.trimEnd() + '\n');

function parsed(text: string) {
  const result = parseSidecar(text, FILE);
  if (!result.ok) assert.fail(JSON.stringify(result.problems));
  return result;
}

/** The problems of a sidecar refused whole, or of the annotations set aside in it (the rest stays usable). */
function problemsOf(text: string) {
  const result = parseSidecar(text, FILE);
  if (!result.ok) return result.problems;
  assert.ok(result.invalid, 'expected the sidecar or one of its annotations to be refused');
  return result.invalid.problems;
}

function annotation(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return { id, tags: ['t'], created: 'c', modified: 'm', target: { exact: 'x', prefix: '', suffix: '', start, end: start + 1 }, ...extra };
}

suite('sidecar format', () => {
  test('a hand-written sidecar saved unchanged comes back byte for byte: comments, blank lines, flow collections', () => {
    const { sidecar, document } = parsed(HAND_WRITTEN);
    assert.equal(serializeSidecar(sidecar, document), HAND_WRITTEN);
  });

  test('saving sorts annotations by position and each comment moves with its annotation', () => {
    assert.ok(UNSORTED.indexOf('id: second') < UNSORTED.indexOf('id: first'));
    const { sidecar, document } = parsed(UNSORTED);
    const saved = serializeSidecar(sidecar, document);
    assert.ok(saved.indexOf('id: first') < saved.indexOf('# The lede'));
    assert.ok(saved.indexOf('# The lede') < saved.indexOf('id: second'));
    assert.ok(saved.includes('# Notes on the summit coverage.'));
  });

  test('an edited annotation is updated in place and the other comments survive', () => {
    const { sidecar, document } = parsed(HAND_WRITTEN);
    sidecar.annotations.find((a) => a.id === 'first')!.note = 'Resolved.';
    sidecar.annotations.push(annotation('third', 50, { note: 'Line 1\nLine 2' }));
    const saved = serializeSidecar(sidecar, document);
    assert.ok(saved.includes('note: Resolved.'));
    assert.ok(saved.includes('note: |-\n      Line 1\n      Line 2'));
    assert.ok(saved.includes('# Keep the tone tags consistent'));
    assert.ok(saved.includes('# The lede'));
    assert.deepEqual(parsed(saved).sidecar.annotations.map((a) => a.id), ['first', 'second', 'third']);
  });

  test('a new sidecar is written in block style with keys in a stable order', () => {
    const sidecar: Sidecar = {
      version: 1,
      source: 'a.txt',
      textHash: 'h',
      annotations: [annotation('b', 9, { correction: { type: 'speaker', speaker: 'The envoy' }, orphaned: true }), annotation('a', 2)],
    };
    const text = serializeSidecar(sidecar);
    assert.ok(!/[{[]/.test(text.replace(/\[\]/g, '')), text);
    const keys = [...text.matchAll(/^(?: {2}- | {4})(\w+):/gm)].map((m) => m[1]);
    assert.deepEqual(keys, ['id', 'tags', 'created', 'modified', 'target', 'id', 'tags', 'created', 'modified', 'target', 'correction', 'orphaned']);
    assert.deepEqual(parsed(text).sidecar.annotations.map((a) => a.id), ['a', 'b']);
  });

  test('any text in quotes, context and notes survives a save and a load', () => {
    const str = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '\t', '"', "'", '#', ':', '- ', '😀', '\\', '|', '>', '{', '%', '@', '&', '*', '!') });
    fc.assert(
      fc.property(fc.record({ exact: str.filter((s) => s.length > 0), prefix: str, suffix: str, note: str }), (t) => {
        const a: Annotation = { id: 'x', tags: ['t'], note: t.note || undefined, created: 'c', modified: 'm', target: { exact: t.exact, prefix: t.prefix, suffix: t.suffix, start: 0, end: 1 } };
        if (!a.note) delete a.note;
        const text = serializeSidecar({ version: 1, source: 's', textHash: 'h', annotations: [a] });
        assert.deepEqual(parsed(text).sidecar.annotations, [a]);
      }),
      { numRuns: 100 },
    );
  });

  test('YAML that does not parse is refused with its line', () => {
    const [problem] = problemsOf('version: 1\nsource: a.txt\nannotations:\n  - id: [unclosed\n');
    assert.equal(problem.file, FILE);
    assert.ok(problem.line >= 4, `line ${problem.line}`);
  });

  test('an unknown version is refused, saying which version is understood', () => {
    const [problem] = problemsOf('version: 2\nsource: a.txt\ntextHash: h\nannotations: []\n');
    assert.match(problem.message, /unknown version 2 .*version 1/);
    assert.equal(problem.line, 1);
  });

  test('a schema failure names the field and its line', () => {
    const text = HAND_WRITTEN.replace('      start: 30', '      start: -4');
    const [problem] = problemsOf(text);
    assert.match(problem.message, /start must be a whole number/);
    assert.equal(problem.line, text.split('\n').findIndex((l) => l.includes('start: -4')) + 1);
  });

  test('a misspelt key, a missing target and a repeated id are all schema failures', () => {
    assert.match(problemsOf(HAND_WRITTEN.replace('    tags: [ tone/upbeat ]', '    tgas: [ tone/upbeat ]'))[0].message, /unknown key "tgas"/);
    assert.match(problemsOf('version: 1\nsource: a\ntextHash: h\nannotations:\n  - id: a\n    tags: []\n    created: c\n    modified: m\n')[0].message, /target must be a mapping/);
    assert.match(problemsOf(HAND_WRITTEN.replace('id: first', 'id: second')).map((p) => p.message).join(), /used twice/);
    assert.match(problemsOf(HAND_WRITTEN.replace('tone/upbeat', '/bad/'))[0].message, /not a valid tag/);
  });

  test('a file in the store\'s own layout with a schema error still gets its line', () => {
    const written = serializeSidecar({ version: 1, source: 'a.txt', textHash: 'h', annotations: [annotation('a', 0), annotation('b', 5)] });
    const text = written.replace('  - id: b\n', '  - id: b\n    colour: red\n');
    const [problem] = problemsOf(text);
    assert.match(problem.message, /unknown key "colour"/);
    assert.equal(problem.line, text.split('\n').indexOf('    colour: red') + 1);
  });

  test('a "billion laughs" of aliases is refused instead of expanded', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const [problem] = problemsOf(lines.join('\n') + '\nversion: 1\n');
    assert.match(problem.message, /alias|resource/i);
  });

  test('pathologically deep nesting is refused instead of crashing', () => {
    const [problem] = problemsOf('version: 1\nsource: ' + '['.repeat(30000) + ']'.repeat(30000) + '\n');
    assert.match(problem.message, /call stack|safely/i);
  });

  test('a huge file is refused before it is parsed', () => {
    const [problem] = problemsOf('version: 1\n' + '#'.repeat(33 * 1024 * 1024));
    assert.match(problem.message, /too large/);
  });

  test('custom tags are refused, with their line', () => {
    const text = HAND_WRITTEN.replace('source: a.txt', 'source: !!js/function "function () { return 1 }"');
    const [problem] = problemsOf(text);
    assert.equal(problem.line, 4);
    assert.match(problem.message, /tag/i);
    const local = problemsOf(HAND_WRITTEN.replace('textHash: fnv1a:0000000000000000', 'textHash: !secret x'));
    assert.equal(local[0].line, 5);
  });
});

suite('dismissed findings in the sidecar', () => {
  test('a dismiss correction names the kind of finding, and any other kind is refused', () => {
    const base = { version: 1, source: 'a.txt', textHash: 'fnv1a:0', annotations: [] as unknown[] };
    const target = { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 };
    const annotation = (finding: string) => ({ id: 'a1', tags: [], created: '2026', modified: '2026', target, correction: { type: 'dismiss', finding } });
    assert.deepEqual(validateSidecar({ ...base, annotations: [annotation('wording')] }).errors, []);
    const { errors } = validateSidecar({ ...base, annotations: [annotation('tone')] });
    assert.deepEqual(errors.map((e) => e.message), ['finding must be attribution or wording']);
  });
});
