import * as assert from 'node:assert/strict';
import { AnalysisAssembler, splitAnalysis } from '../../../src/engine/analysisProtocol';
import { ANALYSIS } from '../views/fixture';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';
import { Corpus } from '../../../src/core/analysis/corpus';

const DOCS: Record<string, string> = {
  'a.txt': 'Talks in Geneva went on late. “The draft is ready,” Ruth Okafor said.',
  'b.txt': 'The Northern Grain Board (NGB) raised prices. “We had no choice,” the NGB said.',
  'c.txt': '“We will sign,” Okafor told reporters in Lagos on Monday.',
};

/** Sends parts through a structured clone, as postMessage does, and assembles them on a base. */
function receive(parts: ReturnType<typeof splitAnalysis>, base?: CorpusAnalysis): CorpusAnalysis {
  const assembler = new AnalysisAssembler(base);
  for (const part of structuredClone(parts)) if (part.type === 'part') assembler.add(part);
  return assembler.analysis;
}

function items(parts: ReturnType<typeof splitAnalysis>): unknown[] {
  return parts.flatMap((p) => (p.type === 'part' ? p.items : []));
}

suite('analysis protocol', () => {
  test('an analysis split into small parts reassembles to the same analysis', () => {
    const parts = splitAnalysis(ANALYSIS, 3, 2);
    assert.ok(parts.length > 5);
    const assembler = new AnalysisAssembler();
    for (const part of parts) if (part.type === 'part') assembler.add(part);
    assert.deepEqual(assembler.analysis, ANALYSIS);
  });

  test('parts carry about the budget of objects, counting an entity’s mentions', () => {
    const many: CorpusAnalysis = {
      ...ANALYSIS,
      entities: Array.from({ length: 10 }, (_, i) => ({ ...ANALYSIS.entities[0], id: `e${i}` })),
    };
    const entityParts = splitAnalysis(many, 1, 10).filter((p) => p.type === 'part' && p.key === 'entities');
    // Each entity weighs 1 + 4 mentions, so two fit in a budget of 10.
    assert.deepEqual(entityParts.map((p) => (p.type === 'part' ? p.items.length : 0)), [2, 2, 2, 2, 2]);
  });

  test('after an edit only what changed is copied, and the window assembles the same analysis as the engine', () => {
    const corpus = new Corpus();
    for (const [path, text] of Object.entries(DOCS)) corpus.setDocument(path, text);
    const first = corpus.analysis();
    const held = receive(splitAnalysis(first, 1, 50));
    corpus.setDocument('c.txt', `${DOCS['c.txt']} “Not before the vote,” said Ana Ruiz.`);
    const second = corpus.analysis();
    const parts = splitAnalysis(second, 2, 50, first);
    const assembled = receive(parts, held);
    assert.deepEqual(assembled, second);
    const copied = items(parts).filter((item) => typeof item !== 'number');
    assert.ok(copied.length < items(splitAnalysis(second, 2, 50)).length, `${copied.length} items copied`);
    // An entity the edit did not reach is the very object the window already had.
    const board = (a: CorpusAnalysis) => a.entities.find((e) => e.name === 'Northern Grain Board');
    assert.ok(board(held));
    assert.equal(board(assembled), board(held));
  });

  test('an unchanged corpus is sent as positions only', () => {
    const corpus = new Corpus();
    for (const [path, text] of Object.entries(DOCS)) corpus.setDocument(path, text);
    const analysis = corpus.analysis();
    const held = receive(splitAnalysis(analysis, 1, 50));
    const parts = splitAnalysis(corpus.analysis(), 2, 50, analysis);
    assert.ok(items(parts).every((item) => typeof item === 'number'));
    assert.deepEqual(receive(parts, held), analysis);
  });

  test('a part that refers to an analysis the window does not hold is refused', () => {
    const parts = splitAnalysis(ANALYSIS, 2, 50, ANALYSIS);
    assert.throws(() => receive(parts), /does not hold/);
  });

  test('an empty analysis needs no parts', () => {
    assert.deepEqual(splitAnalysis({ documents: [], entities: [], topics: [], quotes: [], clusters: [] }, 1, 10), []);
  });
});
