import type { AnalysisIndex } from '../views/analysisIndex';
import { paged } from '../views/paging';
import { oneLine, plural, truncate } from '../views/text';
import type { ViewNode } from '../views/viewNode';
import { runSteps, type Steps } from '../views/steps';
import { speakerTableSteps, type SpeakerRow } from './speakerTable';

/** The Who Quotes Whom tree: speakers, then the outlets that quote them with counts, then the quotations. */
export function speakerOutletTree(index: AnalysisIndex): ViewNode[] {
  return runSteps(speakerOutletTreeSteps(index));
}

/** `speakerOutletTree` in steps, for the editor to build a slice at a time. */
export function* speakerOutletTreeSteps(index: AnalysisIndex): Steps<ViewNode[]> {
  const table = yield* speakerTableSteps(index);
  return paged(table.rows, (row) => speakerNode(index, table.outlets, row), { id: 'whoQuotesWhom:more', one: 'speaker', many: 'speakers' });
}

function speakerNode(index: AnalysisIndex, outlets: string[], row: SpeakerRow): ViewNode {
  const id = `who:${row.key}`;
  const cells = [...row.cells].sort(([a], [b]) => a - b).map(([col, quotes]) => ({ outlet: outlets[col], quotes }));
  return {
    id,
    label: row.speaker,
    description: `${plural(row.total, 'quotation')} in ${plural(cells.length, 'source')}`,
    icon: row.key.startsWith('?') ? 'question' : 'person',
    contextValue: 'whoSpeaker',
    children: () =>
      cells.map(({ outlet, quotes }) => ({
        id: `${id}|${outlet}`,
        label: outlet,
        description: String(quotes.length),
        icon: 'globe',
        contextValue: 'whoCell',
        children: () =>
          quotes.map((quoteId) => {
            const q = index.quote(quoteId)!;
            return {
              id: `${id}|${outlet}|${q.id}`,
              label: `“${truncate(oneLine(q.text), 90)}”`,
              description: index.label(q.doc) === outlet ? undefined : index.label(q.doc),
              tooltip: oneLine(q.text),
              icon: q.kind === 'fragment' ? 'quote' : 'comment',
              contextValue: index.related(q).length > 0 ? 'quotation.related' : 'quotation',
              quoteId: q.id,
              location: { doc: q.doc, start: q.start, end: q.end },
            };
          }),
      })),
  };
}
