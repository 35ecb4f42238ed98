import type { DocumentEntry } from '../analysis/model';
import { SOURCE_FIELDS } from './documentSource';

/**
 * The text of a starter `marginalia.sources.yaml` listing every article, with what is already
 * known filled in (its title or headline) and the other fields left empty to complete by hand.
 */
export function starterSourcesFile(documents: readonly DocumentEntry[]): string {
  const lines = [
    '# Marginalia sources: who published each article, and when. Every view names an article by',
    '# "outlet, date" once its outlet is filled in. A key may also be a glob ("afp/*.txt") that gives',
    '# one outlet to a whole folder.',
    'version: 1',
    'documents:',
  ];
  for (const doc of [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    lines.push(`  ${JSON.stringify(doc.path)}:`);
    for (const field of SOURCE_FIELDS) {
      const value = doc[field];
      lines.push(`    ${field}: ${value === undefined ? '' : JSON.stringify(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
