import { isGuid } from './guid';
import { ImportFileError } from './importModel';
import { XmlNode } from './xmlTree';

/**
 * The checks of the REFI-QDA schema that an import relies on, made while reading so each failure
 * names its line: required attributes, GUID, integer and colour formats, boolean flags.
 */
export function requiredAttribute(node: XmlNode, name: string): string {
  const value = node.attributes[name];
  if (value === undefined) throw new ImportFileError(`<${node.name}> lacks the required attribute ${name}`, node.line);
  return value;
}

/** A required GUID attribute (with or without braces), lower-cased without braces. */
export function guidAttribute(node: XmlNode, name: string, required = true): string | undefined {
  const value = required ? requiredAttribute(node, name) : node.attributes[name];
  if (value === undefined) return undefined;
  if (!isGuid(value.trim())) throw new ImportFileError(`<${node.name}> ${name}="${value}" is not a GUID`, node.line);
  return value.trim().replace(/[{}]/g, '').toLowerCase();
}

/** A required non-negative integer attribute. */
export function integerAttribute(node: XmlNode, name: string): number {
  const value = requiredAttribute(node, name).trim();
  if (!/^[+-]?\d+$/.test(value)) throw new ImportFileError(`<${node.name}> ${name}="${value}" is not an integer`, node.line);
  return Number(value);
}

/** A required xsd:boolean attribute. */
export function booleanAttribute(node: XmlNode, name: string): boolean {
  const value = requiredAttribute(node, name).trim();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ImportFileError(`<${node.name}> ${name}="${value}" is not true or false`, node.line);
}

/** An optional colour, `#rgb` widened to `#rrggbb`; a malformed one breaks the schema. */
export function colorAttribute(node: XmlNode): string | undefined {
  const value = node.attributes.color?.trim();
  if (value === undefined) return undefined;
  if (/^#[0-9a-fA-F]{6}$/.test(value)) return value.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(value)) return ('#' + [...value.slice(1)].map((c) => c + c).join('')).toLowerCase();
  throw new ImportFileError(`<${node.name}> color="${value}" is not a colour like #4363d8`, node.line);
}

/** Checks the root element's name and namespace. */
export function expectRoot(root: XmlNode, name: string, namespace: string): void {
  if (root.name !== name || root.namespace !== namespace) {
    throw new ImportFileError(`the root element is <${root.name}> in namespace "${root.namespace}", not <${name}> in "${namespace}"`, root.line);
  }
}
