import { oneLine, plural, truncate } from '../views/text';
import type { Comparison, ComparedVersion } from './compareModel';
import { escapeHtml, webviewPage } from './html';

/**
 * The Compare Sources page: each outlet's version with its speaker, outlet and date, the words it
 * does not share with the base version marked, and buttons to choose the base or open the place.
 * Arrow keys (or j/k) move between versions, Enter opens one, B makes it the base.
 */
export function compareHtml(model: Comparison, nonce: string): string {
  const base = model.versions[model.base];
  const outlets = new Set(model.versions.map((v) => v.outlet ?? v.label)).size;
  const lead = `${plural(model.versions.length, 'version')} from ${plural(outlets, 'source')}. Words a version does not share with the base are highlighted; choose another base with its button or the B key.`;
  const findings = model.findings.length ? `<ul class="findings" aria-label="Consistency findings">${model.findings.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>` : '';
  const body = `<h1>“${escapeHtml(truncate(oneLine(base.text), 120))}”</h1>
<p class="lead">${escapeHtml(lead)}</p>
${findings}
<ol class="versions" data-cluster="${escapeHtml(model.cluster ?? '')}" data-base="${model.base}">
${model.versions.map((v, i) => versionHtml(v, i, model.base)).join('\n')}
</ol>`;
  return webviewPage('Compare Sources', nonce, STYLE, body, SCRIPT);
}

function versionHtml(v: ComparedVersion, index: number, base: number): string {
  const notes = [v.kind === 'fragment' ? 'fragment' : '', v.marked ? '' : 'reported without quote marks'].filter(Boolean);
  const source = `${escapeHtml(v.outlet ?? v.label)}${v.date ? ` <span class="date">${escapeHtml(v.date)}</span>` : ''}`;
  const as = v.speakerAs ? ` <span class="as">(as “${escapeHtml(oneLine(v.speakerAs))}”)</span>` : '';
  const diffs = v.against
    .map((segments, i) => `<span class="diff" data-against="${i}"${i === base ? '' : ' hidden'}>${segments.map((s) => (s.changed ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('')}</span>`)
    .join('');
  const label = `${v.outlet ?? v.label}${v.date ? `, ${v.date}` : ''}: ${v.speaker}`;
  return `<li class="version${index === base ? ' base' : ''}" tabindex="0" data-index="${index}" data-quote="${escapeHtml(v.quoteId)}" aria-label="${escapeHtml(label)}">
<div class="head"><span class="source">${source}</span>${notes.map((n) => ` <span class="badge">${escapeHtml(n)}</span>`).join('')}<span class="base-tag">base</span></div>
<div class="speaker">${escapeHtml(v.speaker)}${as}</div>
<blockquote>${diffs}</blockquote>
<div class="actions"><button type="button" data-set-base="${index}" aria-pressed="${index === base}">Compare against this</button> <button type="button" data-open="${escapeHtml(v.quoteId)}">Open in article</button>${v.label !== v.doc ? ` <span class="file" title="${escapeHtml(v.doc)}">${escapeHtml(v.doc)}</span>` : ''}</div>
</li>`;
}

const STYLE = `
ol.versions { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
li.version { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border)); border-left: 3px solid var(--vscode-panel-border, var(--vscode-widget-border)); border-radius: 3px; padding: 8px 12px; background: var(--vscode-sideBar-background, transparent); }
li.version.base { border-left-color: var(--vscode-focusBorder); }
li.version:focus { outline: 1px solid var(--vscode-focusBorder); }
.head { display: flex; gap: 8px; align-items: baseline; }
.source { font-weight: 600; }
.date, .as, .file { color: var(--vscode-descriptionForeground); font-weight: normal; }
.badge { font-size: 0.85em; padding: 0 6px; border-radius: 8px; color: var(--vscode-badge-foreground); background: var(--vscode-badge-background); }
.base-tag { display: none; margin-left: auto; font-size: 0.85em; color: var(--vscode-focusBorder); text-transform: uppercase; letter-spacing: 0.05em; }
li.base .base-tag { display: inline; }
.speaker { color: var(--vscode-descriptionForeground); }
.speaker::before { content: "Speaker: "; }
blockquote { margin: 6px 0; padding: 0 0 0 10px; border-left: 2px solid var(--vscode-textBlockQuote-border); font-family: var(--vscode-editor-font-family); }
mark { color: inherit; background: var(--vscode-diffEditor-insertedTextBackground); outline: 1px solid var(--vscode-diffEditor-insertedTextBorder, transparent); border-radius: 2px; }
.actions { display: flex; gap: 6px; align-items: center; min-width: 0; }
.actions button { white-space: nowrap; }
.file { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
ul.findings { margin: 0 0 12px; padding: 6px 12px 6px 28px; border: 1px solid var(--vscode-editorWarning-foreground); border-radius: 3px; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const list = document.querySelector('ol.versions');
const items = Array.from(document.querySelectorAll('li.version'));
function setBase(i) {
  document.querySelectorAll('.diff').forEach((el) => { el.hidden = el.dataset.against !== String(i); });
  document.querySelectorAll('[data-set-base]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setBase === String(i))));
  items.forEach((item) => item.classList.toggle('base', item.dataset.index === String(i)));
  vscode.setState({ cluster: list.dataset.cluster, base: i });
}
document.addEventListener('click', (e) => {
  const button = e.target.closest('button');
  if (!button) return;
  if (button.dataset.setBase !== undefined) setBase(Number(button.dataset.setBase));
  if (button.dataset.open !== undefined) vscode.postMessage({ type: 'open', quoteId: button.dataset.open });
});
document.addEventListener('keydown', (e) => {
  const item = e.target.closest && e.target.closest('li.version');
  if (!item) return;
  const i = items.indexOf(item);
  const move = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[e.key];
  if (move) { items[Math.max(0, Math.min(items.length - 1, i + move))].focus(); e.preventDefault(); }
  else if (e.key === 'Enter' && e.target === item) vscode.postMessage({ type: 'open', quoteId: item.dataset.quote });
  else if (e.key === 'b' || e.key === 'B') setBase(i);
});
const state = vscode.getState();
const initial = state && state.cluster === list.dataset.cluster && items[state.base] ? state.base : Number(list.dataset.base);
setBase(initial);
if (items[initial]) items[initial].focus();
`;
