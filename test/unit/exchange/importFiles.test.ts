import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSidecar } from '../../../src/core/annotations';
import { ImportFileError, importIntoWorkspace, readImportFile } from '../../../src/core/exchange';
import { MemoryFileSystem } from '../annotations/memoryFileSystem';
import { craftZip } from './craftZip';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'exchange');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const A_TEXT = '😀 Hi. The minister said: "We agree."\nEnd.\n';
const encode = (s: string) => new TextEncoder().encode(s);

/** The hand-written foreign project packed as a .qdpx, with the text of its one source. */
function foreignQdpx(sourceText = A_TEXT): Uint8Array {
  return craftZip([
    { name: 'project.qde', data: fixture('foreign-project.qde'), deflate: true },
    { name: 'sources/B0000000-0000-4000-8000-000000000001.txt', data: encode(sourceText), deflate: true },
  ]);
}

function annotationsOf(fs: MemoryFileSystem, sidecar: string) {
  const parsed = parseSidecar(fs.files.get(sidecar)!, sidecar);
  assert.ok(parsed.ok);
  return parsed.sidecar.annotations;
}

suite('importing a REFI-QDA project written by another tool', () => {
  test('codes become tags by nesting, selections become annotations with their notes, checked against the text', async () => {
    const fs = new MemoryFileSystem();
    const report = await importIntoWorkspace(fs, [{ path: 'articles/a.txt', text: A_TEXT }], readImportFile(foreignQdpx()), false);
    const annotations = annotationsOf(fs, 'articles/a.txt.annotations.yaml');
    assert.deepEqual(
      annotations.map((a) => [a.target.exact, a.target.start, a.target.end, a.tags, a.note]),
      [
        ['Hi', 2, 4, ['Actors/People-Press'], 'Greets.\nTwice.'],
        ['minister', 10, 18, ['Tone/Warm'], undefined],
      ],
    );
    assert.match(annotations[0].id, /^[0-9a-f]{12}$/);
    assert.notEqual(annotations[0].id, annotations[1].id, 'GUIDs that share a prefix still give distinct ids');
    const codebook = fs.files.get('marginalia.codebook.yaml')!;
    assert.match(codebook, /Actors\/People-Press:\n\s+color: "#aabbcc"/);
    assert.match(codebook, /Tone:\n\s+color: "#ff0000"\n\s+description: How it sounds/);
    assert.match(codebook, /Tone\/Warm:/);
    assert.doesNotMatch(codebook, /Actors:/, 'a code that only groups others is not a tag');
    assert.deepEqual(report.written.sort(), ['articles/a.txt.annotations.yaml', 'marginalia.codebook.yaml']);
  });

  test('what cannot be mapped is reported per item with its line and what to do', async () => {
    const report = await importIntoWorkspace(new MemoryFileSystem(), [{ path: 'articles/a.txt', text: A_TEXT }], readImportFile(foreignQdpx()), false);
    const lines = report.issues.map((i) => `${i.item}@${i.line}: ${i.message}`);
    assert.equal(lines.length, 4, lines.join('\n'));
    assert.match(lines.find((l) => l.includes('00000000dead'))!, /@31: .*a code the codebook does not define/);
    assert.match(lines.find((l) => l.includes('c0000000-0000-4000-8000-000000000003'))!, /past the end of articles\/a.txt \(42 characters\): import against the same version/);
    assert.match(lines.find((l) => l.includes('missing.txt'))!, /not in the workspace: add that article to the folder/);
    assert.match(lines.find((l) => l.includes('PictureSource'))!, /plain text only/);
  });

  test('importing the same file twice adds nothing the second time', async () => {
    const fs = new MemoryFileSystem();
    const documents = [{ path: 'articles/a.txt', text: A_TEXT }];
    await importIntoWorkspace(fs, documents, readImportFile(foreignQdpx()), false);
    const before = new Map(fs.files);
    const again = await importIntoWorkspace(fs, documents, readImportFile(foreignQdpx()), false);
    assert.equal(again.added.length, 0);
    assert.equal(again.alreadyThere, 2);
    assert.deepEqual(fs.files, before);
  });

  test('a dry run reports what would be added and writes nothing', async () => {
    const fs = new MemoryFileSystem();
    const report = await importIntoWorkspace(fs, [{ path: 'articles/a.txt', text: A_TEXT }], readImportFile(foreignQdpx()), true);
    assert.equal(report.added.length, 2);
    assert.deepEqual(report.written, []);
    assert.equal(fs.files.size, 0);
  });

  test('when the article was edited since, a passage is found again by its text; text that is gone is reported', async () => {
    const edited = 'Breaking. ' + A_TEXT.replace('minister', 'premier');
    const fs = new MemoryFileSystem();
    const report = await importIntoWorkspace(fs, [{ path: 'a.txt', text: edited }], readImportFile(foreignQdpx()), false);
    assert.deepEqual(report.added.map((a) => [a.text, a.start, a.moved]), [['Hi', 12, true]]);
    assert.ok(report.issues.some((i) => /"minister" is not in a.txt \(the article differs/.test(i.message)));
  });

  test('a bare project.qde carries no source text: positions are taken as they are, and the report says so', async () => {
    const report = await importIntoWorkspace(new MemoryFileSystem(), [{ path: 'a.txt', text: A_TEXT }], readImportFile(fixture('foreign-project.qde')), true);
    assert.deepEqual(report.added.map((a) => a.text), ['Hi', 'minister']);
    assert.ok(report.notes.some((n) => /source "a.txt" \(line 20\): its text internal:\/\/.* is not in what was imported/.test(n)), report.notes.join('\n'));
    assert.ok(report.notes.includes('2 passage(s) placed by position alone: the file does not carry their text, so it could not be checked'));
  });

  test('a codebook (.qdc) brings tags with colours and descriptions, and keeps the workspace colour of a known tag', async () => {
    const fs = new MemoryFileSystem({ 'marginalia.codebook.yaml': 'version: 1\ntags:\n  Tone:\n    color: "#123456"\n' });
    const report = await importIntoWorkspace(fs, [], readImportFile(fixture('foreign-codebook.qdc')), false);
    assert.deepEqual(report.tags, ['Tone', 'Tone/Warm']);
    const codebook = fs.files.get('marginalia.codebook.yaml')!;
    assert.match(codebook, /Tone:\n\s+color: "#123456"\n\s+description: How it sounds/);
    assert.match(codebook, /Tone\/Warm:\n\s+color: "#00ff00"/);
  });
});

suite('importing W3C Web Annotations written by another tool', () => {
  test('quote-only and position selectors both place a passage; tagging and other bodies become tags and notes', async () => {
    const fs = new MemoryFileSystem();
    const report = await importIntoWorkspace(fs, [{ path: 'articles/a.txt', text: A_TEXT }], readImportFile(fixture('foreign-annotations.jsonld')), false);
    assert.deepEqual(
      annotationsOf(fs, 'articles/a.txt.annotations.yaml').map((a) => [a.target.exact, a.target.start, a.tags, a.note]),
      [
        ['Hi', 2, [], 'Says hello'],
        ['minister', 10, ['tone/warm'], 'Kind words'],
      ],
    );
    assert.deepEqual(report.issues.map((i) => [i.item, i.message]), [['annotation https://annotations.example.org/anno/3', 'has no target with a source; it cannot be placed in an article']]);
    assert.deepEqual(report.notes, [], 'every passage was checked against its quote');
    assert.equal((await importIntoWorkspace(fs, [{ path: 'articles/a.txt', text: A_TEXT }], readImportFile(fixture('foreign-annotations.jsonld')), false)).added.length, 0);
  });
});

suite('malformed and hostile import files', () => {
  const refused = (bytes: Uint8Array | string, pattern: RegExp, line?: number) => {
    assert.throws(
      () => readImportFile(typeof bytes === 'string' ? encode(bytes) : bytes),
      (err: unknown) => err instanceof ImportFileError && pattern.test(err.message) && (line === undefined || err.line === line),
    );
  };

  test('XML that is not well-formed is refused with its line', () => {
    refused('<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x">\n<Sources>\n</Project>', /not well-formed XML/, 4);
  });

  test('a schema break is refused with its line: a missing required attribute, a GUID that is not one', () => {
    refused('<Project xmlns="urn:QDA-XML:project:1.0" name="x">\n<CodeBook><Codes>\n<Code guid="{A0000000-0000-4000-8000-000000000001}" isCodable="true"/>\n</Codes></CodeBook></Project>', /<Code> lacks the required attribute name/, 3);
    refused('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>\n<TextSource guid="not-a-guid"/></Sources></Project>', /guid="not-a-guid" is not a GUID/, 2);
    refused('<Project xmlns="urn:example" name="x"/>', /not <Project> in "urn:QDA-XML:project:1.0"/, 1);
  });

  test('entity expansion is refused: a billion-laughs DTD, an external entity, an undefined entity', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>';
    refused(laughs, /DOCTYPE is not allowed/, 2);
    refused('<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>', /DOCTYPE is not allowed/);
    refused('<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>', /undefined entity/);
  });

  test('a .qdpx whose entries escape the folder, or that is a zip bomb, is refused whole', () => {
    refused(craftZip([{ name: 'project.qde', data: fixture('foreign-project.qde') }, { name: '../../evil.txt', data: encode('x') }]), /escapes the archive's folder/);
    refused(craftZip([{ name: 'project.qde', data: new Uint8Array(4 * 1024 * 1024), deflate: true, declaredSize: 64 }]), /inflates past its declared 64 bytes/);
  });

  test('a schema break inside a .qdpx names project.qde and its line', () => {
    const broken = fixture('foreign-project.qde').toString('utf8').replace(' startPosition="10"', '');
    assert.throws(
      () => readImportFile(craftZip([{ name: 'project.qde', data: encode(broken) }])),
      (err: unknown) => err instanceof ImportFileError && err.part === 'project.qde' && err.line === 27 && /lacks the required attribute startPosition/.test(err.message),
    );
  });

  test('JSON that does not parse is refused with its line; other content is not a known format', () => {
    refused('{\n  "type": "AnnotationPage",\n  "items": [\n}', /not valid JSON/, 4);
    refused('{"type": "Something"}', /not a W3C annotation file/);
    refused('{"type": "AnnotationCollection", "first": "https://example.org/page1"}', /pages are not in the file .*https:\/\/example.org\/page1/);
    refused('plain text', /not a file Marginalia imports/);
  });
});
