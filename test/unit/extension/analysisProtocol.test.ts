import * as assert from 'node:assert/strict';
import { AnalysisAssembler, splitAnalysis } from '../../../src/analysisProtocol';
import { ANALYSIS } from '../views/fixture';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';

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

  test('an empty analysis needs no parts', () => {
    assert.deepEqual(splitAnalysis({ documents: [], entities: [], topics: [], quotes: [], clusters: [] }, 1, 10), []);
  });
});
