/**
 * The exchange formats as a bundle of their own (`dist/exchange.js`), which the editor loads the
 * first time Export or Import Annotations runs, so their zip and XML libraries never slow activation.
 */
export { formatOfFile, FORMAT_EXTENSIONS, ImportFileError, importReportLines, issueLine } from './core/exchange';
export { exportFolder, importIntoFolder } from './node/exchange';
