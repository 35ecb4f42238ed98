import type { Quote } from '../analysis/model';
import type { AnalysisIndex } from '../views/analysisIndex';
import { statements, type Statement } from '../views/statements';
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
  /** Attribution only: the quotations on each side of the disagreement (speakers the text ties share a side). */
  sides?: string[][];
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
  const scanner = new FindingScanner(index, textOf, dismissed);
  return scanner.statements.flatMap((s) => scanner.scan(s));
}

/**
 * The findings of a corpus one statement at a time, so a caller can spread a large corpus over
 * several turns of its event loop; `findings` is the same scan in one go.
 */
export class FindingScanner {
  /** The statements reported by more than one document, the only ones that can disagree. */
  readonly statements: Statement[];
  private readonly ties: SpeakerTies;

  /** `all`, when given, must be `statements(index)`: a caller may build it over several turns. */
  constructor(
    private readonly index: AnalysisIndex,
    textOf: TextOf,
    private readonly dismissed: ReadonlySet<string> = new Set(),
    all: readonly Statement[] = statements(index),
  ) {
    this.statements = all.filter((s) => s.sources >= 2);
    this.ties = new SpeakerTies(index, textOf);
  }

  /** The findings on one statement that the user has not dismissed. */
  scan(statement: Statement): Finding[] {
    const found = [attributionFinding(this.index, this.ties, statement.id, statement.members), wordingFinding(this.index, statement.id, statement.members)];
    return found.filter((f): f is Finding => f !== undefined && !f.quotes.some((id) => this.dismissed.has(dismissalKey(f.kind, id))));
  }
}

/** The quotations of one statement that give it to one speaker. */
interface Group {
  attribution: Attribution;
  name: string;
  quotes: Quote[];
}

function attributionFinding(index: AnalysisIndex, ties: SpeakerTies, cluster: string, members: Quote[]): Finding | undefined {
  // One group per distinct speaker; groups the text ties together are one source.
  const groups: Group[] = [];
  for (const q of members) {
    const attribution = attributionOf(index, q);
    if (!attribution) continue;
    const name = index.speakerName(q);
    const group = groups.find((g) => g.name === name);
    if (group) group.quotes.push(q);
    else groups.push({ attribution, name, quotes: [q] });
  }
  // An article that gives the statement to two speakers ("US officials" in its lead, Daniel Kritenbrink below)
  // says they are one source; so does the corpus around their names.
  const together = (g: Group, h: Group) => ties.tied(g.attribution, h.attribution) || g.quotes.some((q) => h.quotes.some((r) => r.doc === q.doc));
  const conflicts = groups.filter((g) => groups.some((h) => h !== g && !together(g, h)));
  if (conflicts.length < 2 || new Set(conflicts.flatMap((g) => g.quotes.map((q) => q.doc))).size < 2) return undefined;
  // Speakers the text ties together stand on one side ("Matthew Miller / State Department vs Both sides").
  const sides: Group[][] = [];
  for (const g of conflicts) {
    const side = sides.find((s) => s.some((h) => together(g, h)));
    if (side) side.push(g);
    else sides.push([g]);
  }
  const says = (side: Group[]) => side.map((g) => `${g.name} (${sourcesOf(index, g.quotes)})`).join(' / ');
  const notes: Record<string, string> = {};
  for (const side of sides) {
    const others = sides.filter((s) => s !== side).map(says).join('; ');
    for (const g of side) for (const q of g.quotes) notes[q.id] = `Other sources give this statement to another speaker: ${others}. Here: ${g.name}.`;
  }
  return {
    kind: 'attribution',
    cluster,
    quotes: conflicts.flatMap((g) => g.quotes.map((q) => q.id)),
    message: `Sources disagree on who said this: ${sides.map(says).join(' vs ')}.`,
    notes,
    sides: sides.map((side) => side.flatMap((g) => g.quotes.map((q) => q.id))),
  };
}

function wordingFinding(index: AnalysisIndex, cluster: string, members: Quote[]): Finding | undefined {
  // Only words inside quote marks are the outlet's claim of what was said; versions with the same
  // words (whatever their case, punctuation or marks) are one wording.
  const wordings = [...groupBy(members.filter((q) => q.marked), (q) => wordKey(q.text)).entries()];
  if (wordings.length < 2) return undefined;
  const reference = wordings.reduce((best, w) => (docsOf(w[1]) > docsOf(best[1]) ? w : best));
  const named = new Map(wordings.map(([, w]) => [w, sourcesOf(index, w)]));
  const differences = new Map<Quote[], string[]>();
  const summary: string[] = [];
  // Every pair of a few wordings is compared; past that (a template repeated with different
  // numbers, say) each is compared with the reference only, so the cost stays linear.
  const pairs = wordings.length <= MAX_ALL_PAIRS
    ? wordings.flatMap((w, i) => wordings.slice(i + 1).map((v) => [w, v]))
    : wordings.filter((w) => w !== reference).map((w) => [reference, w]);
  for (const [[keyA, a], [keyB, b]] of pairs) {
    // One wording inside the other, word for word, is a shorter quotation: no diff needed.
    if (` ${keyA} `.includes(` ${keyB} `) || ` ${keyB} `.includes(` ${keyA} `)) continue;
    const change = wordingChange(a[0].text, b[0].text);
    if (!change || !isMaterial(change)) continue;
    const reverse = { added: change.dropped, dropped: change.added };
    const [aSays, bSays] = [describeChange(named.get(b)!, change), describeChange(named.get(a)!, reverse)];
    differences.set(a, [...(differences.get(a) ?? []), aSays]);
    differences.set(b, [...(differences.get(b) ?? []), bSays]);
    if (a === reference[1]) summary.push(aSays);
    if (b === reference[1]) summary.push(bSays);
  }
  const involved = [...differences.keys()];
  if (involved.length === 0 || new Set(involved.flat().map((q) => q.doc)).size < 2) return undefined;
  const notes: Record<string, string> = {};
  for (const [wording, list] of differences) for (const q of wording) notes[q.id] = `The quoted words differ from other sources: ${list.join('; ')}.`;
  const against = summary.length ? ` than ${named.get(reference[1])}` : '';
  const message = `Sources quote different words${against}: ${(summary.length ? summary : Object.values(notes).slice(0, 1)).join('; ')}.`;
  return { kind: 'wording', cluster, quotes: members.filter((q) => involved.some((w) => w.includes(q))).map((q) => q.id), message, notes };
}

// The most wordings of one statement compared pairwise.
const MAX_ALL_PAIRS = 8;

function wordKey(text: string): string {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []).join(' ');
}

function docsOf(quotes: Quote[]): number {
  return new Set(quotes.map((q) => q.doc)).size;
}

function sourcesOf(index: AnalysisIndex, quotes: Quote[]): string {
  return [...new Set(quotes.map((q) => index.label(q.doc)))].join('; ');
}
