// `npm run l10n`: writes l10n/bundle.l10n.json, the English bundle translators copy to
// bundle.l10n.<language>.json, from the messages src/ passes to vscode.l10n.t.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './codeServer.mjs';
import { l10nKeys } from './l10nKeys.mjs';

const keys = [...l10nKeys(join(PROJECT, 'src')).keys()].sort();
writeFileSync(join(PROJECT, 'l10n', 'bundle.l10n.json'), JSON.stringify(Object.fromEntries(keys.map((k) => [k, k])), null, 2) + '\n');
console.log(`l10n/bundle.l10n.json: ${keys.length} messages.`);
