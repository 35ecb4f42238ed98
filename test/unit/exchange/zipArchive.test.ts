import * as assert from 'node:assert/strict';
import { openZip, writeZip, ZIP_LIMITS, ZipError } from '../../../src/core/exchange/zipArchive';
import { craftZip } from './craftZip';

const text = (s: string) => new TextEncoder().encode(s);

suite('zip archives read for import', () => {
  test('reads stored and deflated entries of an archive made by hand', () => {
    const zip = openZip(craftZip([{ name: 'project.qde', data: text('<Project/>') }, { name: 'sources/a.txt', data: text('é 😀 '.repeat(100)), deflate: true }]));
    assert.deepEqual(zip.names(), ['project.qde', 'sources/a.txt']);
    assert.equal(new TextDecoder().decode(zip.read('sources/a.txt')), 'é 😀 '.repeat(100));
    assert.equal(zip.read('missing'), undefined);
  });

  test('reads back what the writer wrote', () => {
    const zip = openZip(writeZip({ 'project.qde': '<Project/>', 'sources/x.txt': 'text' }));
    assert.equal(new TextDecoder().decode(zip.read('sources/x.txt')), 'text');
  });

  test('a zip bomb that declares more than the total limit is refused before anything is inflated', () => {
    const bomb = craftZip([
      { name: 'a', data: text(''), declaredSize: ZIP_LIMITS.totalBytes },
      { name: 'b', data: text(''), declaredSize: 1 },
    ]);
    assert.throws(() => openZip(bomb), (err: Error) => err instanceof ZipError && /possible zip bomb/.test(err.message));
  });

  test('an entry that inflates past its declared size is refused as soon as it does', () => {
    const lying = craftZip([{ name: 'project.qde', data: new Uint8Array(2 * 1024 * 1024), deflate: true, declaredSize: 1000 }]);
    const zip = openZip(lying);
    assert.throws(() => zip.read('project.qde'), /inflates past its declared 1000 bytes/);
  });

  test('more entries than the limit are refused', () => {
    const many = craftZip(Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => ({ name: `sources/${i}.txt`, data: new Uint8Array(0) })));
    assert.throws(() => openZip(many), /10001 entries, over the limit/);
  });

  test('entry names that escape the folder are refused: parent steps, absolute paths, backslashes, drives', () => {
    for (const name of ['../evil.txt', 'sources/../../evil.txt', '/etc/passwd', 'sources\\..\\evil.txt', 'C:/evil.txt']) {
      assert.throws(() => openZip(craftZip([{ name, data: text('x') }])), /escapes the archive's folder/, name);
    }
  });

  test('a file that is not a zip archive says so', () => {
    assert.throws(() => openZip(text('PK but not really a zip archive at all, no directory')), /not a zip archive/);
  });
});
