import type { DocumentEntities, TitleReference } from './candidates';
import type { Resolution } from './resolveSingles';

interface TiedPerson {
  key: string;
  title: string;
  qualifier: string;
  /** Where each mention of the person starts in the document. */
  positions: number[];
}

/**
 * Resolves definite title references ("the US Secretary of State") to the person the same document
 * tied that title to; a reference with no compatible tie in the document asks `corpus`, and is left
 * out when that has no answer either.
 */
export function resolveReferences(
  doc: { entities: DocumentEntities },
  resolved: Resolution[],
  corpus: (title: string, qualifier: string) => string | undefined = () => undefined,
): { start: number; end: number; key: string }[] {
  const { candidates, ties, references } = doc.entities;
  if (references.length === 0) return [];
  const positions = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const r = resolved[i];
    if (r?.type !== 'person') return;
    const list = positions.get(r.key) ?? [];
    list.push(c.start);
    positions.set(r.key, list);
  });
  const tied: TiedPerson[] = [];
  for (const t of ties) {
    const r = resolved[t.candidate];
    if (r?.type === 'person') tied.push({ key: r.key, title: t.title, qualifier: t.qualifier, positions: positions.get(r.key) ?? [] });
  }
  const out: { start: number; end: number; key: string }[] = [];
  for (const ref of references) {
    const key = pick(ref, tied) ?? corpus(ref.title, ref.qualifier);
    if (key) out.push({ start: ref.start, end: ref.end, key });
  }
  return out;
}

// Qualifiers must agree where both are given ("Chinese" is not "US"); an exact match is preferred,
// then the person mentioned most recently before the reference, then the first one after it.
function pick(ref: TitleReference, tied: TiedPerson[]): string | undefined {
  const sameTitle = tied.filter((t) => t.title === ref.title && (!ref.qualifier || !t.qualifier || t.qualifier === ref.qualifier));
  const conflicting = new Set(tied.filter((t) => ref.qualifier && t.qualifier && t.qualifier !== ref.qualifier).map((t) => t.key));
  let pool = sameTitle.filter((t) => !conflicting.has(t.key));
  const exact = pool.filter((t) => ref.qualifier && t.qualifier === ref.qualifier);
  if (exact.length > 0) pool = exact;
  let bestKey: string | undefined;
  let bestDistance = Infinity;
  for (const t of pool) {
    for (const p of t.positions) {
      const distance = p < ref.start ? ref.start - p : 1e9 + p - ref.start;
      if (distance < bestDistance) [bestKey, bestDistance] = [t.key, distance];
    }
  }
  return bestKey;
}
