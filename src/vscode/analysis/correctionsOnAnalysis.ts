import * as vscode from 'vscode';
import { applyCorrections, type PlacedCorrection } from '../../core/corrections';
import type { AnnotationFeatures } from '../annotations/registerAnnotations';
import type { Services } from '../services';

/**
 * Shows the engine's result with the user's corrections applied (corrections are annotations),
 * re-applying them only when the set of corrections changes, not on every annotation edit.
 */
export function register(context: vscode.ExtensionContext, { analysis }: Services, annotations: AnnotationFeatures): void {
  let applied = '';
  const update = () => {
    const corrections: PlacedCorrection[] = annotations.corrections();
    const key = JSON.stringify(corrections);
    if (key === applied) return;
    applied = key;
    analysis.applyCorrections((result) => applyCorrections(result, corrections));
  };
  update();
  context.subscriptions.push(annotations.service.onDidChange(update));
}
