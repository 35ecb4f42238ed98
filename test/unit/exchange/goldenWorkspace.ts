import { ExchangeWorkspace } from '../../../src/core/exchange';

/** The workspace the hand-written golden files in test/fixtures/exchange describe. */
export function goldenWorkspace(includeAnalysis: boolean): ExchangeWorkspace {
  return {
    name: 'golden',
    includeAnalysis,
    codebook: new Map([
      ['people', { color: '#4363d8' }],
      ['tone/conciliatory', { color: '#3cb44b', description: 'Warm words & kind' }],
    ]),
    documents: [
      {
        path: 'articles/a.txt',
        text: '😀 Hi. The minister said: "We agree."\nEnd.\n',
        passages: [
          { id: 'p2', start: 2, end: 4, text: 'Hi', prefix: '😀 ', suffix: '. The minister said: "We agree."', tags: ['people'], created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
          {
            id: 'p1',
            start: 10,
            end: 18,
            text: 'minister',
            prefix: '😀 Hi. The ',
            suffix: ' said: "We agree."\nEnd.\n',
            tags: ['tone/conciliatory'],
            note: 'Line one, "two"\nLine three',
            created: '2026-01-02T03:04:05.000Z',
            modified: '2026-01-02T03:04:06.000Z',
          },
        ],
        quotes: includeAnalysis ? [{ id: 'q1', start: 26, end: 35, text: 'We agree.', speaker: 'The minister', kind: 'full', cluster: 'c1' }] : [],
      },
      {
        path: 'b.txt',
        text: 'We agree.\n',
        outlet: 'Example Times',
        passages: [],
        quotes: includeAnalysis ? [{ id: 'q2', start: 0, end: 9, text: 'We agree.', kind: 'full', cluster: 'c1' }] : [],
      },
    ],
  };
}
