import { parse } from 'yaml';
import type { TopicDefinition } from './findTopics';

/** The file at the folder root where a user lists topics of their own. */
export const TOPIC_LIST_FILE = 'marginalia.topics.yaml';

/**
 * Reads a user topic list. The format is YAML: a `topics` list whose items have a `name` and the
 * `phrases` that signal the topic (matched case-insensitively as whole words), for example
 *
 *     topics:
 *       - name: Energy prices
 *         phrases: [oil price, gas price, energy bill]
 *
 * A topic without phrases is signalled by its own name. Bad entries are reported, not fatal.
 */
export function parseTopicList(text: string): { topics: TopicDefinition[]; problems: string[] } {
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    return { topics: [], problems: [`not valid YAML (${(err as Error).message.split('\n')[0]}); fix the syntax`] };
  }
  const list = (doc as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(list)) return { topics: [], problems: ['expected a top-level "topics:" list; see the format in the documentation'] };
  const topics: TopicDefinition[] = [];
  list.forEach((item: unknown, i) => {
    const entry = typeof item === 'string' ? { name: item } : (item as { name?: unknown; phrases?: unknown });
    if (typeof entry?.name !== 'string' || !entry.name.trim()) {
      problems.push(`topic ${i + 1} has no name; give it a "name:"`);
      return;
    }
    const phrases = Array.isArray(entry.phrases) ? entry.phrases.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
    topics.push({ name: entry.name.trim(), phrases: phrases.length > 0 ? phrases : [entry.name.trim()] });
  });
  return { topics, problems };
}
