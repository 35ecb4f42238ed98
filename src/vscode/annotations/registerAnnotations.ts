import * as vscode from 'vscode';
import * as annotationCodeLens from './annotationCodeLens';
import * as annotationContext from './annotationContext';
import * as annotationHover from './annotationHover';
import { AnnotationService } from './annotationService';
import * as correctionCommands from '../analysis/correctionCommands';
import { AnalysisSource, correctionsOf } from '../analysis/correctionCommands';
import * as noteCommands from './noteCommands';
import * as orphanCommands from './orphanCommands';
import * as sidecarDiagnostics from './sidecarDiagnostics';
import * as tagCommands from './tagCommands';
import * as tagDecorations from './tagDecorations';
import * as tagsTree from './tagsTree';
import * as undoAnnotationCommand from './undoAnnotationCommand';

/** What the annotation features offer the rest of the extension (and the integration tests). */
export interface AnnotationFeatures {
  service: AnnotationService;
  tagsTree: tagsTree.TagsTreeProvider;
  /** Resolves once the open documents and every document with a sidecar are loaded. */
  ready: Promise<void>;
  /** Every stored correction, for `applyCorrections` on the analysis. */
  corrections(): ReturnType<typeof correctionsOf>;
}

/** Registers tags, notes, corrections, the Tags view, decorations, hover, CodeLens and sidecar diagnostics. */
export function registerAnnotationFeatures(context: vscode.ExtensionContext, analysisSource?: AnalysisSource): AnnotationFeatures {
  const service = new AnnotationService();
  context.subscriptions.push(service);
  const tree = tagsTree.register(context, service, analysisSource?.label);
  // Labels come from the analysis (sources file, headlines), so the Tags view follows its changes.
  if (analysisSource) context.subscriptions.push(analysisSource.onDidChange(() => tree.refresh()));
  tagCommands.register(context, service);
  noteCommands.register(context, service);
  orphanCommands.register(context, service);
  undoAnnotationCommand.register(context, service);
  correctionCommands.register(context, service, analysisSource);
  tagDecorations.register(context, service);
  annotationHover.register(context, service);
  annotationCodeLens.register(context, service);
  sidecarDiagnostics.register(context, service);
  annotationContext.register(context, service);
  // Loading reads files, so it runs after activation returns; the views fill in as it completes.
  const ready = service.start().catch((err) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Marginalia could not load the annotations: {0}', err instanceof Error ? err.message : String(err)));
  });
  return { service, tagsTree: tree, ready, corrections: () => correctionsOf(service) };
}
