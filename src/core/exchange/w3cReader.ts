import { parseYamlSafely } from '../annotations';
import { ImportFileError, ImportInput, ImportItem } from './importModel';
import { ExchangeIssue } from './model';

type Json = Record<string, unknown>;

/**
 * Reads W3C Web Annotations (JSON-LD): an AnnotationCollection (its embedded pages), an
 * AnnotationPage, a list or a single Annotation. Tags come from `TextualBody` bodies with purpose
 * `tagging`, the note from the others (`commenting`, `describing`, `bodyValue`); the place from a
 * TextPositionSelector and/or a TextQuoteSelector. Text that is not JSON throws ImportFileError with
 * its line; an annotation that cannot be used is an issue naming its id.
 */
export function readW3cAnnotations(text: string): ImportInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ImportFileError(`not valid JSON: ${(err as Error).message}`, lineOfJsonError(text, err as Error));
  }
  const issues: ExchangeIssue[] = [];
  const items: ImportItem[] = [];
  const annotations = annotationsIn(value);
  if (annotations === undefined) throw new ImportFileError('not a W3C annotation file: expected an AnnotationCollection, an AnnotationPage, a list or an Annotation', 1);
  annotations.forEach((annotation, index) => {
    const item = readAnnotation(annotation, index, issues);
    if (item) items.push(item);
  });
  return { codes: [], items, issues };
}

function annotationsIn(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  const type = ([] as unknown[]).concat(value.type);
  if (type.includes('Annotation')) return [value];
  if (type.includes('AnnotationPage')) return Array.isArray(value.items) ? value.items : [];
  if (type.includes('AnnotationCollection')) {
    if (typeof value.first === 'string') {
      throw new ImportFileError(`the collection's pages are not in the file (its first page is only linked: ${value.first}); save the collection with its pages embedded`, 1);
    }
    const pages: unknown[] = [];
    for (let page: unknown = value.first; isObject(page) && pages.length < 10_000; page = page.next) pages.push(...(Array.isArray(page.items) ? page.items : []));
    return [...pages, ...(Array.isArray(value.items) ? value.items : [])];
  }
  return undefined;
}

function readAnnotation(annotation: unknown, index: number, issues: ExchangeIssue[]): ImportItem | undefined {
  const label = isObject(annotation) && typeof annotation.id === 'string' ? `annotation ${annotation.id}` : `annotation #${index + 1}`;
  const skip = (message: string) => void issues.push({ item: label, message });
  if (!isObject(annotation) || typeof annotation.id !== 'string') return skip('has no id, so it cannot be imported without creating it again on every import; give it an "id"');
  const target = ([] as unknown[]).concat(annotation.target).find((t) => isObject(t) && typeof t.source === 'string') as Json | undefined;
  if (!target) return skip('has no target with a source; it cannot be placed in an article');
  const selectors = ([] as unknown[]).concat(target.selector).filter(isObject);
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const hasPosition = position && Number.isInteger(position.start) && Number.isInteger(position.end);
  if (!hasPosition && !(quote && typeof quote.exact === 'string')) return skip('has neither a TextPositionSelector nor a TextQuoteSelector on a text; only text annotations can be imported');
  const tags: string[] = [];
  const notes: string[] = [];
  if (typeof annotation.bodyValue === 'string') notes.push(annotation.bodyValue);
  for (const body of ([] as unknown[]).concat(annotation.body ?? []).filter(isObject)) {
    if (typeof body.value !== 'string') continue;
    const purposes = ([] as unknown[]).concat(body.purpose);
    if (purposes.includes('tagging')) tags.push(body.value.trim());
    else notes.push(body.value);
  }
  if (tags.length === 0 && notes.length === 0) return skip('has no tagging or commenting body, so there is nothing to import');
  return {
    guid: annotation.id,
    source: decodeIri(target.source as string),
    start: hasPosition ? (position.start as number) : -1,
    end: hasPosition ? (position.end as number) : -1,
    exact: typeof quote?.exact === 'string' ? quote.exact : undefined,
    prefix: typeof quote?.prefix === 'string' ? quote.prefix : undefined,
    suffix: typeof quote?.suffix === 'string' ? quote.suffix : undefined,
    tags,
    note: notes.length > 0 ? notes.join('\n\n') : undefined,
    created: typeof annotation.created === 'string' ? annotation.created : undefined,
    modified: typeof annotation.modified === 'string' ? annotation.modified : undefined,
  };
}

function decodeIri(iri: string): string {
  try {
    return decodeURIComponent(iri);
  } catch {
    return iri;
  }
}

/**
 * The line of a JSON syntax error: from the position newer engines give, else from the YAML parser
 * (JSON is nearly YAML, and the yaml package reports lines), else the first line.
 */
function lineOfJsonError(text: string, err: Error): number {
  const match = /position (\d+)/.exec(err.message);
  if (match) return text.slice(0, Number(match[1])).split('\n').length;
  const yaml = parseYamlSafely(text, '');
  return yaml.ok ? 1 : yaml.problems[0].line;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
