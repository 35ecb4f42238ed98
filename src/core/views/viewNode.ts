/** A span of a document that a tree item, symbol or link opens and selects. */
export interface ViewLocation {
  doc: string;
  start: number;
  end: number;
}

/** The plain model of one tree item; the VS Code layer turns it into a TreeItem. */
export interface ViewNode {
  /** Unique within its tree and stable across refreshes, so expansion and selection survive. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon name such as `person` or `quote`. */
  icon: string;
  /** Used in `when` clauses of the view's item menus. */
  contextValue: string;
  /** Where selecting the item takes the user. */
  location?: ViewLocation;
  /** The item's children, computed when it is expanded; absent for a leaf. */
  children?: () => ViewNode[];
  /** The quotation a quotation item stands for, so item commands receive it as `{ quoteId }`. */
  quoteId?: string;
}

/** Returns the text of a document by corpus path, or undefined when it is not loaded. */
export type TextOf = (doc: string) => string | undefined;
