import type { Quote } from '../analysis/model';
import type { AnalysisIndex } from '../views/analysisIndex';
import { statements } from '../views/statements';
import { groupBy } from '../views/text';
import type { TextOf } from '../views/viewNode';
import { attributionOf, SpeakerTies, type Attribution } from './speakerTies';
import { describeChange, isMaterial, wordingChange } from './wordingChanges';

/** The kinds of inconsistency between outlets reporting one statement. */
export type FindingKind = 'attribution' | 'wording';

/**
 * An inconsistency between the outlets reporting one statement (a cluster): `quotes` are the
 * quotations involved, `message` names the sources; `notes` say, per quotation, how the others differ.
 */
export interface Finding {
  kind: FindingKind;
  cluster: string;
  quotes: string[];
  message: string;
  notes: Record<string, string>;
}

/** The key a dismissal is stored under: the finding's kind and one of its quotations. */
export function dismissalKey(kind: FindingKind, quoteId: string): string {
  return `${kind}:${quoteId}`;
}

/**
 * Every consistency finding of the corpus, by statement: attribution (outlets give it to speakers
 * the text does not tie together) and wording (words substituted, added or dropped inside the
 * quote marks). A finding one of whose quotations carries a dismissal key is left out.
 */
export function findings(index: AnalysisIndex, textOf: TextOf, dismissed: ReadonlySet<string> = new Set()): Finding[] {
  const ties = new SpeakerTies(index, textOf);
  const out: Finding[] = [];
  for (const statement of statements(index)) {
    if (statement.sources < 2) continue;
    const found = [attributionFinding(index, ties, statement.id, statement.members), wordingFinding(index, statement.id, statement.members)];
    for (const f of found) if (f && !f.quotes.some((id) => dismissed.has(dismissalKey(f.kind, id)))) out.push(f);
  }
  return out;
}

function attributionFinding(index: AnalysisIndex, ties: SpeakerTies, cluster: string, members: Quote[]): Finding | undefined {
  // One group per distinct speaker; groups the text ties together are one source.
  const groups: { attribution: Attribution; name: string; quotes: Quote[] }[] = [];
  for (const q of members) {
    const attribution = attributionOf(index, q);
    if (!attribution) continue;
    const name = index.speakerName(q);
    const group = groups.find((g) => g.name === name);
    if (group) group.quotes.push(q);
    else groups.push({ attribution, name, quotes: [q] });
  }
  const conflicts = groups.filter((g) => groups.some((h) => h !== g && !ties.tied(g.attribution, h.attribution)));
  if (conflicts.length < 2 || new Set(conflicts.flatMap((g) => g.quotes.map((q) => q.doc))).size < 2) return undefined;
  const says = (g: (typeof groups)[number]) => `${g.name} (${sourcesOf(index, g.quotes)})`;
  const notes: Record<string, string> = {};
  for (const g of conflicts) {
    const others = conflicts.filter((h) => h !== g).map(says).join('; ');
    for (const q of g.quotes) notes[q.id] = `Other sources give this statement to another speaker: ${others}. Here: ${g.name}.`;
  }
  return {
    kind: 'attribution',
    cluster,
    quotes: conflicts.flatMap((g) => g.quotes.map((q) => q.id)),
    message: `Sources disagree on who said this: ${conflicts.map(says).join(' vs ')}.`,
    notes,
  };
}

function wordingFinding(index: AnalysisIndex, cluster: string, members: Quote[]): Finding | undefined {
  // Only words inside quote marks are the outlet's claim of what was said; versions with the same
  // words (whatever their case, punctuation or marks) are one wording.
  const wordings = [...groupBy(members.filter((q) => q.marked), (q) => wordKey(q.text)).values()];
  if (wordings.length < 2) return undefined;
  const reference = wordings.reduce((best, w) => (docsOf(w) > docsOf(best) ? w : best));
  const notes: Record<string, string> = {};
  const involved = new Set<Quote[]>();
  const summary: string[] = [];
  for (const wording of wordings) {
    const differences: string[] = [];
    for (const other of wordings) {
      const change = other === wording ? undefined : wordingChange(other[0].text, wording[0].text);
      if (!isMaterial(change)) continue;
      differences.push(describeChange(sourcesOf(index, other), wordingChange(wording[0].text, other[0].text)!));
      involved.add(wording).add(other);
      if (wording === reference) summary.push(`${describeChange(sourcesOf(index, other), wordingChange(wording[0].text, other[0].text)!)}`);
    }
    for (const q of wording) if (differences.length) notes[q.id] = `The quoted words differ from other sources: ${differences.join('; ')}.`;
  }
  if (involved.size === 0 || new Set([...involved].flat().map((q) => q.doc)).size < 2) return undefined;
  const against = summary.length ? ` than ${sourcesOf(index, reference)}` : '';
  const message = `Sources quote different words${against}: ${(summary.length ? summary : Object.values(notes).slice(0, 1)).join('; ')}.`;
  return { kind: 'wording', cluster, quotes: members.filter((q) => [...involved].some((w) => w.includes(q))).map((q) => q.id), message, notes };
}

function wordKey(text: string): string {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []).join(' ');
}

function docsOf(quotes: Quote[]): number {
  return new Set(quotes.map((q) => q.doc)).size;
}

function sourcesOf(index: AnalysisIndex, quotes: Quote[]): string {
  return [...new Set(quotes.map((q) => index.label(q.doc)))].join('; ');
}
