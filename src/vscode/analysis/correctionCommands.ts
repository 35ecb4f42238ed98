import * as vscode from 'vscode';
import { CorpusAnalysis, Entity } from '../../core/analysis/model';
import { Correction } from '../../core/annotations';
import { PlacedCorrection, quoteAt } from '../../core/corrections';
import { toUri } from '../adapter';
import { AnnotationService } from '../annotations/annotationService';
import { resolveTarget, Target, TargetArgs } from '../annotations/annotationTarget';
import { Commands } from '../ids';

/** What the correction commands need from the analysis side: its latest result and when it changes. */
export interface AnalysisSource {
  current(): CorpusAnalysis | undefined;
  onDidChange: vscode.Event<unknown>;
  /** The label a document is shown by (its outlet and date, headline or path). */
  label?(path: string): string;
}

/** Every correction stored in the loaded sidecars, ready for `applyCorrections`. */
export function correctionsOf(service: AnnotationService): PlacedCorrection[] {
  return service
    .allPlaced()
    .filter((p) => p.annotation.correction)
    .map((p) => ({ doc: p.documentPath, start: p.start, end: p.end, correction: p.annotation.correction! }));
}

/** Registers Attribute Quotation to Speaker..., Mark as Not a Quotation and Merge Entities.... */
export function register(context: vscode.ExtensionContext, service: AnnotationService, source?: AnalysisSource): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.attributeQuotation, async (arg?: TargetArgs & { speaker?: string }) => {
      const target = await quotationTarget(service, source, arg);
      if (!target) return undefined;
      const speaker = arg?.speaker ?? (await pickSpeaker(source?.current()));
      return speaker ? store(service, target, { type: 'speaker', speaker }) : undefined;
    }),
    vscode.commands.registerCommand(Commands.markNotQuotation, async (arg?: TargetArgs) => {
      const target = await quotationTarget(service, source, arg);
      return target ? store(service, target, { type: 'not-a-quote' }) : undefined;
    }),
    vscode.commands.registerCommand(Commands.mergeEntities, (arg?: TargetArgs & { entities?: string[] }) => mergeEntities(service, source, arg)),
  );
}

/** The quotation at the cursor or selection (by the analysis), else the span the arguments give. */
async function quotationTarget(service: AnnotationService, source: AnalysisSource | undefined, arg?: TargetArgs): Promise<Target | undefined> {
  const target = await resolveTarget(service, arg);
  if (!target) return undefined;
  const quotes = source?.current()?.quotes ?? [];
  const span = target.start === target.end ? { ...target, end: target.start + 1 } : target;
  const quote = quoteAt(quotes, { doc: target.path, start: span.start, end: span.end });
  if (quote) return { ...target, start: quote.start, end: quote.end };
  if (target.start < target.end) return target;
  void vscode.window.showInformationMessage(source?.current() ? vscode.l10n.t('Put the cursor in a quotation first.') : vscode.l10n.t('The analysis is not ready yet; select the quotation to correct.'));
  return undefined;
}

/** Stores a correction on a span, replacing a correction already stored on the same span. */
async function store(service: AnnotationService, target: Target, correction: Correction): Promise<string> {
  // A dismissed finding is kept beside the correction, never replaced by it.
  const existing = service.store
    .anchored(target.path)
    .find((a) => a.start === target.start && a.end === target.end && a.annotation.correction && a.annotation.correction.type !== 'dismiss');
  const id = existing
    ? service.store.update(target.path, existing.annotation.id, { correction }).id
    : service.store.add(target.path, { start: target.start, end: target.end, correction }).id;
  await service.commit(target.path);
  return id;
}

async function pickSpeaker(analysis: CorpusAnalysis | undefined): Promise<string | undefined> {
  const people = (analysis?.entities ?? []).filter((e) => e.type === 'person').sort((a, b) => b.mentions.length - a.mentions.length);
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
  const base = people.map((e) => ({ label: e.name, description: vscode.l10n.t('{0} mentions', e.mentions.length), iconPath: new vscode.ThemeIcon('person') }));
  Object.assign(pick, { title: vscode.l10n.t('Attribute Quotation to Speaker'), placeholder: vscode.l10n.t('Choose a person, or type a name'), items: base, matchOnDescription: true });
  pick.onDidChangeValue((value) => {
    const name = value.trim();
    pick.items = name && !people.some((p) => p.name.toLowerCase() === name.toLowerCase()) ? [{ label: name, description: 'new speaker', alwaysShow: true }, ...base] : base;
  });
  return new Promise((resolve) => {
    let result: string | undefined;
    pick.onDidAccept(() => {
      result = pick.selectedItems[0]?.label;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}

/** Stores that several entities are one; the correction sits on the mention at the cursor or one of theirs. */
async function mergeEntities(service: AnnotationService, source: AnalysisSource | undefined, arg?: TargetArgs & { entities?: string[] }): Promise<string | undefined> {
  const analysis = source?.current();
  const target = arg?.uri || vscode.window.activeTextEditor ? await resolveTarget(service, arg) : undefined;
  const here = target && analysis?.entities.find((e) => e.mentions.some((m) => m.doc === target.path && m.start <= target.start && target.start <= m.end));
  let names = arg?.entities;
  if (!names) {
    const items = (analysis?.entities ?? []).map((e) => ({ label: e.name, description: `${e.type} · ${e.mentions.length} mentions`, entity: e, picked: e === here }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: vscode.l10n.t('Choose the entities that are the same (the first is kept as the name)'), matchOnDescription: true });
    names = picked?.map((p) => p.entity.name);
  }
  if (!names || names.length < 2) return undefined;
  const span = target && target.start < target.end ? target : await mentionSpan(service, analysis, names, target);
  if (!span) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select a mention of one of the entities, then run Merge Entities again.'));
    return undefined;
  }
  return store(service, span, { type: 'same-entity', entities: names });
}

/** A mention of one of the entities, preferring the target's document, as a place to keep the correction. */
async function mentionSpan(service: AnnotationService, analysis: CorpusAnalysis | undefined, names: string[], target?: Target): Promise<Target | undefined> {
  const mentions = (analysis?.entities ?? []).filter((e: Entity) => names.includes(e.name)).flatMap((e) => e.mentions);
  const mention = mentions.find((m) => m.doc === target?.path && m.start <= target.start && target.start <= m.end) ?? mentions.find((m) => m.doc === target?.path) ?? mentions[0];
  if (!mention) return undefined;
  if (target && mention.doc === target.path) return { ...target, start: mention.start, end: mention.end };
  return resolveTarget(service, { uri: toUri(mention.doc), start: mention.start, end: mention.end });
}
