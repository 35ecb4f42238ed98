import * as vscode from 'vscode';
import { dismissalKey, FindingScanner, type Finding, type FindingKind } from '../../core/comparison/findings';
import { quoteAt } from '../../core/corrections';
import { resolveTarget } from '../annotations/annotationTarget';
import { Commands } from '../ids';
import { inSlices, inSteps, laterTurn } from '../laterTurn';
import type { AnalysisIndex } from '../../core/views/analysisIndex';
import { statementsSteps } from '../../core/views/statements';
import type { AnnotationFeatures } from '../annotations/registerAnnotations';
import { analysedDocument, DOCUMENT_SELECTOR, onSettingChange, setting, type Services } from '../services';

const SEVERITIES: Record<string, vscode.DiagnosticSeverity | undefined> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
  off: undefined,
};

// How many files' diagnostics are handed to the editor at once.
const DIAGNOSTIC_BATCH = 100;

/** What the findings feature offers the rest of the extension (and the integration tests). */
export interface FindingsFeature {
  /** The findings shown now (dismissed ones left out). */
  current(): readonly Finding[];
  /** Fires when the findings shown change. */
  onDidChange: vscode.Event<readonly Finding[]>;
}

/**
 * Consistency findings in the Problems panel: one diagnostic on each quotation involved, naming
 * the other sources, with quick fixes to compare the sources, record the right speaker, or
 * dismiss the finding (a `dismiss` correction in the sidecar, so it stays dismissed).
 */
export function register(context: vscode.ExtensionContext, { analysis }: Services, annotations: AnnotationFeatures): FindingsFeature {
  const collection = vscode.languages.createDiagnosticCollection('marginalia-findings');
  let shown: Finding[] = [];
  const byQuote = new Map<string, Finding[]>();
  const changed = new vscode.EventEmitter<readonly Finding[]>();
  let generation = 0;
  const update = async () => {
    const run = ++generation;
    const index = analysis.index;
    const dismissed = new Set<string>();
    for (const c of annotations.corrections()) {
      if (c.correction.type !== 'dismiss') continue;
      const quote = quoteAt(index.analysis.quotes, c);
      if (quote) dismissed.add(dismissalKey(c.correction.finding, quote.id));
    }
    // A large corpus is scanned in slices of a few milliseconds, so the editor never waits on it;
    // a newer analysis arriving meanwhile takes over.
    const stale = () => run !== generation;
    const all = await inSteps(statementsSteps(index), stale);
    if (!all) return;
    const scanner = new FindingScanner(index, analysis.textOf, dismissed, all);
    const found: Finding[] = [];
    if (!(await inSlices(scanner.statements, (statement) => found.push(...scanner.scan(statement)), stale))) return;
    await show(index, found, stale);
  };
  /** Turns the findings into diagnostics, a slice at a time, and shows them unless a newer scan took over. */
  const show = async (index: AnalysisIndex, found: Finding[], stale: () => boolean) => {
    const quotes = new Map<string, Finding[]>();
    const severity = SEVERITIES[setting<string>('findings.severity', 'information')];
    const perUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    const diagnose = (finding: Finding) => {
      for (const id of finding.quotes) quotes.set(id, [...(quotes.get(id) ?? []), finding]);
      if (severity === undefined) return;
      for (const id of finding.quotes) {
        const quote = index.quote(id)!;
        const { uri, range } = analysis.location(quote.doc, quote.start, quote.end);
        const diagnostic = new vscode.Diagnostic(range, finding.notes[id] ?? finding.message, severity);
        diagnostic.source = 'Marginalia';
        diagnostic.code = finding.kind;
        diagnostic.relatedInformation = finding.quotes.filter((other) => other !== id).map((other) => {
          const q = index.quote(other)!;
          return new vscode.DiagnosticRelatedInformation(analysis.location(q.doc, q.start, q.end), `${index.label(q.doc)}: ${index.speakerName(q)}`);
        });
        const entry = perUri.get(uri.toString()) ?? { uri, diagnostics: [] };
        entry.diagnostics.push(diagnostic);
        perUri.set(uri.toString(), entry);
      }
    };
    if (!(await inSlices(found, diagnose, stale))) return;
    shown = found;
    byQuote.clear();
    for (const [id, list] of quotes) byQuote.set(id, list);
    // Handed over DIAGNOSTIC_BATCH files at a time: the editor copies each batch to the window in one go.
    collection.clear();
    const entries = [...perUri.values()].map((e) => [e.uri, e.diagnostics] as [vscode.Uri, vscode.Diagnostic[]]);
    for (let i = 0; i < entries.length; i += DIAGNOSTIC_BATCH) {
      if (i > 0) await laterTurn();
      // A newer scan clears the collection and fills it itself.
      if (stale()) return;
      collection.set(entries.slice(i, i + DIAGNOSTIC_BATCH));
    }
    changed.fire(shown);
  };
  const actions: vscode.CodeActionProvider = {
    provideCodeActions: (document, _range, ctx) =>
      ctx.diagnostics.filter((d) => d.source === 'Marginalia' && (d.code === 'attribution' || d.code === 'wording')).flatMap((d) => fixes(document, d)),
  };
  function fixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const found = analysedDocument(analysis, document);
    const offset = found?.offsetAt(diagnostic.range.start);
    if (!found || offset === undefined) return [];
    const doc = found.doc;
    const quote = found.index.quoteAt(doc, offset + 1);
    const finding = quote && byQuote.get(quote.id)?.find((f) => f.kind === diagnostic.code);
    if (!quote || !finding) return [];
    const action = (title: string, command: string, args: unknown[], preferred = false) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [diagnostic];
      a.command = { title, command, arguments: args };
      a.isPreferred = preferred;
      return a;
    };
    const span = { doc, start: quote.start, end: quote.end };
    const out = [action('Compare sources', Commands.compareSources, [{ quoteId: quote.id }], true)];
    if (finding.kind === 'attribution') {
      // The speakers of the other sides: one the text ties to this quotation's speaker is no alternative.
      const elsewhere = (finding.sides ?? []).filter((side) => !side.includes(quote.id)).flat();
      const here = analysis.index.speakerName(quote);
      const others = [...new Set(elsewhere.map((id) => analysis.index.speakerName(analysis.index.quote(id)!)))].filter((n) => n !== here);
      for (const name of others) out.push(action(`Attribute to ${name}, as other sources do`, Commands.attributeQuotation, [{ ...span, speaker: name }]));
      out.push(action('Attribute to another speaker…', Commands.attributeQuotation, [span]));
    }
    out.push(action(`Dismiss this ${finding.kind} finding`, Commands.dismissFinding, [{ quoteId: quote.id, kind: finding.kind }]));
    return out;
  }
  context.subscriptions.push(
    collection,
    changed,
    analysis.onDidChange(() => void update()),
    onSettingChange(['findings.severity'], () => void update()),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, actions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(Commands.dismissFinding, (arg: { quoteId: string; kind: FindingKind }) => dismiss(arg)),
  );
  void update();

  /** Stores the dismissal as its own annotation on the quotation, beside any correction already there. */
  async function dismiss(arg: { quoteId: string; kind: FindingKind }): Promise<string | undefined> {
    const quote = analysis.index.quote(arg?.quoteId);
    if (!quote || (arg.kind !== 'attribution' && arg.kind !== 'wording')) return undefined;
    const target = await resolveTarget(annotations.service, { doc: quote.doc, start: quote.start, end: quote.end });
    if (!target) return undefined;
    const id = annotations.service.store.add(target.path, { start: quote.start, end: quote.end, correction: { type: 'dismiss', finding: arg.kind } }).id;
    await annotations.service.commit(target.path);
    return id;
  }
  return { current: () => shown, onDidChange: changed.event };
}
