import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, Entity, Quote } from '../../../src/core/analysis/model';
import { dismissalKey, findings } from '../../../src/core/comparison/findings';
import { AnalysisIndex } from '../../../src/core/views/analysisIndex';

/** A corpus of one statement reported by several documents; each version gives its text and speaker. */
function corpus(versions: { doc: string; text: string; speaker?: string; speakerText?: string; marked?: boolean }[], entities: Entity[] = [], texts: Record<string, string> = {}) {
  const quotes: Quote[] = versions.map((v, i) => ({
    id: `q${i}`, doc: v.doc, start: 0, end: v.text.length, text: v.text, speaker: v.speaker ?? null,
    speakerText: v.speakerText ?? '', marked: v.marked ?? true, kind: 'full', cluster: 'c1',
  }));
  const docs = [...new Set(versions.map((v) => v.doc))];
  const analysis: CorpusAnalysis = {
    documents: docs.map((path) => ({ path, length: 100, label: `Outlet ${path[0].toUpperCase()}` })),
    entities, topics: [], quotes, clusters: [{ id: 'c1', quotes: quotes.map((q) => q.id) }],
  };
  return { index: new AnalysisIndex(analysis), textOf: (doc: string) => texts[doc] };
}

const person = (id: string, name: string, mentions: Entity['mentions'] = []): Entity => ({ id, type: 'person', name, aliases: [], mentions });
const org = (id: string, name: string): Entity => ({ id, type: 'organization', name, aliases: [], mentions: [] });

suite('consistency findings: attribution', () => {
  test('two outlets giving one statement to different people is a finding naming both sources', () => {
    const { index, textOf } = corpus(
      [{ doc: 'a.txt', text: 'talks were frank', speaker: 'miller' }, { doc: 'b.txt', text: 'talks were frank', speakerText: 'Both sides' }],
      [person('miller', 'Matthew Miller')],
    );
    const [finding] = findings(index, textOf).filter((f) => f.kind === 'attribution');
    assert.equal(finding.cluster, 'c1');
    assert.deepEqual(finding.quotes, ['q0', 'q1']);
    assert.equal(finding.message, 'Sources disagree on who said this: Matthew Miller (Outlet A) vs Both sides (Outlet B).');
    assert.match(finding.notes.q0, /another speaker: Both sides \(Outlet B\)\. Here: Matthew Miller/);
  });

  test('a minister and the ministry are one source when the text describes the minister by it', () => {
    const text = 'Chinese Foreign Minister Qin Gang spoke.';
    const qin = person('qin', 'Qin Gang', [{ doc: 'a.txt', start: 25, end: 33, text: 'Qin Gang' }]);
    const { index, textOf } = corpus(
      [{ doc: 'a.txt', text: 'at their lowest', speaker: 'qin' }, { doc: 'b.txt', text: 'at their lowest', speaker: 'ministry' }],
      [qin, org('ministry', 'Chinese Foreign Ministry')],
      { 'a.txt': text },
    );
    assert.deepEqual(findings(index, textOf), []);
  });

  test('a ministry the text never ties to the minister is a finding', () => {
    const { index, textOf } = corpus(
      [{ doc: 'a.txt', text: 'at their lowest', speaker: 'qin' }, { doc: 'b.txt', text: 'at their lowest', speaker: 'ministry' }],
      [person('qin', 'Qin Gang'), org('ministry', 'Ministry of Commerce')],
    );
    assert.equal(findings(index, textOf).length, 1);
  });

  test('a description the corpus uses beside the named speaker, and an unknown speaker, are no conflict', () => {
    const text = 'State Department spokesperson Matthew Miller said so.';
    const miller = person('miller', 'Matthew Miller', [{ doc: 'a.txt', start: 30, end: 44, text: 'Matthew Miller' }]);
    const { index, textOf } = corpus(
      [
        { doc: 'a.txt', text: 'talks were frank', speaker: 'miller' },
        { doc: 'b.txt', text: 'talks were frank', speakerText: 'the spokesperson' },
        { doc: 'c.txt', text: 'talks were frank', speakerText: 'he' },
      ],
      [miller],
      { 'a.txt': text },
    );
    assert.deepEqual(findings(index, textOf), []);
  });

  test('an article giving the statement to a group of officials and to one named official ties the two', () => {
    const { index, textOf } = corpus(
      [
        { doc: 'a.txt', text: 'no breakthroughs', speakerText: 'US officials' },
        { doc: 'b.txt', text: 'no breakthroughs', speakerText: 'US officials' },
        { doc: 'b.txt', text: 'not going to make breakthroughs', speaker: 'kritenbrink' },
      ],
      [person('kritenbrink', 'Daniel Kritenbrink')],
    );
    assert.deepEqual(findings(index, textOf), []);
  });

  test('speakers the text ties stand on one side of the disagreement', () => {
    const text = 'State Department spokesperson Matthew Miller said so.';
    const miller = person('miller', 'Matthew Miller', [{ doc: 'a.txt', start: 30, end: 44, text: 'Matthew Miller' }]);
    const { index, textOf } = corpus(
      [
        { doc: 'a.txt', text: 'talks were frank', speaker: 'miller' },
        { doc: 'b.txt', text: 'talks were frank', speaker: 'state' },
        { doc: 'c.txt', text: 'talks were frank', speakerText: 'Both sides' },
      ],
      [miller, org('state', 'State Department')],
      { 'a.txt': text },
    );
    const [finding] = findings(index, textOf);
    assert.equal(finding.message, 'Sources disagree on who said this: Matthew Miller (Outlet A) / State Department (Outlet B) vs Both sides (Outlet C).');
    assert.deepEqual(finding.sides, [['q0', 'q1'], ['q2']]);
    assert.equal(finding.notes.q0, 'Other sources give this statement to another speaker: Both sides (Outlet C). Here: Matthew Miller.');
  });

  test('a dismissed finding stays out', () => {
    const { index, textOf } = corpus(
      [{ doc: 'a.txt', text: 'talks were frank', speaker: 'miller' }, { doc: 'b.txt', text: 'talks were frank', speaker: 'blinken' }],
      [person('miller', 'Matthew Miller'), person('blinken', 'Antony Blinken')],
    );
    assert.equal(findings(index, textOf).length, 1);
    assert.deepEqual(findings(index, textOf, new Set([dismissalKey('attribution', 'q1')])), []);
    assert.equal(findings(index, textOf, new Set([dismissalKey('wording', 'q1')])).length, 1, 'a dismissal applies to its own kind only');
  });
});

suite('consistency findings: wording', () => {
  test('a word substituted inside the quote marks is a finding that says which word', () => {
    const { index, textOf } = corpus([{ doc: 'a.txt', text: 'at their lowest' }, { doc: 'b.txt', text: 'at its lowest point' }]);
    const [finding] = findings(index, textOf);
    assert.equal(finding.kind, 'wording');
    assert.deepEqual(finding.quotes, ['q0', 'q1']);
    assert.match(finding.notes.q0, /Outlet B has “its” instead of “their”/);
    assert.match(finding.notes.q1, /Outlet A has “their” instead of “its”/);
  });

  test('a word dropped or added inside the quotation is a finding', () => {
    const { index, textOf } = corpus([{ doc: 'a.txt', text: 'of diplomacy and of maintaining channels' }, { doc: 'b.txt', text: 'of diplomacy and maintaining channels' }]);
    const [finding] = findings(index, textOf);
    assert.match(finding.notes.q0, /Outlet B drops “of”/);
    assert.match(finding.notes.q1, /Outlet A adds “of”/);
  });

  test('case, punctuation, quote-mark style and a shorter quotation of the same words are not', () => {
    const { index, textOf } = corpus([
      { doc: 'a.txt', text: 'We had Frank, constructive talks.' },
      { doc: 'b.txt', text: 'we had frank constructive talks' },
      { doc: 'c.txt', text: 'frank, constructive' },
      { doc: 'd.txt', text: 'We’re ready' },
      { doc: 'e.txt', text: "we're ready" },
    ]);
    assert.deepEqual(findings(index, textOf), []);
  });

  test('a version reported without quote marks is not held to the quoted words', () => {
    const { index, textOf } = corpus([{ doc: 'a.txt', text: 'frank, substantial and constructive' }, { doc: 'b.txt', text: 'candid, substantial and constructive', marked: false }]);
    assert.deepEqual(findings(index, textOf), []);
  });

  test('many wordings of one statement are each compared with the one most sources quote', () => {
    const versions = Array.from({ length: 12 }, (_, i) => ({ doc: `d${i}.txt`, text: i < 2 ? 'we will build new bridges' : `we will build ${i} bridges` }));
    const { index, textOf } = corpus(versions);
    const [finding] = findings(index, textOf);
    assert.equal(finding.kind, 'wording');
    assert.equal(finding.quotes.length, 12);
    assert.match(finding.notes.q5, /has “new” instead of “5”/);
  });
});
