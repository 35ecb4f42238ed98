import { QUOTATIONS_GUID } from './guid';
import { ImportCode } from './importModel';
import { ExchangeIssue } from './model';
import { booleanAttribute, colorAttribute, guidAttribute, requiredAttribute } from './qdaSchema';
import { childrenNamed, XmlNode } from './xmlTree';

/** The codes of a REFI-QDA `Codes` element: tags by GUID, the codes to add to the codebook, and derived-analysis GUIDs. */
export interface CodesRead {
  tagsByGuid: Map<string, string>;
  codes: ImportCode[];
  derived: Set<string>;
}

/**
 * Reads nested `Code` elements as tags: the path from the nesting ("tone" > "conciliatory" is
 * tone/conciliatory), colour and description for the codebook. A `/` inside a code's name becomes
 * `-`; Marginalia's own Quotations code (derived analysis) is recognised by its GUID and skipped.
 */
export function readCodes(codesElement: XmlNode | undefined, issues: ExchangeIssue[]): CodesRead {
  const read: CodesRead = { tagsByGuid: new Map(), codes: [], derived: new Set() };
  const visit = (code: XmlNode, parent: string | undefined, derived: boolean) => {
    const guid = guidAttribute(code, 'guid')!;
    const rawName = requiredAttribute(code, 'name');
    const codable = booleanAttribute(code, 'isCodable');
    const color = colorAttribute(code);
    const isDerived = derived || guid === QUOTATIONS_GUID;
    if (isDerived) {
      read.derived.add(guid);
      childrenNamed(code, 'Code').forEach((child) => visit(child, undefined, true));
      return;
    }
    const segment = rawName.trim().replace(/\//g, '-');
    if (segment === '') {
      issues.push({ item: `code ${guid}`, line: code.line, message: 'has an empty name, so it and the codes inside it were skipped; name it in the QDA tool and export again' });
      return;
    }
    const tag = parent === undefined ? segment : `${parent}/${segment}`;
    read.tagsByGuid.set(guid, tag);
    const description = childrenNamed(code, 'Description')[0]?.text.trim();
    // A code that only groups others (not codable, nothing to say) stays a path segment, not a tag.
    if (codable || color || description) read.codes.push({ tag, color, description: description || undefined, line: code.line });
    childrenNamed(code, 'Code').forEach((child) => visit(child, tag, false));
  };
  for (const code of codesElement ? childrenNamed(codesElement, 'Code') : []) visit(code, undefined, false);
  return read;
}
