import { documentPassages, type TopicDoc, type TopicModel } from './findTopics';
import type { Passage, Topic } from './model';

/**
 * Keeps each document's passages per topic so that an edit recomputes one document and rebuilds
 * only the topics whose passages in it changed; the other topics keep their objects.
 */
export class TopicPassages {
  private models: TopicModel[] = [];
  private readonly perDoc = new Map<string, Passage[][]>();
  private topics: Topic[] = [];

  /** Answers the topics for the given documents (in order), recomputing passages of the changed ones. */
  update(models: TopicModel[], docs: TopicDoc[], changed: Set<string>, removed: boolean): Topic[] {
    const reset = models !== this.models;
    if (reset) {
      this.models = models;
      this.perDoc.clear();
    }
    const dirty = new Set<number>();
    for (const d of docs) {
      if (!reset && !changed.has(d.path) && this.perDoc.has(d.path)) continue;
      const before = this.perDoc.get(d.path);
      const after = documentPassages(models, d);
      after.forEach((list, i) => {
        if (reset || !samePassages(before?.[i] ?? [], list)) dirty.add(i);
      });
      this.perDoc.set(d.path, after);
    }
    if (removed) {
      const present = new Set(docs.map((d) => d.path));
      for (const [path, lists] of this.perDoc) {
        if (present.has(path)) continue;
        lists.forEach((list, i) => list.length > 0 && dirty.add(i));
        this.perDoc.delete(path);
      }
    }
    if (dirty.size === 0 && !reset) return this.topics;
    const rebuilt = models.map((m, i) => {
      const old = this.topics.find((t) => t.id === m.id);
      if (!reset && old && !dirty.has(i)) return old;
      const passages: Passage[] = [];
      for (const d of docs) for (const p of this.perDoc.get(d.path)?.[i] ?? []) passages.push(p);
      return { id: m.id, name: m.name, passages };
    });
    this.topics = rebuilt.filter((t) => t.passages.length > 0);
    return this.topics;
  }
}

function samePassages(a: Passage[], b: Passage[]): boolean {
  return a.length === b.length && a.every((p, i) => p.start === b[i].start && p.end === b[i].end);
}
