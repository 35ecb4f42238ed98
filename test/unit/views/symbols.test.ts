import * as assert from 'node:assert/strict';
import { corpusStatus, quoteLensTitle } from '../../../src/core/views/lensAndStatus';
import { documentSymbols, fuzzyMatches, workspaceSymbols } from '../../../src/core/views/symbols';
import { ANALYSIS, fixtureIndex } from './fixture';

suite('symbols, CodeLens and status', () => {
  test('the Outline groups a document’s quotations by speaker in order of appearance', () => {
    const symbols = documentSymbols(fixtureIndex(), 'sub/c.md');
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['Ana Reyes', '1 quotation'], ['A spokesman', '1 quotation']]);
    assert.equal(symbols[0].quotations[0].name, '“frank, deep and constructive”');
    for (const s of symbols) for (const q of s.quotations) assert.ok(s.start <= q.start && q.end <= s.end);
  });

  test('workspace symbols match fuzzily, entities before quotations, up to the limit', () => {
    const index = fixtureIndex();
    assert.deepEqual(workspaceSymbols(index, 'anrey', 10).map((s) => s.name), ['Ana Reyes']);
    const constructive = workspaceSymbols(index, 'constructive', 10);
    assert.deepEqual(constructive.map((s) => s.kind), ['quotation', 'quotation', 'quotation']);
    assert.equal(constructive[0].container, 'Ana Reyes · a.txt');
    assert.equal(workspaceSymbols(index, '', 2).length, 2);
    assert.ok(fuzzyMatches('TB', 'Tom Berg') && !fuzzyMatches('bt', 'Tom Berg'));
  });

  test('the CodeLens names the speaker and counts the other sources', () => {
    const index = fixtureIndex();
    assert.equal(quoteLensTitle(index, index.quote('qa1')!), '$(person) Ana Reyes · 2 other sources');
    assert.equal(quoteLensTitle(index, index.quote('qa2')!), '$(person) Tom Berg');
  });

  test('the status bar counts the corpus', () => {
    const status = corpusStatus(ANALYSIS);
    assert.equal(status.text, '$(quote) 5 · $(person) 4');
    assert.match(status.tooltip, /3 documents, 4 entities, 5 quotations, 1 statement reported by several sources/);
  });

  test('after indexing stopped early, the status bar says how many of the articles the views hold', () => {
    const status = corpusStatus(ANALYSIS, 250);
    assert.equal(status.text, '$(quote) 5 · $(person) 4 · 3 of 250 articles');
    assert.match(status.tooltip, /stopped after 3 of 250 articles/);
    assert.equal(corpusStatus(ANALYSIS, 3).text, '$(quote) 5 · $(person) 4', 'a complete load says nothing more');
  });
});
