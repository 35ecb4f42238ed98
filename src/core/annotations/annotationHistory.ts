import { anchorTarget } from './anchorTarget';
import { DocumentState, offsetMapOf } from './documentState';
import { Annotation } from './model';
import { describeTarget } from './textTarget';

/** One annotation change that can be undone: what to put back. */
export type UndoStep = { kind: 'added'; id: string } | { kind: 'updated'; before: Annotation } | { kind: 'removed'; before: Annotation };

/** A step with the document text it was made on, which tells whether text edits came after it. */
type Remembered = UndoStep & { text: string };

/** How many changes per document can be undone. */
const MAX_STEPS = 200;

/** The undo steps of each document, newest last. */
export class AnnotationHistory {
  private readonly steps = new Map<string, Remembered[]>();

  /** Records a change just made to a document's annotations, on the document's current text. */
  remember(documentPath: string, step: UndoStep, text: string): void {
    const list = this.steps.get(documentPath) ?? [];
    list.push({ ...step, text });
    if (list.length > MAX_STEPS) list.shift();
    this.steps.set(documentPath, list);
  }

  /** A removed annotation described where it sat in the current text, so an undo after later edits still finds it. */
  static removal(state: DocumentState, id: string): UndoStep | undefined {
    const entry = state.entries.get(id);
    if (!entry) return undefined;
    const target = entry.range && !entry.review ? describeTarget(offsetMapOf(state), entry.range.start, entry.range.end) : entry.annotation.target;
    return { kind: 'removed', before: { ...entry.annotation, target } };
  }

  /** Reverts the newest change of a document; false when there is none left to revert. */
  undo(state: DocumentState): boolean {
    const step = this.steps.get(state.path)?.pop();
    if (!step) return false;
    if (step.kind === 'added') return state.entries.delete(step.id) || this.undo(state);
    if (step.kind === 'updated') {
      const entry = state.entries.get(step.before.id);
      if (!entry) return this.undo(state);
      entry.annotation = step.before;
      return true;
    }
    const found = anchorTarget(offsetMapOf(state), step.before.target);
    const range = found && { start: found.start, end: found.end };
    state.entries.set(step.before.id, { annotation: step.before, ...(range && { range }), ...(found?.review && { review: true as const }) });
    return true;
  }

  /**
   * Whether the newest change of the document, text edits included, is an annotation change: there
   * is a step, and the text is the one it was made on (edits since, if any, have all been undone).
   */
  isNewest(state: DocumentState): boolean {
    const list = this.steps.get(state.path);
    return list !== undefined && list.length > 0 && list[list.length - 1].text === state.text;
  }

  /** Forgets a document's steps (when it is closed or loaded afresh). */
  forget(documentPath: string): void {
    this.steps.delete(documentPath);
  }
}
