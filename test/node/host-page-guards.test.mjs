// The build-time guards of scripts/lib/host-page-guards.mjs (what they do on a hostile page is
// test/build/hostile-globals.test.ts's): each still finds its text in the installed dependency, a
// changed dependency fails loudly, and the guarded zod no longer throws on a polluted prototype.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'vite';
import { GUARDS, guardSource, hostPageGuardsPlugin } from '../../scripts/lib/host-page-guards.mjs';

const root = new URL('../../', import.meta.url);
const installed = (module) => readFileSync(new URL(`node_modules/${module}`, root), 'utf8');

test('every guard finds its text exactly once in the installed dependency', () => {
  for (const module of new Set(GUARDS.map((g) => g.module))) {
    const out = guardSource(module, installed(module));
    for (const g of GUARDS.filter((x) => x.module === module)) assert.ok(out.includes(g.replace), g.what);
  }
});

test('a dependency whose text changed fails the build with a message that says what to do', () => {
  assert.throws(() => guardSource('zod/v4/core/util.js', 'export function members() {}'), /found it 0 times.*hostile-globals/s);
});

test('zod/mini bundled with the guards builds schemas and parses on a page that extends Object.prototype', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evt-guards-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "import * as z from 'zod/mini';\nglobalThis.result = z.looseObject({ a: z.string(), b: z.optional(z.array(z.number())) }).parse({ a: 'x', b: [1] });\n");
    const bundle = async (plugins) => {
      const out = await build({
        configFile: false,
        logLevel: 'silent',
        root: dir,
        resolve: { alias: { 'zod/mini': fileURLToPath(import.meta.resolve('zod/mini')) } },
        build: { write: false, lib: { entry, formats: ['iife'], name: 'x', fileName: 'x' }, minify: false },
        plugins,
      });
      return out[0].output[0].code;
    };
    // A fresh realm, polluted as a CMS page would be, runs the bundle. (A loose object's result
    // also gets the inherited keys as own ones, as zod copies every key for…in yields; nothing of
    // ours reads undeclared keys, so that is left as zod does it.)
    const run = (code) => {
      const ctx = vm.createContext({});
      vm.runInContext('Object.prototype.extend = function () { return this; }; Object.prototype.legacyFlag = 1;', ctx);
      vm.runInContext(code, ctx);
      return vm.runInContext('JSON.stringify({ a: result.a, b: result.b })', ctx);
    };
    const [plain, guarded] = [await bundle([]), await bundle([hostPageGuardsPlugin()])];
    assert.throws(() => run(plain), /reading 'get'/, 'unguarded zod still throws (else drop the guard)');
    assert.equal(run(guarded), '{"a":"x","b":[1]}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("guard 3: Rolldown's namespace helper copies own keys only (minified or not)", async () => {
  const { guardChunk } = await import('../../scripts/lib/host-page-guards.mjs');
  const plain = 'var __export = (all) => {\n\tlet target = {};\n\tfor (var name in all) __defProp(target, name, {\n\t\tget: all[name],\n\t\tenumerable: true\n\t});\n\treturn target;\n};';
  const minified = 'n=(t,n)=>{let r={};for(var i in t)e(r,i,{get:t[i],enumerable:!0});return r}';
  for (const code of [plain, minified]) {
    const guarded = guardChunk(code);
    assert.notEqual(guarded, code, 'the loop was found');
    // Run it on a namespace object while Object.prototype has an enumerable value.
    const run = (src) => new Function('__defProp', 'e', `${src.replace(/^var __export = /, 'return ').replace(/^n=/, 'return ')}`)(Object.defineProperty, Object.defineProperty);
    Object.prototype.evtPolluted = 1;
    try {
      assert.throws(() => run(code)({ a: () => 1 }), /Getter must be a function/);
      assert.deepEqual(Object.keys(run(guarded)({ a: () => 1 })), ['a']);
    } finally {
      delete Object.prototype.evtPolluted;
    }
  }
});
