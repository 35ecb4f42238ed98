import { escapeHtml, webviewPage } from './html';
import { quotesIn, type SpeakerTable } from './speakerTable';
import { plural } from '../views/text';

/**
 * The Who Quotes Whom heat map: speakers against outlets, each cell's shade its count against the
 * largest, each non-empty cell a button that lists its quotations. Arrow keys move between cells.
 */
export function heatMapHtml(table: SpeakerTable, nonce: string): string {
  // A page of thousands of columns helps no one: the busiest outlets and speakers are shown, the CSV has them all.
  const cols = table.outlets.slice(0, MAX_COLUMNS).map((outlet, col) => ({ outlet, col }));
  const rowsShown = table.rows.slice(0, MAX_ROWS);
  const max = Math.max(1, ...rowsShown.flatMap((r) => cols.map(({ col }) => quotesIn(r, col).length)));
  const head = `<tr><th scope="col">Speaker</th>${cols.map(({ outlet }) => `<th scope="col" title="${escapeHtml(outlet)}"><span>${escapeHtml(outlet)}</span></th>`).join('')}<th scope="col">Total</th></tr>`;
  const rows = rowsShown.map((row, r) => {
    const cells = cols.map(({ outlet, col }) => {
      const count = quotesIn(row, col).length;
      if (count === 0) return '<td class="empty" aria-label="none"></td>';
      // Ten steps of shade are as many as the eye tells apart; each is a class, so the page needs no inline style.
      const step = Math.max(1, Math.round((count / max) * 10));
      const label = `${row.speaker} in ${outlet}: ${count}`;
      return `<td><button type="button" class="cell s${step}" data-row="${r}" data-col="${col}" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">${count}</button></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(row.speaker)}</th>${cells.join('')}<td class="total">${row.total}</td></tr>`;
  });
  const cut = table.outlets.length > cols.length || table.rows.length > rowsShown.length;
  const note = cut
    ? ` Showing the ${plural(rowsShown.length, 'speaker')} and ${plural(cols.length, 'outlet')} with the most quotations, of ${table.rows.length} and ${table.outlets.length}; the CSV export has them all.`
    : '';
  const body = `<h1>Who quotes whom</h1>
<p class="lead">Quotations by speaker (rows) and outlet (columns). Choose a cell to list its quotations.${escapeHtml(note)}</p>
<table>${head}${rows.join('')}</table>`;
  return webviewPage('Who Quotes Whom', nonce, STYLE, body, SCRIPT);
}

const MAX_COLUMNS = 30;
const MAX_ROWS = 60;

const SHADES = Array.from({ length: 10 }, (_, i) => `.s${i + 1} { background: color-mix(in srgb, var(--vscode-charts-blue) ${(i + 1) * 9 + 5}%, transparent); }`).join('\n');

const STYLE = `
table { border-collapse: collapse; }
th, td { padding: 2px 4px; text-align: center; }
th[scope="col"] { font-weight: 600; vertical-align: bottom; color: var(--vscode-descriptionForeground); }
/* Outlet names run upwards, so a long headline label costs height, not a wide column. */
th[scope="col"] > span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 14em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; text-align: left; }
th[scope="row"] { text-align: left; font-weight: normal; white-space: nowrap; padding-right: 12px; }
td.total { color: var(--vscode-descriptionForeground); }
td.empty { background: transparent; }
button.cell { width: 3.2em; height: 2em; color: var(--vscode-foreground); border: 1px solid var(--vscode-widget-border, transparent); }
button.cell:hover { outline: 1px solid var(--vscode-focusBorder); }
${SHADES}
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const cells = Array.from(document.querySelectorAll('button.cell'));
document.addEventListener('click', (e) => {
  const cell = e.target.closest('button.cell');
  if (cell) vscode.postMessage({ type: 'cell', row: Number(cell.dataset.row), col: Number(cell.dataset.col) });
});
document.addEventListener('keydown', (e) => {
  const cell = e.target.closest && e.target.closest('button.cell');
  if (!cell) return;
  const row = Number(cell.dataset.row), col = Number(cell.dataset.col);
  const dir = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[e.key];
  if (!dir) return;
  e.preventDefault();
  // The nearest non-empty cell in that direction along the row or column.
  const candidates = cells.filter((c) => dir[0] === 0 ? Number(c.dataset.row) === row && Math.sign(Number(c.dataset.col) - col) === dir[1] : Number(c.dataset.col) === col && Math.sign(Number(c.dataset.row) - row) === dir[0]);
  candidates.sort((a, b) => Math.abs(Number(a.dataset.row) - row) + Math.abs(Number(a.dataset.col) - col) - (Math.abs(Number(b.dataset.row) - row) + Math.abs(Number(b.dataset.col) - col)));
  if (candidates[0]) candidates[0].focus();
});
if (cells[0]) cells[0].focus();
`;
