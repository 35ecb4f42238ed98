import * as assert from 'node:assert/strict';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';
import { AnnotationStore, CODEBOOK_FILE } from '../../../src/core/annotations';
import { collectWorkspace, ExportFormat, importIntoWorkspace, readImportFile, writeExport } from '../../../src/core/exchange';
import { openZip } from '../../../src/core/exchange/zipArchive';
import { MemoryFileSystem } from '../annotations/memoryFileSystem';
import { requireXmllint, validateProject } from './xmllint';

// Astral characters (emoji, a rare CJK ideograph) before the passages: code points and UTF-16 offsets differ.
const DOCUMENTS = [
  { path: 'news/one.txt', text: '👋🏽 Hello 𠀋! The minister said: "We will talk again."\nA second paragraph, 🎉 here.\n' },
  { path: 'two.md', text: '# Title\n\nNo emoji here, only text, and "we will talk again", they wrote.\n' },
];

/** A workspace whose annotations were made through the store, as the editor makes them. */
async function annotatedWorkspace(): Promise<MemoryFileSystem> {
  const fs = new MemoryFileSystem({ [CODEBOOK_FILE]: 'version: 1\ntags:\n  tone/warm:\n    color: "#3cb44b"\n    description: Friendly words\n' });
  const store = new AnnotationStore({ fs, codebookPath: CODEBOOK_FILE });
  const [one, two] = DOCUMENTS;
  await store.load(one.path, one.text);
  await store.load(two.path, two.text);
  const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  store.add(one.path, { ...at(one.text, 'minister'), tags: ['people/minister', 'tone/warm'], note: 'Line one, "quoted";\nline two.' });
  store.add(one.path, { ...at(one.text, '🎉 here'), tags: ['emoji'] });
  store.add(two.path, { ...at(two.text, 'only text'), tags: ['tone/warm'] });
  await store.save(one.path);
  await store.save(two.path);
  return fs;
}

/** Passages as a user sees them: document, exact text, code-point position, tags and note. */
async function passagesOf(fs: MemoryFileSystem) {
  const store = new AnnotationStore({ fs, codebookPath: CODEBOOK_FILE });
  const out: unknown[] = [];
  for (const d of DOCUMENTS) {
    await store.load(d.path, d.text);
    for (const { annotation } of store.anchored(d.path)) out.push([d.path, annotation.target.exact, annotation.target.start, annotation.target.end, [...annotation.tags].sort(), annotation.note]);
  }
  return out;
}

suite('exchange round trips: export, then import into a clean copy', () => {
  for (const format of ['qdpx', 'w3c'] as ExportFormat[]) {
    test(`${format}: the same passages, positions, tags and notes, and a second import adds nothing`, async () => {
      const source = await annotatedWorkspace();
      const { workspace, issues } = await collectWorkspace(source, 'round', DOCUMENTS);
      assert.deepEqual(issues, []);
      const file = readImportFile(writeExport(workspace, format));
      const clean = new MemoryFileSystem();
      const report = await importIntoWorkspace(clean, DOCUMENTS, file, false);
      assert.deepEqual(report.issues, []);
      const expected = await passagesOf(source);
      assert.equal(expected.length, 3);
      assert.deepEqual(await passagesOf(clean), expected);
      // The minister passage sits after three astral characters: code points 16-24, UTF-16 19-27.
      assert.deepEqual((expected[0] as unknown[]).slice(1, 4), ['minister', 16, 24]);
      const again = await importIntoWorkspace(clean, DOCUMENTS, readImportFile(writeExport(workspace, format)), false);
      assert.deepEqual([again.added.length, again.alreadyThere], [0, 3]);
    });
  }

  test('qdpx: the codebook comes back with colours and descriptions', async () => {
    const { workspace } = await collectWorkspace(await annotatedWorkspace(), 'round', DOCUMENTS);
    const clean = new MemoryFileSystem();
    await importIntoWorkspace(clean, DOCUMENTS, readImportFile(writeExport(workspace, 'qdpx')), false);
    assert.match(clean.files.get(CODEBOOK_FILE)!, /tone\/warm:\n\s+color: "#3cb44b"\n\s+description: Friendly words/);
  });

  test('importing a workspace\'s own export back into it adds nothing', async () => {
    const fs = await annotatedWorkspace();
    const { workspace } = await collectWorkspace(fs, 'round', DOCUMENTS);
    const report = await importIntoWorkspace(fs, DOCUMENTS, readImportFile(writeExport(workspace, 'qdpx')), false);
    assert.deepEqual([report.added.length, report.alreadyThere], [0, 3]);
  });

  test('every .qdpx these tests write validates against the schema, with and without quotations', async function () {
    requireXmllint(this);
    const fs = await annotatedWorkspace();
    const one = DOCUMENTS[0].text;
    const start = one.indexOf('We will');
    const analysis = {
      documents: DOCUMENTS.map((d) => ({ path: d.path, length: d.text.length })),
      entities: [{ id: 'e1', type: 'person', name: 'The Minister', aliases: [], mentions: [] }],
      topics: [],
      quotes: [
        { id: 'q1', doc: DOCUMENTS[0].path, start, end: start + 18, text: 'We will talk again', speaker: 'e1', speakerText: 'The minister', marked: true, kind: 'full', cluster: 'c1' },
        { id: 'q2', doc: DOCUMENTS[1].path, start: 43, end: 61, text: 'we will talk again', speaker: null, speakerText: '', marked: true, kind: 'full', cluster: 'c1' },
      ],
      clusters: [{ id: 'c1', quotes: ['q1', 'q2'] }],
    } as CorpusAnalysis;
    for (const withAnalysis of [undefined, analysis]) {
      const { workspace } = await collectWorkspace(fs, 'round', DOCUMENTS, withAnalysis);
      const qde = new TextDecoder().decode(openZip(writeExport(workspace, 'qdpx')).read('project.qde'));
      const result = validateProject(qde);
      assert.ok(result.valid, result.output);
      if (withAnalysis) {
        // The quotation after the astral characters starts at its code point, three less than its UTF-16 offset.
        assert.match(qde, new RegExp(`name="We will talk again" startPosition="${start - 3}" endPosition="${start + 15}"`));
        assert.match(qde, /<Case guid="[^"]+" name="The Minister">/);
        assert.match(qde, /<Link guid="[^"]+" name="same statement" direction="Associative"/);
      }
    }
  });

  test('orphans are left out of an export and reported with what to do', async () => {
    const fs = await annotatedWorkspace();
    const edited = DOCUMENTS.map((d) => (d.path === 'two.md' ? { ...d, text: '# Rewritten entirely\n' } : d));
    const { workspace, issues } = await collectWorkspace(fs, 'round', edited);
    assert.equal(workspace.documents[1].passages.length, 0);
    assert.deepEqual(issues.map((i) => i.item), ['two.md']);
    assert.match(issues[0].message, /1 orphaned annotation\(s\) were not exported: re-attach them/);
  });
});
