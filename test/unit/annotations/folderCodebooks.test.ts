import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../src/core/annotations';
import { folderFilePath, folderKeyOf, folderKeys } from '../../../src/core/workspaceFolders';
import { MemoryFileSystem } from './memoryFileSystem';

const TEXT = 'The minister said the talks were useful.';
const KEYS = ['site-a', 'site-b'];

function storeOver(fs: MemoryFileSystem) {
  let id = 0;
  return new AnnotationStore({ fs, codebookPath: (doc) => folderFilePath(doc, KEYS, 'marginalia.codebook.yaml'), newId: () => `id${++id}` });
}

suite('Codebooks per workspace folder', () => {
  test('two folders holding the same file name keep their sidecars and codebooks apart', async () => {
    const fs = new MemoryFileSystem({ 'site-a/marginalia.codebook.yaml': 'version: 1\ntags:\n  tone/warm:\n    color: "#123456"\n' });
    const store = storeOver(fs);
    await store.load('site-a/article.txt', TEXT);
    await store.load('site-b/article.txt', TEXT);
    store.add('site-b/article.txt', { start: 4, end: 12, tags: ['people/minister'] });
    await store.save('site-b/article.txt');
    assert.equal(fs.files.has('site-a/article.txt.annotations.yaml'), false);
    assert.match(fs.files.get('site-b/article.txt.annotations.yaml') ?? '', /people\/minister/);
    assert.match(fs.files.get('site-b/marginalia.codebook.yaml') ?? '', /people\/minister/);
    assert.doesNotMatch(fs.files.get('site-a/marginalia.codebook.yaml') ?? '', /people\/minister/);
    assert.deepEqual([...store.codebookFor('site-a/article.txt').current().tags.keys()], ['tone/warm']);
  });

  test('a problem in one folder\'s codebook names that file and leaves the other folder writable', async () => {
    const fs = new MemoryFileSystem({ 'site-a/marginalia.codebook.yaml': 'version: [' });
    const store = storeOver(fs);
    await store.load('site-a/article.txt', TEXT);
    await store.load('site-b/article.txt', TEXT);
    assert.deepEqual(store.problems().map((p) => p.file), ['site-a/marginalia.codebook.yaml']);
    store.add('site-b/article.txt', { start: 4, end: 12, tags: ['people/minister'] });
    assert.equal(await store.save('site-b/article.txt'), 'written');
    assert.equal(fs.files.get('site-a/marginalia.codebook.yaml'), 'version: [');
  });

  test('folder keys are the folder names, made unique, and only a known key starts a qualified path', () => {
    assert.deepEqual(folderKeys(['news', 'news', 'a/b']), ['news', 'news (2)', 'a-b']);
    assert.equal(folderKeyOf('news (2)/x.txt', ['news', 'news (2)']), 'news (2)');
    assert.equal(folderKeyOf('other/x.txt', ['news']), undefined);
    assert.equal(folderFilePath('x.txt', undefined, 'marginalia.codebook.yaml'), 'marginalia.codebook.yaml');
  });
});
