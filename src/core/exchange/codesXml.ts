import { tagTree, TagNode } from '../annotations';
import { codeGuid, QUOTATIONS_CODE, QUOTATIONS_GUID, guidFor } from './guid';
import { ExchangeWorkspace } from './model';
import { XmlElement } from './xmlText';

/** The name quotations without a known speaker are coded under. */
export const UNATTRIBUTED = 'Unattributed';

/** The GUID of the code for one speaker's quotations. */
export function speakerCodeGuid(speaker: string | undefined): string {
  return guidFor(`analysis:${QUOTATIONS_CODE}/${speaker ?? UNATTRIBUTED}`);
}

/** Every tag in the workspace: the codebook's and those used by passages. */
export function workspaceTags(workspace: ExchangeWorkspace): string[] {
  const used = workspace.documents.flatMap((d) => d.passages.flatMap((p) => p.tags));
  return [...new Set([...workspace.codebook.keys(), ...used])];
}

/**
 * The codebook as nested REFI-QDA `Code` elements: hierarchy from the tag path, colour and
 * description from the codebook; a path segment that is not itself a tag is not codable.
 * With quotations, a `Quotations` code holds one code per speaker.
 */
export function codeElements(workspace: ExchangeWorkspace): XmlElement[] {
  const codes = tagTree(workspaceTags(workspace), { version: 1, tags: workspace.codebook }).map(codeElement);
  if (workspace.includeAnalysis) codes.push(quotationCodes(workspace));
  return codes;
}

function codeElement(node: TagNode): XmlElement {
  const children: XmlElement[] = [];
  if (node.info?.description) children.push({ name: 'Description', text: node.info.description });
  children.push(...node.children.map(codeElement));
  return {
    name: 'Code',
    attributes: { guid: codeGuid(node.path), name: node.name, isCodable: node.info !== undefined, color: node.info?.color },
    children,
  };
}

function quotationCodes(workspace: ExchangeWorkspace): XmlElement {
  const speakers = new Set(workspace.documents.flatMap((d) => d.quotes.map((q) => q.speaker ?? UNATTRIBUTED)));
  return {
    name: 'Code',
    attributes: { guid: QUOTATIONS_GUID, name: QUOTATIONS_CODE, isCodable: false },
    children: [
      { name: 'Description', text: 'Quotations Marginalia found, by speaker (derived analysis: not imported back).' },
      ...[...speakers].sort().map((speaker) => ({
        name: 'Code',
        attributes: { guid: speakerCodeGuid(speaker === UNATTRIBUTED ? undefined : speaker), name: speaker.replace(/\//g, '-'), isCodable: true },
      })),
    ],
  };
}
