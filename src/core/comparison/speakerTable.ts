import type { AnalysisIndex } from '../views/analysisIndex';
import { eachStep, runSteps, type Steps } from '../views/steps';
import { compareLabels } from '../views/text';

/** One speaker's row: how many quotations each outlet attributes to them, and which. */
export interface SpeakerRow {
  key: string;
  speaker: string;
  /** The ids of this speaker's quotations by outlet (its column), only for outlets that quote them. */
  cells: Map<number, string[]>;
  total: number;
}

/** Speakers against outlets; outlets are sources-file outlets, else document labels. */
export interface SpeakerTable {
  outlets: string[];
  rows: SpeakerRow[];
}

/**
 * Who quotes whom: each speaker's quotations counted per outlet. Rows and columns go from most to
 * fewest quotations; unknown speakers come last, as one row.
 */
export function speakerTable(index: AnalysisIndex): SpeakerTable {
  return runSteps(speakerTableSteps(index));
}

/** `speakerTable` in steps, for the editor to build a slice at a time. */
export function* speakerTableSteps(index: AnalysisIndex): Steps<SpeakerTable> {
  const { quotes } = index.analysis;
  // A document's outlet is looked up once, not once per quotation.
  const outletOf = new Map<string, string>();
  const perOutlet = new Map<string, number>();
  yield* eachStep(quotes, (q) => {
    let outlet = outletOf.get(q.doc);
    if (outlet === undefined) outletOf.set(q.doc, (outlet = index.outlet(q.doc)));
    perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
  });
  const outlets = [...perOutlet.keys()].sort((a, b) => perOutlet.get(b)! - perOutlet.get(a)! || compareLabels(a, b));
  yield;
  const column = new Map(outlets.map((o, i) => [o, i]));
  const rows = new Map<string, SpeakerRow>();
  yield* eachStep(quotes, (q) => {
    const key = index.speakerKey(q);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, speaker: index.speakerName(q), cells: new Map(), total: 0 }));
    const col = column.get(outletOf.get(q.doc)!)!;
    const cell = row.cells.get(col);
    if (cell) cell.push(q.id);
    else row.cells.set(col, [q.id]);
    row.total++;
  });
  const sorted = [...rows.values()].sort((a, b) => Number(a.key === '?') - Number(b.key === '?') || b.total - a.total || compareLabels(a.speaker, b.speaker));
  return { outlets, rows: sorted };
}

/** The ids of a row's quotations in one outlet's column (none when that outlet never quotes the speaker). */
export function quotesIn(row: SpeakerRow, col: number): readonly string[] {
  return row.cells.get(col) ?? [];
}

/** The table as CSV (RFC 4180): a header of outlets, then one row of counts per speaker. */
export function speakerTableCsv(table: SpeakerTable): string {
  const cell = (value: string | number) => {
    const text = String(value);
    // A leading = + - or @ would run as a formula in a spreadsheet; a quote mark defuses it.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [['Speaker', ...table.outlets, 'Total'].map(cell).join(',')];
  for (const row of table.rows) lines.push([row.speaker, ...table.outlets.map((_, i) => quotesIn(row, i).length), row.total].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
