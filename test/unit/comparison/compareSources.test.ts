import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, Quote } from '../../../src/core/analysis/model';
import { compareHtml } from '../../../src/core/comparison/compareHtml';
import { comparison } from '../../../src/core/comparison/compareModel';
import { AnalysisIndex } from '../../../src/core/views/analysisIndex';

const quote = (id: string, doc: string, text: string, fields: Partial<Quote> = {}): Quote => ({
  id, doc, start: 0, end: text.length, text, speaker: null, speakerText: '', marked: true, kind: 'full', cluster: 'c1', ...fields,
});

function index(): AnalysisIndex {
  const analysis: CorpusAnalysis = {
    documents: [
      { path: 'a.txt', length: 50, outlet: 'Wire <One>', date: '2023-06-20', label: 'Wire <One>, 2023-06-20' },
      { path: 'b.txt', length: 50, outlet: 'Daily', date: '2023-06-19', label: 'Daily, 2023-06-19' },
      { path: 'c.txt', length: 50, label: 'c.txt' },
    ],
    entities: [{ id: 'miller', type: 'person', name: 'Matthew Miller', aliases: [], mentions: [] }],
    topics: [],
    quotes: [
      quote('qa', 'a.txt', 'frank, substantial and constructive', { speaker: 'miller', speakerText: 'the spokesman' }),
      quote('qb', 'b.txt', 'candid, substantial and constructive', { speakerText: 'Both sides' }),
      quote('qc', 'c.txt', 'frank and constructive', { marked: false }),
    ],
    clusters: [{ id: 'c1', quotes: ['qa', 'qb', 'qc'] }],
  };
  return new AnalysisIndex(analysis);
}

suite('Compare Sources', () => {
  test('lists every version by date, with its speaker as its outlet gives it, based on the chosen quotation', () => {
    const model = comparison(index(), 'qa')!;
    assert.deepEqual(model.versions.map((v) => [v.label, v.speaker, v.speakerAs ?? '']), [
      ['Daily, 2023-06-19', 'Both sides', ''],
      ['Wire <One>, 2023-06-20', 'Matthew Miller', 'the spokesman'],
      ['c.txt', 'Unknown speaker', ''],
    ]);
    assert.equal(model.versions[model.base].quoteId, 'qa');
  });

  test('each version is diffed against every other, so the user may pick any base', () => {
    const model = comparison(index(), 'qa')!;
    const daily = model.versions[0];
    assert.deepEqual(daily.against[model.base].filter((s) => s.changed).map((s) => s.text), ['candid']);
    assert.deepEqual(daily.against[0], [{ text: daily.text, changed: false }], 'against itself nothing differs');
  });

  test('the page has a nonce CSP, no remote content, escaped text and keyboard hooks', () => {
    const html = compareHtml(comparison(index(), 'qa', [{ kind: 'attribution', cluster: 'c1', quotes: [], message: 'Sources <disagree>', notes: {} }])!, 'N0NCE');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-N0NCE'; script-src 'nonce-N0NCE';"/);
    assert.doesNotMatch(html, /https?:\/\//);
    assert.doesNotMatch(html, /<One>|<disagree>/);
    assert.match(html, /Wire &lt;One&gt;/);
    assert.match(html, /<mark>candid<\/mark>/);
    assert.match(html, /data-open="qb"/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="N0NCE">/);
    assert.match(html, /ArrowDown/);
    assert.doesNotMatch(html, / on\w+="/, 'no inline event handlers');
  });

  test('a quotation outside any statement compares with itself alone; an unknown id has no comparison', () => {
    const idx = index();
    (idx.analysis.quotes[2] as Quote).cluster = null;
    assert.deepEqual(comparison(idx, 'qc')!.versions.map((v) => v.quoteId), ['qc']);
    assert.equal(comparison(idx, 'nope'), undefined);
  });
});
