// The manifest (dist/custom-elements.json) is complete: every element has a tag, and every
// attribute, property, method, event, part, custom property and slot is documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkApiDocs } from '../../scripts/lib/api-check.mjs';
import { manifestOf, root } from './helpers.mjs';

const manifest = manifestOf();
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })));

test('the manifest describes the three elements, with published module paths', () => {
  assert.deepEqual(elements.map((d) => `${d.tagName}=${d.name}`).sort(), ['evt-detail=EvtDetail', 'evt-list=EvtList', 'evt-register=EvtRegister']);
  for (const m of manifest.modules) assert.match(m.path, /^dist\/lib\/.+\.js$/, m.path);
  const defs = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${m.path}: ${e.name}`));
  assert.deepEqual(defs.sort(), ['dist/lib/evt-detail.js: evt-detail', 'dist/lib/evt-list.js: evt-list', 'dist/lib/evt-register.js: evt-register']);
  for (const d of elements) {
    assert.ok(d.attributes?.length, `<${d.tagName}> has attributes`);
    assert.ok(d.cssParts?.length, `<${d.tagName}> has parts`);
    assert.ok(d.events?.some((e) => e.name === 'evt-error'), `<${d.tagName}> fires evt-error`);
    for (const e of d.events ?? []) assert.match(e.name ?? '', /^evt-/, `<${d.tagName}> event names`);
  }
});

test("every element's public API is documented", () => {
  const problems = checkApiDocs(manifest, root);
  assert.deepEqual(problems, [], `undocumented API:\n${problems.join('\n')}`);
});

test('the documentation check fails on an undocumented attribute, property, event, part and custom property', () => {
  const broken = structuredClone(manifest);
  const list = broken.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'evt-list');
  delete list.attributes.find((a) => a.name === 'page-size').description;
  delete list.members.find((m) => m.name === 'pageSize').description;
  delete list.events.find((e) => e.name === 'evt-select').description;
  list.cssParts = list.cssParts.filter((p) => p.name !== 'item');
  list.cssProperties = list.cssProperties.filter((p) => p.name !== '--evt-list-gap');
  const problems = checkApiDocs(broken, root).join('\n');
  for (const what of ['attribute `page-size`', 'property `pageSize`', 'event `evt-select`', 'part `item`', 'custom property `--evt-list-gap`']) {
    assert.ok(problems.includes(what), `reports ${what}:\n${problems}`);
  }
});

test('VS Code custom data, JSX and Vue typings and the README tables are generated for every element', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const read = (p) => readFileSync(join(root, p), 'utf8');
  const html = JSON.parse(read('dist/vscode.html-custom-data.json'));
  assert.deepEqual(html.tags.map((t) => t.name), ['evt-list', 'evt-detail', 'evt-register']);
  for (const t of html.tags) assert.ok(t.attributes.some((a) => a.name === 'endpoint' && a.description), `${t.name} attributes`);
  const css = JSON.parse(read('dist/vscode.css-custom-data.json'));
  assert.ok(css.properties.some((p) => p.name === '--evt-list-gap'));
  for (const [file, needle] of [['dist/types/react.d.ts', "'onevt-select'?"], ['dist/types/preact.d.ts', "'onevt-select'?"], ['dist/types/vue.d.ts', 'onEvtSelect?']]) {
    const text = read(file);
    for (const tag of ['evt-list', 'evt-detail', 'evt-register']) assert.ok(text.includes(`'${tag}':`), `${file} declares <${tag}>`);
    assert.ok(text.includes(needle), `${file} types the evt-select handler`);
  }
  const docs = read('README.md');
  for (const tag of ['evt-list', 'evt-detail', 'evt-register']) assert.ok(docs.includes(`### \`<${tag}>\``), `README tables for <${tag}>`);
  assert.ok(docs.includes('| `page-size` | `pageSize` |'));
});
