import * as vscode from 'vscode';
import type { ImportReport } from '../../core/exchange';
import type { AnnotationService } from '../annotations/annotationService';
import { Commands } from '../ids';
import { loadExchange } from './loadExchange';

/** Arguments that make Import Annotations... scriptable: the file to read skips the open dialog. */
export interface ImportArgs {
  uri?: vscode.Uri | string;
  dryRun?: boolean;
}

/** Registers Import Annotations...: pick a .qdpx, .qdc, .qde or W3C JSON-LD file and take it into the workspace. */
export function register(context: vscode.ExtensionContext, service: AnnotationService, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.importAnnotations, (arg?: ImportArgs) => importAnnotations(context.extensionUri, service, log, arg)));
}

/** Imports into the first workspace folder; resolves to the report, or undefined when cancelled or refused. */
async function importAnnotations(extensionUri: vscode.Uri, service: AnnotationService, log: vscode.LogOutputChannel, arg: ImportArgs = {}): Promise<ImportReport | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  // Checked before the exchange bundle loads: in the browser (no disk, no require) this is the answer.
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Import Annotations needs a folder on disk: open the folder of your articles first.'));
    return undefined;
  }
  const { ImportFileError, importIntoFolder, importReportLines } = loadExchange(extensionUri);
  const given = typeof arg.uri === 'string' ? vscode.Uri.file(arg.uri) : arg.uri;
  const file =
    given ??
    (
      await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import Annotations'),
        canSelectMany: false,
        filters: { 'QDA projects, codebooks and W3C annotations': ['qdpx', 'qdc', 'qde', 'jsonld', 'json'] },
      })
    )?.[0];
  if (!file) return undefined;
  // The import reads and merges with what is on disk, so unsaved annotation changes go there first.
  await service.saveAll();
  await service.saveCodebook();
  const name = vscode.workspace.asRelativePath(file);
  try {
    const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}', name) }, () =>
      importIntoFolder(folder.uri.fsPath, file.fsPath, arg.dryRun === true),
    );
    const lines = importReportLines(report, arg.dryRun === true, name);
    for (const line of lines) (line.startsWith('skipped ') ? log.warn : log.info).call(log, `Import: ${line}`);
    const summary = lines[lines.length - 1];
    if (report.issues.length > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} Each skipped item and what to do is in the Marginalia output.', summary), vscode.l10n.t('Show Output')).then((pick) => pick && log.show());
    } else {
      void vscode.window.showInformationMessage(summary);
    }
    return report;
  } catch (err) {
    const where = err instanceof ImportFileError ? `${name}${err.part ? ` (${err.part})` : ''}:${err.line}: ` : `${name}: `;
    const message = `${where}${(err as Error).message}. Nothing was imported; fix or re-export the file and try again.`;
    log.error(`Import: ${message}`);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
}
