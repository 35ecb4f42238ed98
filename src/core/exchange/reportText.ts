import { ImportReport } from './importIntoWorkspace';
import { ExchangeIssue } from './model';

/** An issue as one line: `item (line N): message`, with the file it came from first when given. */
export function issueLine(issue: ExchangeIssue, file?: string): string {
  const where = issue.line !== undefined ? ` (line ${issue.line}${file ? ` of ${file}` : ''})` : '';
  return `${issue.item}${where}: ${issue.message}`;
}

/** What an import did (or would do, on a dry run), as lines for a terminal or an output channel. */
export function importReportLines(report: ImportReport, dryRun: boolean, file?: string): string[] {
  const verb = dryRun ? 'would add' : 'added';
  const lines: string[] = [];
  const byDocument = new Map<string, ImportReport['added']>();
  for (const a of report.added) byDocument.set(a.documentPath, [...(byDocument.get(a.documentPath) ?? []), a]);
  for (const [path, added] of byDocument) {
    lines.push(`${path}.annotations.yaml: ${verb} ${added.length} annotation(s)`);
    for (const a of added) {
      const note = a.note ? ` note: "${preview(a.note)}"` : '';
      lines.push(`  ${a.id} [${a.start}-${a.end}] "${preview(a.text)}" tags: ${a.tags.join(', ') || '(none)'}${note}${a.moved ? ' (found by its text, not at its position)' : ''}`);
    }
  }
  if (report.tags.length > 0) lines.push(`marginalia.codebook.yaml: ${verb} ${report.tags.join(', ')}`);
  lines.push(...report.notes);
  for (const issue of report.issues) lines.push(`skipped ${issueLine(issue, file)}`);
  const already = report.alreadyThere > 0 ? `, ${report.alreadyThere} already in the workspace` : '';
  const counts = `${report.added.length} annotation(s) and ${report.tags.length} tag(s) ${dryRun ? 'to add' : 'added'}${already}, ${report.issues.length} item(s) skipped`;
  lines.push(dryRun ? `Dry run, nothing written: ${counts}.` : `${counts}.`);
  return lines;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 47)}...` : flat;
}
