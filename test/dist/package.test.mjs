// The npm package as `npm pack` makes it: what it holds, where its exports point, that `.` has no
// side effects while the define entries register, that Lit & co. stay dependencies, and that its
// types work for a TypeScript app. Consumed from the tarball, never from src/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { pkg, root, run, tarball, tarballFiles, unpack } from './helpers.mjs';

let pkgDir, app;

before(() => {
  // A consumer app: node_modules/evt-widgets is the unpacked tarball; its dependencies are linked
  // from this repo's node_modules (the same versions npm would install; the React and Vue examples
  // install everything from the registry instead).
  app = mkdtempSync(join(tmpdir(), 'evt-consumer-'));
  mkdirSync(join(app, 'node_modules'));
  const unpacked = unpack(tarball());
  renameSync(unpacked, join(app, 'node_modules/evt-widgets'));
  rmSync(dirname(unpacked), { recursive: true, force: true });
  pkgDir = join(app, 'node_modules/evt-widgets');
  const link = (target, name) => {
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(target, join(app, 'node_modules', name));
  };
  for (const dep of [...Object.keys(pkg.dependencies), 'lit-html', 'lit-element', '@lit/reactive-element', '@types/trusted-types']) {
    if (existsSync(join(root, 'node_modules', dep))) link(join(root, 'node_modules', dep), dep);
  }
});

after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
/** The module specifiers a file imports or re-exports (TypeScript's scanner, not a regex). */
const importsOf = (file) => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);

describe('the npm package (npm pack)', () => {
  it('holds the CDN files, the modules with their types, the manifest and typings; no sources or tests', () => {
    const files = tarballFiles();
    for (const f of [
      'package.json', 'README.md', 'LICENSE', 'dist/evt-widgets.js', 'dist/evt-list.js', 'dist/evt-detail.js', 'dist/evt-register.js',
      'dist/evt-widgets.bundle.js',
      'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/define.js', 'dist/lib/define.d.ts', 'dist/custom-elements.json',
      'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/types/react.d.ts', 'dist/types/preact.d.ts', 'dist/types/vue.d.ts',
    ]) assert.ok(files.includes(f), `the tarball has ${f}`);
    assert.ok(files.some((f) => /^dist\/chunks\/.+\.js$/.test(f)), 'the tarball has the chunks the CDN files load');
    const stray = files.filter((f) => /^(src|test|demo|examples|bench|scripts|docs)\/|^dist\/\.lib-|\.tsbuildinfo$/.test(f));
    assert.deepEqual(stray, []);
    // Every .js module of dist/lib has its declarations.
    const missing = files.filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js')).filter((f) => !files.includes(f.replace(/\.js$/, '.d.ts')));
    assert.deepEqual(missing, []);
  });

  it('every export, types, main and customElements path exists in the package', () => {
    const p = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const targets = [p.main, p.module, p.types, p.customElements, p.unpkg, p.jsdelivr];
    for (const v of Object.values(p.exports)) targets.push(...(typeof v === 'string' ? [v] : Object.values(v)));
    for (const t of targets) assert.ok(existsSync(join(pkgDir, t)), `${t} exists`);
    assert.deepEqual(Object.keys(p.exports).sort(), [
      '.', './csp', './custom-elements.json', './define', './evt-detail', './evt-list', './evt-register', './package.json', './preact', './react', './vscode.css-custom-data.json', './vscode.html-custom-data.json', './vue',
    ]);
  });

  it('keeps lit, @lit/task, zod and DOMPurify as dependencies: every bare import is declared, none is bundled', () => {
    const bare = new Set();
    for (const f of walk(join(pkgDir, 'dist/lib')).filter((f) => f.endsWith('.js'))) {
      for (const spec of importsOf(f)) if (!spec.startsWith('.')) bare.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
    assert.deepEqual([...bare].sort(), Object.keys(pkg.dependencies).sort(), 'imported packages = dependencies');
    assert.ok(!walk(join(pkgDir, 'dist/lib')).some((f) => /lit-html|reactive-element|purify/.test(relative(pkgDir, f))), 'no copy of Lit or DOMPurify in dist/lib');
  });

  it('sideEffects lists exactly the registering modules; `.` reaches none of them', () => {
    const side = pkg.sideEffects.filter((s) => s.startsWith('./dist/lib/'));
    const registering = walk(join(pkgDir, 'dist/lib'))
      .filter((f) => f.endsWith('.js') && /\b(defineElement|customElements\.define)\(['"]evt-/.test(readFileSync(f, 'utf8')))
      .map((f) => `./${relative(pkgDir, f)}`);
    const entries = ['./dist/lib/define.js', ...registering];
    assert.deepEqual([...new Set(entries)].sort(), [...side].sort());
    // The import graph of the `.` entry.
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) if (spec.startsWith('.')) visit(join(dirname(file), spec));
    };
    visit(join(pkgDir, 'dist/lib/index.js'));
    const reached = [...seen].map((f) => `./${relative(pkgDir, f)}`).filter((f) => side.includes(f));
    assert.deepEqual(reached, [], '`import … from "evt-widgets"` registers nothing');
  });

  it('a bundler drops the elements from an app that imports only helpers, and keeps one element for `evt-widgets/evt-list`', async () => {
    const { build } = await import('vite');
    const bundle = async (name, code) => {
      writeFileSync(join(app, `${name}.js`), code);
      const out = await build({
        configFile: false,
        root: app,
        logLevel: 'silent',
        build: { write: false, minify: false, lib: { entry: join(app, `${name}.js`), formats: ['es'], fileName: name } },
      });
      return (Array.isArray(out) ? out[0] : out).output.map((o) => o.code ?? '').join('\n');
    };
    const helpers = await bundle('helpers', "import { configure } from 'evt-widgets';\nconfigure({ endpoint: 'https://x.example/EvtMgmt/api/v2.0/', token: 't' });\n");
    assert.ok(!/customElements\.define|LitElement|class EvtList/.test(helpers), 'no element, no Lit in a helpers-only bundle');
    const list = await bundle('list', "import 'evt-widgets/evt-list';\n");
    assert.match(list, /['"]evt-list['"]/);
    assert.ok(!/defineElement\(['"]evt-(register|detail)['"]/.test(list), 'only <evt-list> is registered');
    assert.match(list, /customElements\.define\(/);
  });

  it('`.` gives the element classes (to register under an app\'s own tag names) without registering them', async () => {
    const { build } = await import('vite');
    writeFileSync(join(app, 'classes.js'), "import { EvtList, EvtDetail, EvtRegister } from 'evt-widgets';\nexport default [EvtList, EvtDetail, EvtRegister];\n");
    const out = await build({
      configFile: false,
      root: app,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry: join(app, 'classes.js'), formats: ['es'], fileName: 'classes' } },
    }).catch((err) => err);
    assert.ok(!(out instanceof Error), `import { EvtList, EvtDetail, EvtRegister } from 'evt-widgets' bundles: ${out?.message?.split('\n')[0]}`);
    const code = (Array.isArray(out) ? out[0] : out).output.map((o) => o.code ?? '').join('\n');
    assert.ok(!/customElements\.define\(/.test(code.replace(/function defineElement[\s\S]*?\n}\n/, '')), 'nothing is registered');
  });

  it('type-checks in a TypeScript app (classes, tag map, event map, typed properties)', () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['app.ts'],
    }));
    writeFileSync(join(app, 'app.ts'), `
import { configure, EvtApiError, type EvtSelectDetail } from 'evt-widgets';
import { EvtList, EvtDetail, EvtRegister } from 'evt-widgets/define';
import 'evt-widgets/evt-list';
configure({ endpoint: 'https://contoso.crm4.dynamics.com/EvtMgmt/api/v2.0/', token: 't' });
const list: EvtList = document.createElement('evt-list');
list.pageSize = 6;
list.showPast = true;
const detail = document.querySelector('evt-detail');
if (detail) detail.eventId = 'Open_Source_Day';
const reg: EvtRegister | null = document.querySelector('evt-register');
reg?.addEventListener('evt-registered', (e) => console.log(e.detail.readableEventId, e.detail.attendees.length));
list.addEventListener('evt-select', (e) => { const d: EvtSelectDetail = e.detail; e.preventDefault(); console.log(d.readableEventId); });
document.addEventListener('evt-error', (e) => console.log(e.detail.kind));
export const classes = [EvtList, EvtDetail, EvtRegister, EvtApiError];
// @ts-expect-error pageSize is a number
list.pageSize = 'six';
`);
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')]);
    assert.equal(tsc.status, 0, tsc.output);
  });
});
