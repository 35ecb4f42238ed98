import { writeCsv } from './csvWriter';
import { ExchangeWorkspace } from './model';
import { writeCodebookQdc } from './qdcWriter';
import { sourceFileName, writeProjectQde } from './qdeWriter';
import { writeW3cCollection } from './w3cWriter';
import { writeZip } from './zipArchive';

/** The formats an export writes. */
export const EXPORT_FORMATS = ['qdpx', 'qdc', 'w3c', 'csv'] as const;
/** One of the export formats. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file extension of each format. */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { qdpx: 'qdpx', qdc: 'qdc', w3c: 'jsonld', csv: 'csv' };

/** The format a file name implies by its extension, if any. */
export function formatOfFile(fileName: string): ExportFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.jsonld')) return 'w3c';
  return EXPORT_FORMATS.find((f) => lower.endsWith(`.${FORMAT_EXTENSIONS[f]}`));
}

/** A REFI-QDA project archive: `project.qde` and each document's plain text under `sources/`. */
export function writeQdpx(workspace: ExchangeWorkspace): Uint8Array {
  const files: Record<string, string> = { 'project.qde': writeProjectQde(workspace) };
  for (const d of workspace.documents) files[`sources/${sourceFileName(d.path)}`] = d.text;
  return writeZip(files);
}

/** The bytes of an export in the given format; throws with a message when the format has nothing to hold. */
export function writeExport(workspace: ExchangeWorkspace, format: ExportFormat): Uint8Array {
  switch (format) {
    case 'qdpx':
      return writeQdpx(workspace);
    case 'qdc':
      if (workspace.codebook.size === 0 && workspace.documents.every((d) => d.passages.length === 0)) {
        throw new Error('the codebook is empty, and a REFI-QDA codebook needs at least one code: tag a passage or add a tag first');
      }
      return new TextEncoder().encode(writeCodebookQdc(workspace));
    case 'w3c':
      return new TextEncoder().encode(writeW3cCollection(workspace));
    case 'csv':
      return new TextEncoder().encode(writeCsv(workspace));
  }
}
