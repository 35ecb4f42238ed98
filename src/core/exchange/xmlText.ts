/** Escapes text for an XML attribute or element; line breaks in attributes become references so they survive. */
export function escapeXml(text: string, attribute = false): string {
  // Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) would make the file unreadable.
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const escaped = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!attribute) return escaped.replace(/\r/g, '&#13;');
  return escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** An element to write: name, attributes (undefined ones are left out), then text or children. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | undefined>;
  text?: string;
  children?: XmlElement[];
}

/** Serialises an element tree with two-space indentation; an element's text is written verbatim (escaped). */
export function writeXml(root: XmlElement, namespace: string): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>'];
  writeElement({ ...root, attributes: { xmlns: namespace, ...root.attributes } }, '', lines);
  return lines.join('\n') + '\n';
}

function writeElement(element: XmlElement, indent: string, lines: string[]): void {
  const attributes = Object.entries(element.attributes ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value), true)}"`)
    .join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (element.text !== undefined) {
    lines.push(`${open}>${escapeXml(element.text)}</${element.name}>`);
  } else if (element.children && element.children.length > 0) {
    lines.push(`${open}>`);
    for (const child of element.children) writeElement(child, indent + '  ', lines);
    lines.push(`${indent}</${element.name}>`);
  } else {
    lines.push(`${open}/>`);
  }
}
