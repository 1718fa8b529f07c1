// The size budgets (gzip -9 bytes, package.json): "sizeBudget" for files (the loader
// dist/evt-widgets.js, the one-file dist/evt-widgets.bundle.js) and "pageBudget" for what headless
// Chromium downloads of dist/ on real pages (scripts/lib/page-weight.mjs): only <evt-list> until
// its first event, and a full event page (list, detail, register) with every chunk it loads (the
// loader loads the three there as one page graph, dist/evt-widgets.list-detail-register.js), and an
// event's own page (detail and register: dist/evt-widgets.detail-register.js).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { kb, measure } from '../../scripts/size.mjs';
import { measurePages } from '../../scripts/lib/page-weight.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { pageBudget = {} } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const rows = measure();
/** The page graphs (vite.config.ts PAGE_GRAPHS), by the files the build wrote. */
const GRAPHS = readdirSync(`${root}dist`).map((f) => /^evt-widgets\.([a-z]+(?:-[a-z]+)+)\.js$/.exec(f)?.[1]).filter(Boolean);

test('every budgeted file is within its budget', () => {
  for (const r of rows) {
    if (r.gzip !== null) console.log(`size: ${r.file} ${kb(r.gzip)} gzipped (${r.gzip} B; ${kb(r.raw)} minified)${r.budget !== null ? `; budget ${kb(r.budget)} (${r.budget} B)` : ''}`);
  }
  for (const f of ['dist/evt-widgets.js', 'dist/evt-widgets.bundle.js']) {
    assert.equal(typeof rows.find((r) => r.file === f)?.budget, 'number', `package.json "sizeBudget" has a budget for ${f}`);
  }
  const over = rows.filter((r) => r.budget !== null && (r.gzip === null || r.gzip > r.budget));
  assert.deepEqual(over.map((r) => `${r.file}: ${r.gzip ?? 'missing'} B > ${r.budget} B, over by ${r.gzip - r.budget} B`), []);
});

/**
 * The chunk `chunks/<name>-<hash>.js` (of `src`), which `file` loads only with import(), never
 * statically; its path under chunks/.
 */
function lazyChunk(file, name, src) {
  const chunk = readdirSync(`${root}dist/chunks`).find((f) => new RegExp(`^${name.replace(/[.-]/g, '\\$&')}-[\\w-]+\\.js$`).test(f));
  assert.ok(chunk, `dist/chunks/ has a ${name}-*.js chunk (${src})`);
  const importer = readFileSync(`${root}dist/${file}`, 'utf8');
  assert.ok(importer.includes(`import(\`./chunks/${chunk}\`)`) || importer.includes(`import("./chunks/${chunk}")`), `${file} loads it with import()`);
  assert.ok(!new RegExp(`from\\s*["'\`]\\./chunks/${chunk.replace(/[.-]/g, '\\$&')}`).test(importer), `${file} does not import it statically`);
  return chunk;
}

let pages;
before(async () => {
  pages = await measurePages(`${root}dist`);
});

for (const name of ['list', 'full', 'event']) {
  test(`the "${name}" page's JavaScript is within its budget`, () => {
    const p = pages[name];
    console.log(`size: page "${name}": ${kb(p.bytes)} (${p.bytes} B) of JS: ${p.files.map((f) => `${f.path} ${f.gzip}`).join(', ')}; budget ${pageBudget[name]} B`);
    assert.equal(typeof pageBudget[name], 'number', `package.json "pageBudget" has "${name}"`);
    assert.ok(p.files.some((f) => f.path === '/dist/evt-widgets.js'), 'the page loaded the loader');
    assert.ok(p.bytes <= pageBudget[name], `page "${name}" downloads ${p.bytes} B of JS, over its budget of ${pageBudget[name]} B by ${p.bytes - pageBudget[name]} B`);
  });
}

test('every import in every CDN file names a file that is there (chunks in folders import the files beside the entries with ../)', () => {
  const files = readdirSync(`${root}dist`, { recursive: true }).filter((f) => f.endsWith('.js') && !/^(lib|types)\//.test(f));
  const broken = [];
  for (const f of files) {
    const text = readFileSync(`${root}dist/${f}`, 'utf8');
    const specs = [...text.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)|\bfrom\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? m[2]);
    for (const spec of specs) if (!existsSync(fileURLToPath(new URL(spec, `file://${root}dist/${f}`)))) broken.push(`${f} imports ${spec}`);
  }
  assert.ok(files.length > 20, `the CDN files: ${files.length}`);
  assert.deepEqual(broken, []);
});

test('the calendar file writer is a chunk of its own that no page loads before "Add to calendar"', () => {
  const chunks = readdirSync(`${root}dist/chunks`);
  for (const graph of ['', 'page-list-detail-register.', 'page-detail-register.']) assert.ok(chunks.some((f) => new RegExp(`^${graph.replace('.', '\\.')}ics-[\\w-]+\\.js$`).test(f)), `dist/chunks/ has a ${graph}ics-*.js chunk (src/internal/ics-writer.ts imports it on first use): ${chunks.join(', ')}`);
  for (const name of ['list', 'full', 'event']) {
    const loaded = pages[name].files.map((f) => f.path).filter((p) => /\/chunks\/(page-[a-z-]+\.)?ics-/.test(p));
    assert.deepEqual(loaded, [], `page "${name}" loaded the calendar file writer before any click`);
  }
});

test("no page loads the store's write code (request schemas, contact rule) before the visitor starts on the form", () => {
  const chunks = readdirSync(`${root}dist/chunks`);
  for (const graph of ['', 'page-list-detail-register.', 'page-detail-register.']) assert.ok(chunks.some((f) => new RegExp(`^${graph.replace('.', '\\.')}writes-[\\w-]+\\.js$`).test(f)), `dist/chunks/ has a ${graph}writes-*.js chunk (src/api/writes.ts): ${chunks.join(', ')}`);
  for (const name of ['list', 'full', 'event']) {
    const loaded = pages[name].files.map((f) => f.path).filter((p) => /\/chunks\/(page-[a-z-]+\.)?writes-/.test(p));
    assert.deepEqual(loaded, [], `page "${name}" loaded the write code before any focus in the form`);
  }
});

test('the loader imports only its small config chunk (configure()), never the shared chunk: at most 5 KB before any tag is on the page', () => {
  const loader = readFileSync(`${root}dist/evt-widgets.js`, 'utf8');
  const imports = [...loader.matchAll(/\bfrom\s*["'`]\.\/([^"'`]+)["'`]/g)].map((m) => m[1]);
  assert.deepEqual(imports.map((f) => f.replace(/-[\w-]{8}\.js$/, '')), ['chunks/config'], `the loader's static imports: ${imports.join(', ')}`);
  const bytes = ['evt-widgets.js', ...imports].reduce((sum, f) => sum + gzipSync(readFileSync(`${root}dist/${f}`), { level: 9 }).length, 0);
  console.log(`size: the loader with its static imports: ${kb(bytes)} (${bytes} B)`);
  assert.ok(bytes <= 5 * 1024, `the loader with its imports is ${bytes} B`);
});

test("<evt-register>'s sending code is a chunk it imports only with import(), which no page loads before the visitor starts on the form", () => {
  // In every graph: the per-element files' and each page graph's (where the register is in its entry).
  for (const [graph, file] of [['', 'evt-register.js'], ...GRAPHS.filter((g) => g.includes('register')).map((g) => [`page-${g}.`, `evt-widgets.${g}.js`])]) {
    lazyChunk(file, `${graph}send-answer`, 'src/elements/evt-register/send-answer.ts');
  }
  for (const name of ['list', 'full', 'event']) assert.deepEqual(pages[name].files.filter((f) => f.path.includes('send-answer-')), [], `page "${name}" loaded the sending code`);
});

test('one shared chunk: what all three elements import is in chunks/shared-*.js, which each element file imports', () => {
  const chunks = readdirSync(`${root}dist/chunks`);
  const shared = chunks.filter((f) => /^shared-[\w-]+\.js$/.test(f));
  assert.equal(shared.length, 1, `one shared chunk: ${chunks.join(', ')}`);
  for (const el of ['evt-list', 'evt-detail', 'evt-register']) {
    assert.match(readFileSync(`${root}dist/${el}.js`, 'utf8'), new RegExp(`from\\s*["'\`]\\./chunks/${shared[0].replace(/[.-]/g, '\\$&')}`), `${el}.js imports it`);
  }
  // The list page loads the loader with its config chunk, the shared chunk, its own file and the
  // chunk it shares with the register (Lit's repeat and live directives), no more.
  assert.deepEqual(pages.list.files.map((f) => (f.path.includes('/chunks/') ? f.path.replace(/-[\w-]{8}\.js$/, '') : f.path)).sort(), ['/dist/chunks/config', '/dist/chunks/list-register', '/dist/chunks/shared', '/dist/evt-list.js', '/dist/evt-widgets.js'].sort());
});

test("the event's own form is dist/event-form.js: it imports nothing, and no page loads it without use-event-form", () => {
  const file = readFileSync(`${root}dist/event-form.js`, 'utf8');
  // Nothing to import: the chunked files and the self-contained file load this same file.
  assert.ok(!/\bimport\s*[{*\w]|\bimport\s*\(|\bfrom\s*["'`]/.test(file), 'event-form.js imports nothing');
  assert.match(file, /d365mkt-afterformsubmit/, 'it is the event form');
  for (const el of ['evt-register.js', 'evt-widgets.bundle.js', ...GRAPHS.filter((g) => g.includes('register')).map((g) => `evt-widgets.${g}.js`)]) {
    const text = readFileSync(`${root}dist/${el}`, 'utf8');
    assert.ok(text.includes('import(`./event-form.js`)') || text.includes('import("./event-form.js")'), `${el} loads it with import()`);
    assert.ok(!text.includes('d365mkt-afterformsubmit'), `${el} does not hold its code`);
  }
  for (const name of ['list', 'full', 'event']) assert.deepEqual(pages[name].files.filter((f) => f.path.endsWith('/event-form.js')), [], `page "${name}" loaded it`);
});

test('the JSON-LD writer is a chunk that <evt-detail> imports only with import(), and the event page still loads it', () => {
  for (const [graph, file] of [['', 'evt-detail.js'], ...GRAPHS.filter((g) => g.includes('detail')).map((g) => [`page-${g}.`, `evt-widgets.${g}.js`])]) {
    const chunk = lazyChunk(file, `${graph}json-ld`, 'src/elements/evt-detail/json-ld.ts');
    const page = { 'page-list-detail-register.': 'full', 'page-detail-register.': 'event' }[graph];
    if (page) assert.ok(pages[page].files.some((f) => f.path === `/dist/chunks/${chunk}`), `the "${page}" page loaded it (written once idle)`);
  }
  assert.deepEqual(pages.list.files.filter((f) => f.path.includes('json-ld-')), [], 'the list page has no JSON-LD writer');
});

test('a page with two or three elements loads them as one page graph: the loader, its config chunk, the graph and its JSON-LD chunk, no more', () => {
  const short = (name) => pages[name].files.map((f) => (f.path.includes('/chunks/') ? f.path.replace(/-[\w-]{8}\.js$/, '') : f.path)).sort();
  assert.deepEqual(short('full'), ['/dist/chunks/config', '/dist/chunks/page-list-detail-register.json-ld', '/dist/evt-widgets.js', '/dist/evt-widgets.list-detail-register.js'].sort());
  assert.deepEqual(short('event'), ['/dist/chunks/config', '/dist/chunks/page-detail-register.json-ld', '/dist/evt-widgets.js', '/dist/evt-widgets.detail-register.js'].sort());
  for (const g of GRAPHS) {
    const entry = readFileSync(`${root}dist/evt-widgets.${g}.js`, 'utf8');
    assert.ok(!/\bfrom\s*["'`]|^import\s*["'`{*]/m.test(entry), `evt-widgets.${g}.js imports nothing statically (its lazy chunks import from it)`);
    // The element it does not hold is its lazy chunk, for a tag added later (its `later` export).
    for (const t of ['list', 'detail', 'register'].filter((t) => !g.split('-').includes(t))) {
      assert.match(entry, new RegExp(`import\\(["'\`]\\./chunks/page-${g}\\.evt-${t}-[\\w-]+\\.js["'\`]\\)`), `evt-widgets.${g}.js loads <evt-${t}> as its own lazy chunk`);
    }
    assert.match(entry, /\blater\b/, `evt-widgets.${g}.js exports later`);
    // Its lazy chunks are its own: none imports a file of another graph.
    const own = readdirSync(`${root}dist/chunks`).filter((f) => f.startsWith(`page-${g}.`));
    assert.ok(own.length >= 4, `chunks/page-${g}.*.js: ${own.join(', ')}`);
    for (const f of own) {
      const imports = [...readFileSync(`${root}dist/chunks/${f}`, 'utf8').matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
      assert.deepEqual(imports.filter((i) => i !== `../evt-widgets.${g}.js` && !i.startsWith(`./page-${g}.`)), [], `chunks/${f} imports only from its own graph`);
    }
  }
  // Flat in chunks/ (a copy of that folder without subfolders has them), each named by its graph.
  const chunks = readdirSync(`${root}dist/chunks`, { withFileTypes: true });
  assert.deepEqual(chunks.filter((d) => d.isDirectory()).map((d) => d.name), [], 'no folders in dist/chunks/');
  const stray = chunks.map((d) => d.name).filter((f) => f.startsWith('page-') && !GRAPHS.some((g) => f.startsWith(`page-${g}.`)));
  assert.deepEqual(stray, [], 'every page-*.js chunk belongs to a page graph');
});

test("a list-only page downloads none of the detail's and the register's English; the full page has each once", () => {
  // One text of each element's part of English (src/i18n/en-detail.ts, en-register.ts, en-list.ts).
  const only = { detail: 'About this event', register: 'Register someone else', list: 'Clear search and filters' };
  const holding = (name, text) => pages[name].files.filter((f) => readFileSync(`${root}dist${f.path.replace(/^\/dist/, '')}`, 'utf8').includes(text)).map((f) => f.path);
  assert.deepEqual(holding('list', only.detail), [], "the list page loaded <evt-detail>'s texts");
  assert.deepEqual(holding('list', only.register), [], "the list page loaded <evt-register>'s texts");
  for (const text of Object.values(only)) assert.deepEqual(holding('full', text), ['/dist/evt-widgets.list-detail-register.js'], text);
});

after(() => {});
