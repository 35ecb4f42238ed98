import { SaxesParser } from 'saxes';

/** An element read from XML: local name, namespace, attributes, children, direct text and the line it starts on. */
export interface XmlNode {
  name: string;
  namespace: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

/** An XML file that could not be read, with the 1-based line where reading stopped. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** How deep elements may nest; REFI-QDA files nest codes a few levels, never hundreds. */
const MAX_DEPTH = 64;

/**
 * Parses XML into a tree with line numbers. It refuses any DOCTYPE (so no DTD, no entity
 * definitions, no external entities can be expanded) and any entity but XML's five predefined ones;
 * the parser (saxes) never fetches anything.
 */
export function parseXml(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let failure: XmlError | undefined;
  const fail = (message: string) => {
    failure ??= new XmlError(message.replace(/^\d+:\d+: /, ''), parser.line);
    throw failure;
  };
  parser.on('error', (err) => fail(err.message));
  parser.on('doctype', () => fail('a DOCTYPE is not allowed (REFI-QDA files have none; DTDs and entities are refused)'));
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) fail(`elements nest deeper than ${MAX_DEPTH} levels`);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') attributes[attribute.local] = attribute.value;
    const node: XmlNode = { name: tag.local, namespace: tag.uri, attributes, children: [], text: '', line: parser.line };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (value) => {
    if (stack.length > 0) stack[stack.length - 1].text += value;
  });
  parser.on('cdata', (value) => {
    if (stack.length > 0) stack[stack.length - 1].text += value;
  });
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(text).close();
  } catch (err) {
    if (failure) throw failure;
    throw new XmlError((err as Error).message.replace(/^\d+:\d+: /, ''), parser.line);
  }
  if (!root) throw new XmlError('the file has no root element', 1);
  return root;
}

/** The children of a node with the given local name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}
