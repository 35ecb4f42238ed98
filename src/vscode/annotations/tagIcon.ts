import * as vscode from 'vscode';

const cache = new Map<string, vscode.Uri>();

/** A small filled circle in a tag's colour, as an SVG data URI icon for trees and quick picks. */
export function tagIcon(color: string): vscode.Uri {
  let icon = cache.get(color);
  if (!icon) {
    const safe = /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#808080';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="5" fill="${safe}"/></svg>`;
    icon = vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`);
    cache.set(color, icon);
  }
  return icon;
}
