// In-editor benchmark of the annotation features, run by test/bench/annotationEditor.mjs inside a
// real VS Code: tag many passages of the seeds, then time the hover and CodeLens providers.
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { AnnotationCodeLensProvider } from '../../src/vscode/annotations/annotationCodeLens';
import { AnnotationHoverProvider } from '../../src/vscode/annotations/annotationHover';
import type { AnnotationFeatures } from '../../src/vscode/annotations/registerAnnotations';

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(name: string, samples: number[]): string {
  return `${name}: n=${samples.length} median ${percentile(samples, 50).toFixed(3)} ms, p95 ${percentile(samples, 95).toFixed(3)} ms, max ${Math.max(...samples).toFixed(3)} ms`;
}

export async function run(): Promise<void> {
  const lines: string[] = [];
  const features: AnnotationFeatures = (await vscode.extensions.getExtension('marginalia.marginalia')!.activate()).annotations;
  await features.ready;
  const documents = await vscode.workspace.findFiles('**/*.txt');
  const tagTimes: number[] = [];
  const opened: vscode.TextDocument[] = [];
  for (const uri of documents) {
    const document = await vscode.workspace.openTextDocument(uri);
    opened.push(document);
    const text = document.getText();
    // Every word of five letters or more is tagged: a dense worst case for hover and CodeLens.
    for (const match of text.matchAll(/\b\w{5,}\b/g)) {
      const t0 = performance.now();
      await vscode.commands.executeCommand('marginalia.tagSelection', { uri: uri.toString(), start: match.index, end: match.index + match[0].length, tags: [`bench/${match[0].length}`] });
      tagTimes.push(performance.now() - t0);
    }
  }
  lines.push(summary('Tag Selection (command, with sidecar save)', tagTimes));
  const hover = new AnnotationHoverProvider(features.service, () => true);
  const lens = new AnnotationCodeLensProvider(features.service, () => true);
  const hoverTimes: number[] = [];
  const lensTimes: number[] = [];
  for (const document of opened) {
    const path = features.service.pathOf(document.uri)!;
    for (const a of features.service.store.anchored(path)) {
      const t0 = performance.now();
      hover.provideHover(document, document.positionAt(a.start + 1));
      hoverTimes.push(performance.now() - t0);
    }
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      lens.provideCodeLenses(document);
      lensTimes.push(performance.now() - t0);
    }
  }
  const annotations = features.service.allPlaced().length;
  lines.push(`${annotations} tagged passages in ${opened.length} documents`);
  if (annotations !== tagTimes.length) lines.push(`LOST ${tagTimes.length - annotations} annotations`);
  lines.push(summary('hover provider', hoverTimes));
  lines.push(summary('CodeLens provider (whole document)', lensTimes));
  const treeTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    features.tagsTree.refresh();
    const tree = features.tagsTree;
    tree.getChildren().forEach((root) => tree.getChildren(root).forEach((c) => tree.getChildren(c).forEach((leaf) => tree.getTreeItem(leaf))));
    treeTimes.push(performance.now() - t0);
  }
  lines.push(summary('Tags tree, every row of every level', treeTimes));
  writeFileSync(process.env.MARGINALIA_BENCH_REPORT!, lines.join('\n') + '\n');
  if (annotations !== tagTimes.length) throw new Error('annotations were lost while tagging');
}
