import { ExchangeWorkspace } from './model';

/** The CSV's columns: a row is a tagged passage or, with analysis, a quotation. */
export const CSV_COLUMNS = ['row', 'document', 'outlet', 'start', 'end', 'text', 'tags', 'note', 'created', 'modified', 'speaker', 'kind', 'cluster'] as const;

/** The byte-order mark that tells Excel the file is UTF-8 (LibreOffice and RFC 4180 readers accept it). */
export const UTF8_BOM = '\ufeff';

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The passages (and with analysis the quotations) as CSV per RFC 4180: a header row, CRLF line
 * ends, UTF-8 with a byte-order mark so Excel reads it as UTF-8, line breaks of notes kept inside
 * quoted fields. Positions are code points; tags are joined with "; ".
 */
export function writeCsv(workspace: ExchangeWorkspace): string {
  const rows: (string | number | undefined)[][] = [[...CSV_COLUMNS]];
  for (const d of workspace.documents) {
    for (const p of d.passages) rows.push(['passage', d.path, d.outlet, p.start, p.end, p.text, p.tags.join('; '), p.note, p.created, p.modified]);
  }
  if (workspace.includeAnalysis) {
    for (const d of workspace.documents) {
      for (const q of d.quotes) rows.push(['quotation', d.path, d.outlet, q.start, q.end, q.text, '', '', '', '', q.speaker, q.kind, q.cluster]);
    }
  }
  return UTF8_BOM + rows.map((row) => CSV_COLUMNS.map((_, i) => csvField(row[i])).join(',')).join('\r\n') + '\r\n';
}
