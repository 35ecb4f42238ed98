/** The command ids hover links use; passed in so the core stays free of the editor layer. */
export interface HoverCommands {
  /** Opens a document span: arguments (doc, start, end). */
  openLocation: string;
  /** Reveals an entity in the Entities view: argument (entityId). */
  revealEntity: string;
  /** Reveals a quotation in the Quotations view: argument (quoteId). */
  revealQuotation: string;
  /** Goes to the next quotation of the same statement: argument ({ quoteId }). */
  nextRelated: string;
  /** Peeks every quotation of the same statement: argument ({ quoteId }). */
  showRelated: string;
  /** Opens Compare Sources on the quotation's statement: argument ({ quoteId }). */
  compareSources: string;
  /** Tags a passage: argument ({ doc, start, end }). */
  tag: string;
  /** Adds or edits the note on a passage: argument ({ doc, start, end }). */
  note: string;
}
