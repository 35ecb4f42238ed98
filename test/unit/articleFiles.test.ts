import * as assert from 'node:assert/strict';
import { DEFAULT_ARTICLE_RULE, isArticlePath, isExcludedPath, matchesGlob, withExclusions } from '../../src/core/articleFiles';

suite('which files are articles', () => {
  test('text and Markdown files anywhere in the folder are articles by default', () => {
    for (const path of ['a.txt', 'news/2023/b.md', 'UPPER.TXT']) assert.ok(isArticlePath(path), path);
  });

  test('sidecars, other files, hidden folders, packages and build output are not', () => {
    for (const path of ['a.txt.annotations.yaml', 'notes.yaml', '.git/info.txt', 'x/.vscode/a.md', 'node_modules/p/README.md', 'dist/a.txt', 'out/b.md', 'build/c.txt', '.hidden.md']) {
      assert.ok(!isArticlePath(path), path);
    }
  });

  test('a folder merely named like a build folder inside a word is kept', () => {
    assert.ok(isArticlePath('outlets/reuters.txt'));
    assert.ok(isArticlePath('distant/places.md'));
  });

  test('include narrows the articles to a folder, and exclude takes out more', () => {
    const rule = { include: ['articles/**'], exclude: [...DEFAULT_ARTICLE_RULE.exclude, '**/drafts'] };
    assert.ok(isArticlePath('articles/a.txt', rule));
    assert.ok(!isArticlePath('README.md', rule));
    assert.ok(!isArticlePath('articles/drafts/b.txt', rule));
  });

  test('the editor adds its files.exclude patterns to the rule', () => {
    const rule = withExclusions(DEFAULT_ARTICLE_RULE, ['**/archive', '**/*.tmp.md']);
    assert.ok(!isArticlePath('archive/2019/a.txt', rule));
    assert.ok(!isArticlePath('x.tmp.md', rule));
    assert.ok(isArticlePath('x.md', rule));
  });

  test('globs: * within a segment, ** across segments, braces and classes', () => {
    assert.ok(matchesGlob('*.txt', 'a.txt') && !matchesGlob('*.txt', 'f/a.txt'));
    assert.ok(matchesGlob('**/*.txt', 'a.txt') && matchesGlob('**/*.txt', 'f/g/a.txt'));
    assert.ok(matchesGlob('**/*.{txt,md}', 'f/a.md') && !matchesGlob('**/*.{txt,md}', 'f/a.yaml'));
    assert.ok(matchesGlob('doc[0-9].txt', 'doc7.txt') && !matchesGlob('doc[0-9].txt', 'docx.txt'));
    assert.ok(matchesGlob('a/**', 'a/b/c.txt') && !matchesGlob('a/**', 'ab/c.txt'));
    assert.ok(isExcludedPath('a/node_modules/b/c.md', ['**/node_modules']));
  });
});
