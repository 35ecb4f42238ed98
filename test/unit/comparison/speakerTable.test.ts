import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, Quote } from '../../../src/core/analysis/model';
import { heatMapHtml } from '../../../src/core/comparison/heatMapHtml';
import { speakerOutletTree } from '../../../src/core/comparison/speakerOutletTree';
import { quotesIn, speakerTable, speakerTableCsv } from '../../../src/core/comparison/speakerTable';
import { AnalysisIndex } from '../../../src/core/views/analysisIndex';

const quote = (id: string, doc: string, speaker: string | null, speakerText = ''): Quote => ({
  id, doc, start: 0, end: 1, text: `words ${id}`, speaker, speakerText, marked: true, kind: 'full', cluster: null,
});

function index(): AnalysisIndex {
  const analysis: CorpusAnalysis = {
    documents: [
      { path: 'a1.txt', length: 9, outlet: 'Wire, Inc.', label: 'Wire, Inc.' },
      { path: 'a2.txt', length: 9, outlet: 'Wire, Inc.', label: 'Wire, Inc. (a2.txt)' },
      { path: 'b.txt', length: 9, label: 'Talks end' },
    ],
    entities: [
      { id: 'xi', type: 'person', name: 'Xi Jinping', aliases: [], mentions: [] },
      { id: 'eq', type: 'person', name: '=SUM(A1)', aliases: [], mentions: [] },
    ],
    topics: [],
    quotes: [quote('1', 'a1.txt', 'xi'), quote('2', 'a2.txt', 'xi'), quote('3', 'b.txt', 'xi'), quote('4', 'b.txt', null), quote('5', 'b.txt', 'eq')],
    clusters: [],
  };
  return new AnalysisIndex(analysis);
}

suite('who quotes whom', () => {
  test('counts each speaker per outlet; documents of one outlet share a column; unknown speakers come last', () => {
    const table = speakerTable(index());
    assert.deepEqual(table.outlets, ['Talks end', 'Wire, Inc.']);
    assert.deepEqual(table.rows.map((r) => [r.speaker, table.outlets.map((_, i) => quotesIn(r, i).length), r.total]), [
      ['Xi Jinping', [1, 2], 3],
      ['=SUM(A1)', [1, 0], 1],
      ['Unknown speaker', [1, 0], 1],
    ]);
  });

  test('the CSV quotes commas and defuses spreadsheet formulas', () => {
    assert.equal(
      speakerTableCsv(speakerTable(index())),
      'Speaker,Talks end,"Wire, Inc.",Total\r\nXi Jinping,1,2,3\r\n\'=SUM(A1),1,0,1\r\nUnknown speaker,1,0,1\r\n',
    );
  });

  test('the tree opens each cell into its quotations', () => {
    const [xi] = speakerOutletTree(index());
    assert.equal(xi.description, '3 quotations in 2 sources');
    const cells = xi.children!();
    assert.deepEqual(cells.map((c) => [c.label, c.description]), [['Talks end', '1'], ['Wire, Inc.', '2']]);
    assert.deepEqual(cells[1].children!().map((q) => [q.quoteId, q.description]), [['1', undefined], ['2', 'Wire, Inc. (a2.txt)']]);
  });

  test('the heat map shades cells by count, as buttons, with the nonce CSP and escaped names', () => {
    const html = heatMapHtml(speakerTable(index()), 'N0NCE');
    assert.match(html, /script-src 'nonce-N0NCE'/);
    assert.match(html, /class="cell s10" data-row="0" data-col="1" aria-label="Xi Jinping in Wire, Inc\.: 2"/);
    assert.match(html, /class="cell s5" data-row="0" data-col="0"/);
    assert.match(html, /var\(--vscode-charts-blue\)/);
    assert.doesNotMatch(html, /#[0-9a-f]{3,6}\b/i, 'no fixed colours, only the theme\'s');
  });
});
