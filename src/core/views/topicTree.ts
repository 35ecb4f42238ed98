import type { Passage, Topic } from '../analysis/model';
import type { AnalysisIndex } from './analysisIndex';
import { paged } from './paging';
import { compareLabels, excerpt, groupBy, plural } from './text';
import type { TextOf, ViewNode } from './viewNode';

/** The Topics tree: topics by number of passages, then documents, then passages. */
export function topicTree(index: AnalysisIndex, textOf: TextOf): ViewNode[] {
  const topics = [...index.analysis.topics].sort((a, b) => b.passages.length - a.passages.length || compareLabels(a.name, b.name));
  return topics.map((topic) => topicNode(index, topic, textOf));
}

function topicNode(index: AnalysisIndex, topic: Topic, textOf: TextOf): ViewNode {
  const byDoc = groupBy(topic.passages, (p) => p.doc);
  const docs = [...byDoc].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    id: `topic:${topic.id}`,
    label: topic.name,
    description: `${plural(topic.passages.length, 'passage')} in ${plural(docs.length, 'document')}`,
    icon: 'symbol-namespace',
    contextValue: 'topic',
    children: () =>
      paged(docs, ([doc, passages]) => ({
        id: `topic:${topic.id}|${doc}`,
        label: index.label(doc),
        description: plural(passages.length, 'passage'),
        tooltip: doc,
        icon: 'file',
        contextValue: 'topicDocument',
        children: () => {
          const sorted = [...passages].sort((a, b) => a.start - b.start);
          return paged(sorted, (p) => passageNode(topic, p, textOf(doc)), { id: `topic:${topic.id}|${doc}:more`, one: 'passage', many: 'passages' });
        },
      }), { id: `topic:${topic.id}:more`, one: 'document', many: 'documents' }),
  };
}

function passageNode(topic: Topic, passage: Passage, text: string | undefined): ViewNode {
  const label = text === undefined ? `${passage.start}–${passage.end}` : excerpt(text, passage.start, passage.end, 100);
  return {
    id: `topic:${topic.id}|${passage.doc}|${passage.start}`,
    label,
    tooltip: text === undefined ? undefined : excerpt(text, passage.start, passage.end, 600),
    icon: 'note',
    contextValue: 'passage',
    location: { doc: passage.doc, start: passage.start, end: passage.end },
  };
}
