import * as assert from 'node:assert/strict';
import { describeDocuments, sourceOf, type DescriptionMemo } from '../../../src/core/comparison/documentLabels';
import { frontMatterSource } from '../../../src/core/comparison/frontMatter';
import { matchesGlob } from '../../../src/core/comparison/globKey';
import { headlineOf } from '../../../src/core/comparison/headline';
import { parseSourcesFile } from '../../../src/core/comparison/sourcesFile';
import { starterSourcesFile } from '../../../src/core/comparison/starterSources';

const SOURCES = `version: 1
documents:
  a.txt: { outlet: Wire One, date: 2023-06-19, url: "https://example.org/a", title: Talks resume }
  "wire/*.txt": { outlet: Wire Two }
`;

function label(path: string, text: string, sources = SOURCES) {
  const { entries } = parseSourcesFile(sources);
  return describeDocuments([{ path, length: text.length }], () => text, entries)[0];
}

suite('document labels and sources', () => {
  test('the sources file gives a document its outlet, date, url and title; the label is outlet and date', () => {
    const doc = label('a.txt', 'The talks went on for hours.');
    assert.deepEqual([doc.outlet, doc.date, doc.url, doc.title, doc.label], ['Wire One', '2023-06-19', 'https://example.org/a', 'Talks resume', 'Wire One, 2023-06-19']);
  });

  test('a glob key gives one outlet to every article in a folder, but not to its subfolders', () => {
    assert.equal(label('wire/b.txt', 'Text.').outlet, 'Wire Two');
    assert.equal(label('wire/deep/b.txt', 'Text.').outlet, undefined);
    assert.ok(matchesGlob('wire/**', 'wire/deep/b.txt'));
    assert.ok(matchesGlob('{afp,ap}/', 'ap/x.md'));
  });

  test('an exact key wins over a glob for the fields it gives; the glob fills the rest', () => {
    const { entries } = parseSourcesFile('version: 1\ndocuments:\n  "*.txt": { outlet: Wire, language: en }\n  a.txt: { outlet: Other }\n');
    assert.deepEqual(sourceOf('a.txt', 'x', entries), { outlet: 'Other', language: 'en' });
  });

  test('front matter in a Markdown article gives the same fields; the sources file wins', () => {
    const text = '---\noutlet: Daily Paper\ndate: 2024-01-02\nlayout: post\n---\nBody text here.\n';
    assert.deepEqual(frontMatterSource(text), { source: { outlet: 'Daily Paper', date: '2024-01-02' }, problems: [] });
    assert.equal(label('notes/b.md', text).label, 'Daily Paper, 2024-01-02');
    assert.equal(label('a.md', text, 'version: 1\ndocuments:\n  a.md: { outlet: Override }\n').outlet, 'Override');
    assert.equal(label('b.txt', text).outlet, undefined, 'plain-text articles have no front matter');
  });

  test('without metadata the headline labels a document, when the first line reads as one', () => {
    assert.equal(label('x.txt', 'Talks in Beijing end without a deal\n\nThe talks ended.').label, 'Talks in Beijing end without a deal');
    assert.equal(headlineOf('# A Markdown headline here\n\nBody.'), 'A Markdown headline here');
    assert.equal(headlineOf('The minister arrived in Beijing on Monday for talks.\nMore.'), undefined, 'a sentence is not a headline');
    assert.equal(headlineOf('Kell said: “We will build it.”\nMore.'), undefined, 'a quoted sentence is not a headline');
    assert.equal(headlineOf('06/19/2023 05:16 (act. 06/19/2023 05:16)\nText'), undefined, 'a dateline is not a headline');
    const dated = '06/19/2023 05:16 (act. 06/19/2023 05:16)\nTalks in Beijing end without a deal ©APA/AFP\nThe talks ended.';
    assert.equal(headlineOf(dated), 'Talks in Beijing end without a deal', 'after a dateline, the next line; a photo credit is no part of it');
    assert.equal(headlineOf('On Monday, 19/06, they met.\nTalks in Beijing end without a deal'), undefined, 'only a dateline is skipped');
  });

  test('an article that dates itself at its top, or in its file name, gives its date when no metadata does', () => {
    const opening = (text: string) => label('x.txt', text, 'version: 1\ndocuments: {}\n').date;
    assert.equal(opening('06/19/2023 05:16 (act. 06/19/2023 05:16)\nTalks end\nBody.'), '2023-06-19', 'a dateline, month first');
    assert.equal(opening(' date 2023-06-19 Antony Blinken will meet Wang Yi.'), '2023-06-19', 'a named date opening the text');
    assert.equal(opening('Talks end without a deal\n\nTuesday, September 1, 2015\n\nBody.'), '2015-09-01', 'under the headline, a weekday first');
    assert.equal(opening('WASHINGTON, 19 June 2023 — The talks ended.'), '2023-06-19', 'a place in capitals, day first');
    assert.equal(opening('(Beijing) 19.06.2023: The talks ended.'), '2023-06-19', 'a place in brackets, dots day first');
    assert.equal(opening('NEW YORK, Nov. 19 (UPI) — The talks ended.'), undefined, 'no year, no date');
    assert.equal(opening('05/06/2023 The talks ended.'), undefined, 'either day could be meant');
    assert.equal(opening('2023-02-30 The talks ended.'), undefined, 'no such day');
    assert.equal(opening('The talks of 2023-06-19 ended.\nMore.'), undefined, 'a date inside a sentence is not the article\'s');
    assert.equal(opening('Headline here\nBody.\n2023-06-19 Third line.'), undefined, 'only the first two lines are read');
    assert.equal(label('a.txt', '2020-01-01 Text.').date, '2023-06-19', 'the sources file wins');
    assert.equal(opening('Talks end\nBody.'), undefined);
    assert.equal(label('nyt_2016-03-01_debate.txt', 'Talks end\nBody.', 'version: 1\ndocuments: {}\n').date, '2016-03-01', 'else a date in the file name');
    assert.equal(label('nyt_2016-03-01_debate.txt', '2016-02-28 Talks end.', 'version: 1\ndocuments: {}\n').date, '2016-02-28', 'the dateline before the file name');
    assert.equal(label('nyt_2016-13-01_debate.txt', 'Talks end\nBody.', 'version: 1\ndocuments: {}\n').date, undefined, 'no thirteenth month');
  });

  test('without metadata or headline the file name labels a document', () => {
    assert.equal(label('x.txt', 'He said it was over, and left the room.').label, 'x.txt');
  });

  test('two documents with the same label are told apart by their file names', () => {
    const docs = describeDocuments([{ path: 'a.txt', length: 1 }, { path: 'b.txt', length: 1 }], () => 'Talks end without a deal\nBody', []);
    assert.deepEqual(docs.map((d) => d.label), ['Talks end without a deal (a.txt)', 'Talks end without a deal (b.txt)']);
  });

  test('two documents with the same label and file name (two workspace folders) are told apart by their paths', () => {
    const docs = describeDocuments([{ path: 'site-a/article.txt', length: 1 }, { path: 'site-b/article.txt', length: 1 }], () => 'Talks end without a deal\nBody', []);
    assert.deepEqual(docs.map((d) => d.label), ['Talks end without a deal (site-a/article.txt)', 'Talks end without a deal (site-b/article.txt)']);
  });

  test('a glob key of a second folder\'s sources file, after its folder\'s key, matches that folder only', () => {
    assert.equal(matchesGlob('site-b/**/*.txt', 'site-b/article.txt'), true);
    assert.equal(matchesGlob('site-b/**/*.txt', 'site-a/article.txt'), false);
  });

  test('a sources file that is not YAML gives no entries and a problem with its line', () => {
    const { entries, problems } = parseSourcesFile('version: 1\ndocuments:\n  a.txt: { outlet: [unclosed\n');
    assert.equal(entries.length, 0);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /not valid YAML/);
    assert.ok(problems[0].line >= 3);
  });

  test('an unknown field or a wrong version is reported on its line and the rest still applies', () => {
    const { entries, problems } = parseSourcesFile('version: 2\ndocuments:\n  a.txt:\n    outlet: Wire\n    author: Someone\n');
    assert.deepEqual(entries, [{ key: 'a.txt', source: { outlet: 'Wire' } }]);
    assert.deepEqual(problems.map((p) => p.line), [1, 5]);
    assert.match(problems[1].message, /unknown field "author"/);
  });
});

suite('starter sources file', () => {
  test('lists every article with its known title and empty fields, and reads back without problems', () => {
    const text = starterSourcesFile([{ path: 'b.txt', length: 1, title: 'Talks: day two' }, { path: 'a.txt', length: 1 }]);
    const { entries, problems } = parseSourcesFile(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(entries.map((e) => e.key), ['a.txt', 'b.txt']);
    assert.deepEqual(entries[1].source, { title: 'Talks: day two' }, 'empty fields are left for the user, not read as values');
  });
});

suite('describing documents again', () => {
  test('a changed text or a new sources file is described again; an unchanged one keeps its label', () => {
    const memo: DescriptionMemo = { byPath: new Map() };
    const docs = [{ path: 'b.txt', length: 1 }];
    let text = 'Talks end without a deal\nBody';
    const describe = (entries = [] as ReturnType<typeof parseSourcesFile>['entries']) => describeDocuments(docs, () => text, entries, memo)[0].label;
    const none: ReturnType<typeof parseSourcesFile>['entries'] = [];
    assert.equal(describe(none), 'Talks end without a deal');
    assert.equal(describe(none), 'Talks end without a deal');
    text = 'Talks resume in Lima\nBody';
    assert.equal(describe(none), 'Talks resume in Lima');
    assert.equal(describe(parseSourcesFile('version: 1\ndocuments:\n  b.txt: { outlet: Other }\n').entries), 'Other');
  });
});
