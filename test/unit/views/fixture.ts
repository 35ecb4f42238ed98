import type { CorpusAnalysis, Entity, Mention, Quote } from '../../../src/core/analysis/model';
import { AnalysisIndex } from '../../../src/core/views/analysisIndex';

/** Three small invented articles that report one statement in three wordings. */
export const TEXTS: Record<string, string> = {
  'a.txt':
    'Foreign Minister Ana Reyes met Tom Berg in Lima.\n' +
    '“We had frank, deep and constructive talks,” Reyes said.\n' +
    'Berg called it “a good start”.\n',
  'b.txt': 'Ana Reyes said the talks were “candid, substantial and constructive”.\nThe *Lima* [Group](x) agreed.\n',
  'sub/c.md': 'Reyes described the talks as frank, deep and constructive.\nA spokesman said “no comment”.\n',
};

/** The span of the n-th occurrence of a phrase in a document. */
export function at(doc: string, phrase: string, nth = 0): { doc: string; start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXTS[doc].indexOf(phrase, start + 1);
  if (start === -1) throw new Error(`"${phrase}" is not in ${doc}`);
  return { doc, start, end: start + phrase.length };
}

function mention(doc: string, phrase: string, nth = 0): Mention {
  return { ...at(doc, phrase, nth), text: phrase };
}

function quote(id: string, doc: string, text: string, fields: Partial<Quote>): Quote {
  return { id, ...at(doc, text), text, speaker: null, speakerText: '', marked: true, kind: 'full', cluster: null, ...fields };
}

const entities: Entity[] = [
  {
    id: 'reyes', type: 'person', name: 'Ana Reyes', aliases: ['Ana Reyes', 'Reyes'],
    mentions: [mention('a.txt', 'Ana Reyes'), mention('a.txt', 'Reyes', 1), mention('b.txt', 'Ana Reyes'), mention('sub/c.md', 'Reyes')],
  },
  { id: 'berg', type: 'person', name: 'Tom Berg', aliases: ['Tom Berg', 'Berg'], mentions: [mention('a.txt', 'Tom Berg'), mention('a.txt', 'Berg', 1)] },
  { id: 'lima', type: 'place', name: 'Lima', aliases: ['Lima'], mentions: [mention('a.txt', 'Lima')] },
  { id: 'group', type: 'organization', name: 'The *Lima* [Group](x)', aliases: [], mentions: [mention('b.txt', 'The *Lima* [Group](x)')] },
];

const quotes: Quote[] = [
  quote('qa1', 'a.txt', 'We had frank, deep and constructive talks,', { speaker: 'reyes', speakerText: 'Reyes', cluster: 'k1' }),
  quote('qa2', 'a.txt', 'a good start', { speaker: 'berg', speakerText: 'Berg', kind: 'fragment' }),
  quote('qb1', 'b.txt', 'candid, substantial and constructive', { speaker: 'reyes', speakerText: 'Ana Reyes', kind: 'fragment', cluster: 'k1' }),
  quote('qc1', 'sub/c.md', 'frank, deep and constructive', { speaker: 'reyes', speakerText: 'Reyes', marked: false, kind: 'fragment', cluster: 'k1' }),
  quote('qc2', 'sub/c.md', 'no comment', { speakerText: 'A spokesman', kind: 'fragment' }),
];

/** The hand-made analysis of TEXTS. */
export const ANALYSIS: CorpusAnalysis = {
  documents: Object.entries(TEXTS).map(([path, text]) => ({ path, length: text.length })),
  entities,
  topics: [{ id: 'talks', name: 'talks', passages: [at('a.txt', '“We had frank, deep and constructive talks,” Reyes said.'), at('b.txt', 'Ana Reyes said the talks'), at('sub/c.md', 'Reyes described the talks')] }],
  quotes,
  clusters: [{ id: 'k1', quotes: ['qc1', 'qa1', 'qb1'] }],
};

/** A fresh index over the fixture. */
export function fixtureIndex(): AnalysisIndex {
  return new AnalysisIndex(ANALYSIS);
}

/** Looks a document's text up, as the editor layer does. */
export const textOf = (doc: string): string | undefined => TEXTS[doc];

/** Command ids for hover links, named so tests can find them in the Markdown. */
export const COMMANDS = {
  openLocation: 'test.open',
  revealEntity: 'test.revealEntity',
  revealQuotation: 'test.revealQuotation',
  nextRelated: 'test.nextRelated',
  compareSources: 'test.compareSources',
  showRelated: 'test.showRelated',
  tag: 'test.tag',
  note: 'test.note',
};
