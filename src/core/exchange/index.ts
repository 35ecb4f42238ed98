/** Exchange with QDA tools and spreadsheets: REFI-QDA (.qdpx, .qdc), W3C Web Annotation and CSV, out and in. */
export { collectWorkspace } from './collectWorkspace';
export type { CollectedWorkspace } from './collectWorkspace';
export { EXPORT_FORMATS, FORMAT_EXTENSIONS, formatOfFile, writeExport } from './exportFormats';
export type { ExportFormat } from './exportFormats';
export { importIntoWorkspace } from './importIntoWorkspace';
export type { ImportedAnnotation, ImportReport } from './importIntoWorkspace';
export { ImportFileError } from './importModel';
export type { ImportInput, ImportItem, ImportCode } from './importModel';
export type { WorkspaceText } from './matchSource';
export type { ExchangeIssue, ExchangeWorkspace } from './model';
export { readImportFile } from './readImportFile';
export { importReportLines, issueLine } from './reportText';
