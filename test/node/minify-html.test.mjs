// The CDN build minifies the markup of html`` templates (scripts/lib/minify-html.mjs): whitespace
// and comments only; what a template renders, and every Lit binding, must stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyHtmlTemplates, minifyHtmlPlugin } from '../../scripts/lib/minify-html.mjs';

/** The text of the first html`…` template in a module's source. */
const firstTemplate = (source) => /\bhtml`([^`]*)`/.exec(source)?.[1];

test('indentation between blocks goes; a space between inline content stays', async () => {
  const src = `import { html } from 'lit';
const view = (items: string[], label: string) => html\`
  <ul part="list">
    \${items.map((i) => html\`<li>\${i}</li>\`)}
  </ul>
  <p>
    <label for="q">\${label}</label>
    <input id="q">
    <span>a</span> <span>b</span>
  </p>
\`;`;
  const out = firstTemplate(await minifyHtmlTemplates(src, 'view.ts'));
  assert.equal(out, '<ul part="list">${items.map((i) => html');
  const whole = await minifyHtmlTemplates(src, 'view.ts');
  assert.ok(!/\n\s+</.test(whole.slice(whole.indexOf('html`'))), whole);
  assert.match(whole, /<\/label> <input id="q">/, 'label and field keep the space between them');
  assert.match(whole, /<span>a<\/span> <span>b<\/span>/);
  assert.match(whole, /const view = \(items: string\[\], label: string\) =>/, 'the TypeScript around it is untouched');
});

test("Lit's bindings, empty attributes and entities stay as written; <pre> keeps its whitespace", async () => {
  const src = `const t = html\`
    <img src=\${src} alt="" loading="lazy">
    <input .value=\${live(v)} ?disabled=\${off} @input=\${onInput} aria-describedby="a b">
    <button type="button" hidden>&nbsp;&times;</button>
    <!-- a note for us -->
    <pre>  two
    lines  </pre>
  \`;`;
  const out = firstTemplate(await minifyHtmlTemplates(src, 't.ts'));
  assert.match(out, /<img src=\$\{src\} alt="" loading="lazy">/);
  assert.match(out, /<input \.value=\$\{live\(v\)\} \?disabled=\$\{off\} @input=\$\{onInput\} aria-describedby="a b">/);
  assert.match(out, /<button type="button" hidden>&nbsp;&times;<\/button>/, 'entities, quotes and boolean attributes as written');
  assert.ok(!out.includes('a note for us'), 'comments go');
  assert.match(out, /<pre> {2}two\n {4}lines {2}<\/pre>/);
  assert.equal((out.match(/\$\{/g) ?? []).length, 4, 'every expression stays');
});

test('a module without templates is returned as it came; the plugin skips what is not ours', async () => {
  const src = 'export const x = 1;\n';
  assert.equal(await minifyHtmlTemplates(src), src);
  const plugin = minifyHtmlPlugin();
  assert.equal(await plugin.transform('const a = html`<p>\n  x</p>`;', '/x/node_modules/lit/y.js'), null);
  assert.equal(await plugin.transform(src, '/x/src/y.ts'), null);
  const done = await plugin.transform('const a = html`<div>\n  <p>x</p>\n</div>`;', '/x/src/y.ts');
  assert.equal(done.code, 'const a = html`<div><p>x</p></div>`;');
});
