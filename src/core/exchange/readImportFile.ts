import { decodeText } from '../documents';
import { ImportFileError, ImportInput } from './importModel';
import { readCodebookQdc, readProjectQde } from './qdeReader';
import { readW3cAnnotations } from './w3cReader';
import { openZip, ZipError } from './zipArchive';

/** The largest XML or JSON file read for import. */
const MAX_TEXT_BYTES = 32 * 1024 * 1024;

/**
 * Reads a file offered for import, by its content: a zip is a REFI-QDA project (`.qdpx`), XML is
 * a project (`project.qde`) or a codebook (`.qdc`), JSON is W3C Web Annotation. Throws
 * ImportFileError (with a line) for a file that cannot be imported at all.
 */
export function readImportFile(bytes: Uint8Array): ImportInput {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readQdpx(bytes);
  if (bytes.length > MAX_TEXT_BYTES) throw new ImportFileError(`the file is over the ${MAX_TEXT_BYTES}-byte limit for XML and JSON`, 1);
  const text = decodeText(bytes);
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return readW3cAnnotations(text);
  if (start === '<') return /<(?:\w+:)?CodeBook[\s>]/.test(text.slice(0, 4096)) && !/<(?:\w+:)?Project[\s>]/.test(text.slice(0, 4096)) ? readCodebookQdc(text) : readProjectQde(text, () => undefined);
  throw new ImportFileError('not a file Marginalia imports: expected a .qdpx archive, REFI-QDA XML (.qde, .qdc) or W3C JSON-LD', 1);
}

function readQdpx(bytes: Uint8Array): ImportInput {
  try {
    const zip = openZip(bytes);
    const project = zip.read('project.qde');
    if (!project) throw new ImportFileError('the archive has no project.qde, so it is not a REFI-QDA project', 1);
    if (project.length > MAX_TEXT_BYTES) throw new ImportFileError(`its project.qde is over the ${MAX_TEXT_BYTES}-byte limit for XML`, 1);
    const sources = new Map(zip.names().filter((n) => /^sources\//i.test(n)).map((n) => [n.slice('sources/'.length), n]));
    try {
      return readProjectQde(decodeText(project), (name) => {
        const entry = sources.get(name);
        const data = entry === undefined ? undefined : zip.read(entry);
        return data && decodeText(data);
      });
    } catch (err) {
      if (err instanceof ImportFileError) throw new ImportFileError(err.message, err.line, 'project.qde');
      throw err;
    }
  } catch (err) {
    if (err instanceof ZipError) throw new ImportFileError(`the archive cannot be read: ${err.message}`, 1);
    throw err;
  }
}
