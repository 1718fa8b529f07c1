#!/usr/bin/env node
// `npm run build:manifest`: dist/custom-elements.json from the JSDoc (custom-elements-manifest.config.mjs),
// then what is generated from it: the API tables in the README (between the `api-tables` markers),
// VS Code custom data, and the React/Preact/Vue typings in dist/types/. Fails when an element's
// public API is undocumented (scripts/lib/api-check.mjs); EVT_API_DOCS=warn only warns (npm test
// runs it so, and reports the same check as a failing test instead of stopping the whole run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkApiDocs } from './lib/api-check.mjs';
import { apiTables, preactTypings, reactTypings, replaceBetween, vscodeCssData, vscodeHtmlData, vueTypings } from './lib/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => join(root, p);

const cem = spawnSync(
  process.execPath,
  [at('node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  { cwd: root, stdio: 'inherit' },
);
if (cem.status !== 0) {
  console.error('The custom elements analyzer failed.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(at('dist/custom-elements.json'), 'utf8'));

const json = (v) => JSON.stringify(v, null, 2) + '\n';
writeFileSync(at('dist/vscode.html-custom-data.json'), json(vscodeHtmlData(manifest)));
writeFileSync(at('dist/vscode.css-custom-data.json'), json(vscodeCssData(manifest)));
mkdirSync(at('dist/types'), { recursive: true });
writeFileSync(at('dist/types/react.d.ts'), reactTypings(manifest));
writeFileSync(at('dist/types/preact.d.ts'), preactTypings(manifest));
writeFileSync(at('dist/types/vue.d.ts'), vueTypings(manifest));
// `import 'evt-widgets/react'` must not break a bundle: the typings entries have an empty module.
writeFileSync(at('dist/types/empty.js'), '// Types only: see react.d.ts, preact.d.ts, vue.d.ts.\nexport {};\n');

const tables = apiTables(manifest);
for (const file of ['README.md']) {
  if (!existsSync(at(file))) continue;
  const text = readFileSync(at(file), 'utf8');
  const next = replaceBetween(text, 'api-tables', tables);
  if (next !== null && next !== text) writeFileSync(at(file), next);
}

const problems = checkApiDocs(manifest, root);
if (problems.length) {
  const warn = process.env.EVT_API_DOCS === 'warn';
  console.error(`\n${warn ? 'Warning' : 'Error'}: the public API is not fully documented (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error('Document it in the element\'s JSDoc (see house-style.md); the manifest and the README tables come from there.\n');
  if (!warn) process.exit(1);
}
