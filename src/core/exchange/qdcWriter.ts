import { codeElements } from './codesXml';
import { ExchangeWorkspace } from './model';
import { writeXml } from './xmlText';

/** The REFI-QDA codebook namespace. */
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** A REFI-QDA codebook (`.qdc`): the codebook alone, as nested `Code` elements under `CodeBook/Codes`. */
export function writeCodebookQdc(workspace: ExchangeWorkspace): string {
  const codes = codeElements({ ...workspace, includeAnalysis: false });
  return writeXml({ name: 'CodeBook', attributes: { origin: 'Marginalia' }, children: [{ name: 'Codes', children: codes }] }, CODEBOOK_NAMESPACE);
}
