import * as vscode from 'vscode';
import type { ExportFormat } from '../../core/exchange';
import type { ExportOutcome } from '../../node/exchange';
import type { AnnotationService } from '../annotations/annotationService';
import { Commands } from '../ids';
import type { Services } from '../services';
import { loadExchange } from './loadExchange';

/** Arguments that make Export Annotations... scriptable: the file to write and its format skip the dialogs. */
export interface ExportArgs {
  uri?: vscode.Uri | string;
  format?: ExportFormat;
  includeAnalysis?: boolean;
}

interface FormatChoice extends vscode.QuickPickItem {
  format: ExportFormat;
  includeAnalysis: boolean;
}

const CHOICES: FormatChoice[] = [
  { label: 'REFI-QDA project (.qdpx)', detail: 'Articles, codebook, passages and notes for ATLAS.ti, MAXQDA, NVivo, QualCoder', format: 'qdpx', includeAnalysis: false },
  { label: 'REFI-QDA project with quotations (.qdpx)', detail: 'Also quotations by speaker, speakers as cases, statements linked across outlets', format: 'qdpx', includeAnalysis: true },
  { label: 'REFI-QDA codebook (.qdc)', detail: 'The tags alone, with colours and descriptions', format: 'qdc', includeAnalysis: false },
  { label: 'W3C Web Annotation (.jsonld)', detail: 'Tagged passages for any W3C-compatible annotation tool', format: 'w3c', includeAnalysis: false },
  { label: 'Spreadsheet (.csv)', detail: 'One row per tagged passage (UTF-8, opens in Excel and LibreOffice)', format: 'csv', includeAnalysis: false },
  { label: 'Spreadsheet with quotations (.csv)', detail: 'Also one row per quotation: speaker, kind, statement', format: 'csv', includeAnalysis: true },
];

/** Registers Export Annotations...: pick a format, pick a file, export with a progress notification. */
export function register(context: vscode.ExtensionContext, services: Services, service: AnnotationService): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.exportAnnotations, (arg?: ExportArgs) => exportAnnotations(context.extensionUri, services, service, arg)));
}

/** Exports the first workspace folder; resolves to what was exported, or undefined when cancelled or failed. */
async function exportAnnotations(extensionUri: vscode.Uri, services: Services, service: AnnotationService, arg: ExportArgs = {}): Promise<ExportOutcome | undefined> {
  const { log, analysis } = services;
  const folder = vscode.workspace.workspaceFolders?.[0];
  // Checked before the exchange bundle loads: in the browser (no disk, no require) this is the answer.
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export Annotations needs a folder on disk: open the folder of your articles first.'));
    return undefined;
  }
  const { exportFolder, FORMAT_EXTENSIONS, formatOfFile, issueLine } = loadExchange(extensionUri);
  const given = typeof arg.uri === 'string' ? vscode.Uri.file(arg.uri) : arg.uri;
  // A given format (or a file whose extension names one) skips the picker, so scripts need no dialog.
  const scripted = arg.format ?? (given && formatOfFile(given.path));
  const choice = scripted
    ? { format: scripted, includeAnalysis: arg.includeAnalysis ?? false }
    : await vscode.window.showQuickPick(CHOICES, { title: vscode.l10n.t('Export Annotations'), placeHolder: vscode.l10n.t('Choose a format') });
  if (!choice || !(choice.format in FORMAT_EXTENSIONS)) return undefined;
  const extension = FORMAT_EXTENSIONS[choice.format];
  const target =
    given ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Annotations'),
      defaultUri: vscode.Uri.joinPath(folder.uri, '..', `${folder.name}.${extension}`),
      filters: { [choice.format.toUpperCase()]: [extension] },
    }));
  if (!target) return undefined;
  // What is exported is what is saved: unsaved annotation changes are written first.
  await service.saveAll();
  await service.saveCodebook();
  try {
    const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations') }, async (progress) => {
      let done = 0;
      // The worker already analysed the workspace; the export takes its latest analysis.
      const analyse = choice.includeAnalysis ? () => analysis.whenReady().then(() => analysis.index.analysis) : undefined;
      return exportFolder(folder.uri.fsPath, choice.format, target.fsPath, analyse, (message, percent) => {
        progress.report({ message, increment: percent - done });
        done = percent;
      });
    });
    for (const issue of outcome.issues) log.warn(`Export: ${issueLine(issue)}`);
    const quotes = choice.includeAnalysis ? vscode.l10n.t(' and {0} quotation(s)', outcome.quotes) : '';
    const left = outcome.issues.length > 0 ? vscode.l10n.t(' {0} item(s) were left out (see the Marginalia output).', outcome.issues.length) : '';
    // The file's name only: a notification cuts long messages, and the path is the one just chosen.
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} passage(s){1} to {2}.{3}', outcome.passages, quotes, name, left));
    return outcome;
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Marginalia could not export to {0}: {1}.', target.fsPath, (err as Error).message));
    return undefined;
  }
}
