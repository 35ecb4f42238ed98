import type { Quote } from '../analysis/model';
import { bySpan, type AnalysisIndex } from './analysisIndex';
import { paged } from './paging';
import { hasParaphrases, isParaphrase, statementsSteps, otherSourceCount, type Statement } from './statements';
import { eachStep, runSteps, type Steps } from './steps';
import { compareLabels, oneLine, plural, truncate } from './text';
import type { ViewNode } from './viewNode';

/** How the Quotations view groups its items. */
export type QuotationGrouping = 'speaker' | 'statement';

const SINGLE = 'statement:single';

/** True for a quotation of someone's words; a quoted title (kind "title") is not speech and stays out of the speaker views. */
export function isSpeech(quote: Quote): boolean {
  return quote.kind !== 'title';
}

/** The Quotations tree, grouped by speaker or by cross-source statement; quoted titles are left out. */
export function quotationTree(index: AnalysisIndex, grouping: QuotationGrouping): ViewNode[] {
  return runSteps(quotationTreeSteps(index, grouping));
}

/** `quotationTree` in steps, for the editor to build a slice at a time. */
export function quotationTreeSteps(index: AnalysisIndex, grouping: QuotationGrouping): Steps<ViewNode[]> {
  return grouping === 'speaker' ? bySpeaker(index) : byStatement(index);
}

/** The ids from the root to a quotation's node, for revealing it in the tree. */
export function quotationNodePath(index: AnalysisIndex, quote: Quote, grouping: QuotationGrouping): string[] {
  if (grouping === 'speaker') return [`speaker:${index.speakerKey(quote)}`, `speaker:${index.speakerKey(quote)}|${quote.id}`];
  const group = quote.cluster && index.cluster(quote.cluster) ? `statement:${quote.cluster}` : SINGLE;
  return [group, `${group}|${quote.id}`];
}

function* bySpeaker(index: AnalysisIndex): Steps<ViewNode[]> {
  const bySpeakerKey = new Map<string, Quote[]>();
  yield* eachStep(index.analysis.quotes, (q) => {
    if (!isSpeech(q)) return;
    const key = index.speakerKey(q);
    const list = bySpeakerKey.get(key);
    if (list) list.push(q);
    else bySpeakerKey.set(key, [q]);
  });
  const groups = [...bySpeakerKey].map(([key, quotes]) => ({ key, quotes, name: index.speakerName(quotes[0]) }));
  // Named speakers first, by number of quotations; the quotations nobody is found for come last.
  groups.sort((a, b) => Number(a.key === '?') - Number(b.key === '?') || b.quotes.length - a.quotes.length || compareLabels(a.name, b.name));
  return paged(groups, ({ key, quotes, name }) => ({
    id: `speaker:${key}`,
    label: name,
    description: plural(quotes.length, 'quotation'),
    icon: key.startsWith('?') ? 'question' : 'person',
    contextValue: 'speaker',
    children: () =>
      paged([...quotes].sort(bySpan), (q) => {
        const others = otherSourceCount(index, q);
        return quoteNode(`speaker:${key}`, q, others ? `${index.label(q.doc)} · ${plural(others, 'other source')}` : index.label(q.doc), index.related(q).length > 0);
      }, { id: `speaker:${key}:more`, one: 'quotation', many: 'quotations' }),
  }), { id: 'speakers:more', one: 'speaker', many: 'speakers' });
}

function* byStatement(index: AnalysisIndex): Steps<ViewNode[]> {
  const nodes = paged(yield* statementsSteps(index), statementNode, { id: 'statements:more', one: 'statement', many: 'statements' });
  const single: Quote[] = [];
  yield* eachStep(index.analysis.quotes, (q) => {
    if (isSpeech(q) && (!q.cluster || !index.cluster(q.cluster))) single.push(q);
  });
  single.sort(bySpan);
  if (single.length) {
    nodes.push({
      id: SINGLE,
      label: 'Reported by one source',
      description: plural(single.length, 'quotation'),
      icon: 'circle-outline',
      contextValue: 'singleSource',
      children: () => {
        const make = (q: Quote) => quoteNode(SINGLE, q, `${index.speakerName(q)} · ${index.label(q.doc)}`, false);
        return paged(single, make, { id: `${SINGLE}:more`, one: 'quotation', many: 'quotations' });
      },
    });
  }
  return nodes;

  function statementNode(s: Statement): ViewNode {
    const id = `statement:${s.id}`;
    return {
      id,
      label: `“${truncate(oneLine(s.representative.text), 90)}”`,
      description: plural(s.sources, 'source') + (hasParaphrases(s) ? ' · includes paraphrases' : ''),
      tooltip: oneLine(s.representative.text),
      icon: 'link',
      contextValue: 'statement',
      children: () =>
        s.members.map((q) => {
          return quoteNode(id, q, `${index.speakerName(q)} · ${index.label(q.doc)}${wordingNote(q, s.representative)}`, true);
        }),
    };
  }
}

function wordingNote(quote: Quote, representative: Quote): string {
  if (quote === representative) return '';
  if (!quote.marked) return ' · reported without quote marks';
  return isParaphrase(quote, representative) ? ' · paraphrase' : '';
}

/** A quotation item; `related` marks one whose statement other quotations report too, for its item actions. */
function quoteNode(parent: string, quote: Quote, description: string, related: boolean): ViewNode {
  return {
    id: `${parent}|${quote.id}`,
    label: `“${truncate(oneLine(quote.text), 90)}”`,
    description,
    tooltip: oneLine(quote.text),
    icon: quote.kind === 'fragment' ? 'quote' : 'comment',
    contextValue: related ? 'quotation.related' : 'quotation',
    quoteId: quote.id,
    location: { doc: quote.doc, start: quote.start, end: quote.end },
  };
}
