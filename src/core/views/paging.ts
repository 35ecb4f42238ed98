import { plural } from './text';
import type { ViewNode } from './viewNode';

/** How many items a tree shows at one level before a "more" node holds the rest. */
export const PAGE_SIZE = 200;

/** The contextValue of the node that holds the next page of a long list. */
export const MORE_CONTEXT = 'more';

/**
 * The first page of a long list as nodes, followed by a collapsible "N more ..." node that holds
 * the next page, and so on; only the nodes of pages the user opens are ever built.
 */
export function paged<T>(items: readonly T[], make: (item: T) => ViewNode, more: { id: string; one: string; many: string }, from = 0): ViewNode[] {
  const nodes = items.slice(from, from + PAGE_SIZE).map(make);
  const left = items.length - from - PAGE_SIZE;
  if (left > 0) {
    nodes.push({
      id: `${more.id}@${from + PAGE_SIZE}`,
      label: plural(left, `more ${more.one}`, `more ${more.many}`),
      icon: 'ellipsis',
      contextValue: MORE_CONTEXT,
      children: () => paged(items, make, more, from + PAGE_SIZE),
    });
  }
  return nodes;
}

/** Finds a child by id among a node's children, looking through "more" nodes into later pages. */
export function findChild<N extends ViewNode | undefined>(
  childrenOf: (node: ViewNode | undefined) => ViewNode[],
  parent: N,
  id: string,
): ViewNode | undefined {
  let level: ViewNode | undefined = parent;
  for (;;) {
    const children = childrenOf(level);
    const hit = children.find((n) => n.id === id);
    if (hit) return hit;
    const last = children[children.length - 1];
    if (!last || last.contextValue !== MORE_CONTEXT) return undefined;
    level = last;
  }
}
