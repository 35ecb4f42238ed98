/** Command, view and context-key identifiers; they must match package.json (a unit test checks). */
export const Commands = {
  showViews: 'marginalia.showViews',
} as const;

export const Views = {
  container: 'marginalia',
  entities: 'marginalia.entities',
  topics: 'marginalia.topics',
  quotations: 'marginalia.quotations',
  tags: 'marginalia.tags',
} as const;
