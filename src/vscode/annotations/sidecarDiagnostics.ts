import * as vscode from 'vscode';
import { Problem } from '../../core/annotations';
import { toUri } from '../adapter';
import { AnnotationService } from './annotationService';

/**
 * Shows every sidecar or codebook that cannot be used as an error in the Problems panel, on the
 * file and line at fault, and says once per problem, in a message, which file it is and what to do.
 * The store never overwrites such a file; everything else keeps working.
 */
export class SidecarDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('marginalia');
  private readonly announced = new Set<string>();

  constructor(private readonly service: AnnotationService) {}

  /** Replaces the diagnostics with the store's current problems. */
  update(): void {
    const byFile = new Map<string, Problem[]>();
    for (const problem of this.service.store.problems()) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    this.collection.clear();
    const current = new Set<string>();
    for (const [file, problems] of byFile) {
      const uri = toUri(file);
      this.collection.set(uri, problems.map(toDiagnostic));
      for (const p of problems) {
        const key = `${file}:${p.line}:${p.message}`;
        current.add(key);
        if (!this.announced.has(key)) this.announce(uri, file, p);
      }
    }
    // A problem that was fixed may be announced again if it comes back.
    for (const key of [...this.announced]) if (!current.has(key)) this.announced.delete(key);
    for (const key of current) this.announced.add(key);
  }

  dispose(): void {
    this.collection.dispose();
  }

  private announce(uri: vscode.Uri, file: string, p: Problem): void {
    const message = vscode.l10n.t(
      'Marginalia cannot read {0} (line {1}: {2}). Its annotations are not shown and the file will not be changed until you fix it; the rest of the workspace works as usual.',
      file,
      p.line,
      p.message,
    );
    void vscode.window.showErrorMessage(message, vscode.l10n.t('Open File')).then((choice) => {
      if (choice) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(p.line - 1, 0, p.line - 1, 0) });
    });
  }
}

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    `${p.message}. Marginalia will not change this file until it is fixed.`,
    p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error,
  );
  diagnostic.source = 'Marginalia';
  return diagnostic;
}

/** Registers the diagnostics, kept in step with the store's problems. */
export function register(context: vscode.ExtensionContext, service: AnnotationService): SidecarDiagnostics {
  const diagnostics = new SidecarDiagnostics(service);
  context.subscriptions.push(
    diagnostics,
    service.onDidChange((change) => {
      if (change.kind !== 'annotations') diagnostics.update();
    }),
  );
  diagnostics.update();
  return diagnostics;
}
