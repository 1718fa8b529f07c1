// The CDN build minifies each chunk a second time with terser (scripts/lib/terser-pass.mjs), after
// rolldown's oxc. Chunks import each other by export name, Lit's reactive properties are setters
// with effects, and a chunk terser cannot read must fail the build: each is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terse, terseIfSmaller, terserPassPlugin } from '../../scripts/lib/terser-pass.mjs';

/** Runs an ES module's text and returns its namespace. */
const run = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

test('the names chunks import and export stay; local names may shrink', async () => {
  const out = await terse(`import{At as longLocalName}from"./shared-x.js";function helperWithALongName(v){return longLocalName(v)+1}export{helperWithALongName as Qc,helperWithALongName as default};`, 'evt-list.js');
  assert.match(out, /from"\.\/shared-x\.js"/);
  assert.match(out, /import\{At as \w+\}/, out);
  assert.match(out, /as Qc\b/, out);
  assert.match(out, /as default\b/, out);
  assert.ok(!out.includes('helperWithALongName'), out);
});

test('a setter with effects and a getter read for its effect are kept (no pure_getters)', async () => {
  const src =
    'const log=[];class A{set value(v){log.push("set "+v)}get touched(){log.push("get");return 1}};' +
    'const a=new A;a.value=2;a.touched;export{log};';
  const { log } = await run(await terse(src, 'chunk.js'));
  assert.deepEqual(log, ['set 2', 'get']);
});

test('newer syntax (class fields, private names, static blocks) passes through as it works', async () => {
  const src = 'class C{#n=1;static s;static{C.s=2}get n(){return this.#n}};export const v=new C().n+C.s;';
  const { v } = await run(await terse(src, 'chunk.js'));
  assert.equal(v, 3);
});

test('a chunk terser cannot read fails with the file named', async () => {
  await assert.rejects(terse('export const = ;', 'chunks/broken.js'), /chunks\/broken\.js: the second minification \(terser\) failed/);
});

test('a chunk keeps its first minification where terser would make it heavier gzipped', async () => {
  // Text in template literals, as the languages' catalogues are: terser quotes them (`a` -> "a").
  const catalogue = 'export const m={a:`Register`,b:`Join the waitlist`,c:e=>`Attendee ${e}`};';
  assert.notEqual(await terse(catalogue, 'i18n/fr.js'), catalogue, 'terser does rewrite it');
  assert.equal(await terseIfSmaller(catalogue, 'i18n/fr.js'), catalogue);
  const code = 'export function longName(){return 1+1}';
  assert.equal(await terseIfSmaller(code, 'a.js'), 'export function longName(){return 2}');
});

test('the plugin rewrites every chunk of the bundle and leaves assets alone', async () => {
  const bundle = {
    'a.js': { type: 'chunk', fileName: 'a.js', code: 'export function longName(){return 1+1}' },
    'b.css': { type: 'asset', fileName: 'b.css', source: 'a { color: red }' },
  };
  await terserPassPlugin().generateBundle({}, bundle);
  assert.equal(bundle['a.js'].code, 'export function longName(){return 2}');
  assert.equal(bundle['b.css'].source, 'a { color: red }');
});
