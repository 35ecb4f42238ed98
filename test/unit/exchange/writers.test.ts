import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from '../../../src/core/exchange/csvWriter';
import { guidFor } from '../../../src/core/exchange/guid';
import { writeCodebookQdc } from '../../../src/core/exchange/qdcWriter';
import { writeProjectQde } from '../../../src/core/exchange/qdeWriter';
import { writeW3cCollection } from '../../../src/core/exchange/w3cWriter';
import { writeExport } from '../../../src/core/exchange';
import { openZip } from '../../../src/core/exchange/zipArchive';
import { goldenWorkspace } from './goldenWorkspace';
import { requireXmllint, validateCodebook, validateProject } from './xmllint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'exchange');
const golden = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

suite('exchange writers against hand-written golden files', () => {
  test('GUIDs are name-based UUIDs (version 5), the same as an independent implementation gives', () => {
    // Python: uuid.uuid5(uuid.UUID('b6f1c0a2-4d3e-5f60-8a1b-2c3d4e5f6a7b'), 'x')
    assert.equal(guidFor('x'), '66031250-dd36-5e5d-9fab-2c72de10fbe7');
  });

  test('project.qde: codebook, sources by path, selections in code points, notes, cases and links', () => {
    assert.equal(writeProjectQde(goldenWorkspace(true)), golden('project.qde'));
  });

  test('codebook.qdc: the codes alone in the codebook namespace', () => {
    assert.equal(writeCodebookQdc(goldenWorkspace(true)), golden('codebook.qdc'));
  });

  test('W3C: an AnnotationCollection with quote and position selectors, tagging and commenting bodies', () => {
    assert.equal(writeW3cCollection(goldenWorkspace(false)), golden('annotations.jsonld'));
    assert.equal(JSON.parse(golden('annotations.jsonld'))['@context'], 'http://www.w3.org/ns/anno.jsonld');
  });

  test('CSV: BOM, header, CRLF rows, quoted fields with the note line break kept inside', () => {
    // Compared as bytes: the BOM, CRLF ends and the bare LF inside the quoted note all matter.
    assert.deepEqual(Buffer.from(writeCsv(goldenWorkspace(true)), 'utf8'), readFileSync(join(FIXTURES, 'passages.csv')));
  });

  test('a .qdpx holds project.qde and each source as plain text, and is byte-identical on a second export', () => {
    const first = writeExport(goldenWorkspace(true), 'qdpx');
    assert.deepEqual(writeExport(goldenWorkspace(true), 'qdpx'), first);
    const zip = openZip(first);
    assert.deepEqual(zip.names().sort(), ['project.qde', 'sources/60f41448-cf8c-5dc9-9171-31a0c94dc7e5.txt', 'sources/9d082e32-80d5-51f5-a900-f9a769616626.txt']);
    assert.equal(new TextDecoder().decode(zip.read('sources/9d082e32-80d5-51f5-a900-f9a769616626.txt')), '😀 Hi. The minister said: "We agree."\nEnd.\n');
  });

  test('an empty codebook cannot make a .qdc (the schema needs a code): the export says what to do', () => {
    const empty = { ...goldenWorkspace(false), codebook: new Map(), documents: [] };
    assert.throws(() => writeExport(empty, 'qdc'), /codebook is empty.*tag a passage/);
  });
});

suite('exchange schema validation with xmllint', () => {
  test('the golden project.qde and the written one validate against Project-mrt2019.xsd', function () {
    requireXmllint(this);
    for (const xml of [golden('project.qde'), writeProjectQde(goldenWorkspace(true)), writeProjectQde(goldenWorkspace(false))]) {
      const result = validateProject(xml);
      assert.ok(result.valid, result.output);
    }
  });

  test('the codebook validates as the project schema CodeBook', function () {
    requireXmllint(this);
    const result = validateCodebook(writeCodebookQdc(goldenWorkspace(false)));
    assert.ok(result.valid, result.output);
  });

  test('the validation can fail: a selection without its end position is rejected', function () {
    requireXmllint(this);
    const broken = golden('project.qde').replace(' endPosition="4"', '');
    const result = validateProject(broken);
    assert.equal(result.valid, false);
    assert.match(result.output, /endPosition/);
  });
});
