import { build, defineConfig, type BuildEnvironmentOptions, type LogLevel, type Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCssPlugin } from './scripts/lib/minify-css.mjs';
import { minifyHtmlPlugin } from './scripts/lib/minify-html.mjs';
import { hostPageGuardsPlugin } from './scripts/lib/host-page-guards.mjs';
import { staticImportsPlugin } from './scripts/lib/static-imports.mjs';
import { terserPassPlugin } from './scripts/lib/terser-pass.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The CDN files, minified, one chunk graph: `evt-widgets.js` is the loader (src/cdn/loader.ts),
 * which loads `evt-list.js`, `evt-detail.js` or `evt-register.js` when that tag is on the page;
 * those three are also entries of their own (a page with only the list may load `evt-list.js`).
 * What they share (Lit, the store, the schemas) is in `chunks/`, once (DOMPurify, where it is needed, is `purify.js`;
 * the event's own form, with `use-event-form`, is `event-form.js`): a page that loads several of
 * these files loads Lit once.
 * `evt-widgets.bundle.js` is everything else in one file (src/cdn/bundle.ts), for sites that can upload one;
 * `evt-widgets.detail-register.js` & co. are the page graphs (PAGE_GRAPHS), builds of their own.
 * The npm build (unbundled modules + .d.ts in dist/lib/) is tsconfig.build.json's.
 */
export const CDN_ENTRIES = {
  'evt-widgets': here('./src/cdn/loader.ts'),
  'evt-list': here('./src/evt-list.ts'),
  'evt-detail': here('./src/evt-detail.ts'),
  'evt-register': here('./src/evt-register.ts'),
} as const;
export const BUNDLE_ENTRY = { 'evt-widgets.bundle': here('./src/cdn/bundle.ts') } as const;
/**
 * The page graphs: for each set of two or three elements, one graph with those elements in one
 * entry, `evt-widgets.<set>.js` (`evt-widgets.detail-register.js`, ...), which the loader loads
 * when its first look at a page finds that set (./src/cdn/loader.ts). The element not in the set is
 * a lazy chunk of the same graph (its `later` export), so a tag added later loads nothing twice.
 * Their entries are virtual modules (`pageGraphs()`); their chunks are `chunks/page-<set>.*.js`
 * (flat in chunks/, so a copy of that folder without subfolders, or a host that serves only its
 * files, has them).
 */
export const PAGE_GRAPHS = ['list-detail', 'list-register', 'detail-register', 'list-detail-register'] as const;
/** A page graph's entry id (vite resolves a lib entry against the root: matched by its end). */
const GRAPH_PREFIX = 'evt-page-graph:';
const graphSet = (id: string) => /evt-page-graph:([a-z-]+)$/.exec(id)?.[1];
const CHUNKS_DIR = 'chunks';
/** A built-in language's catalogue (src/i18n/de.ts, …), which gets its own stable file name. */
const isLanguage = (id: string | null | undefined) => !!id && /[\\/]src[\\/]i18n[\\/](?!index|en|names|watch|mark-english|content-lang)[\w-]+\.ts$/.test(id);
/** DOMPurify's module: its own file, `purify.js`, which only browsers without the HTML Sanitizer API load. */
const isPurify = (id: string | null | undefined) => !!id && /[\\/]node_modules[\\/]dompurify[\\/]/.test(id);
/**
 * DOMPurify's file, stable beside the entry files: the chunked build writes it, and the
 * self-contained file loads the same file (where the browser has no Sanitizer API).
 */
const PURIFY_FILE = 'purify.js';
/** The event's own form (`<evt-register use-event-form>`, src/elements/evt-register/event-form.ts): imports nothing at run time. */
const isEventForm = (id: string | null | undefined) => !!id && /[\\/]src[\\/]elements[\\/]evt-register[\\/]event-form\.ts$/.test(id);
/** Its file, stable beside the entry files: the chunked build writes it, the self-contained file loads the same file. */
const EVENT_FORM_FILE = 'event-form.js';
/** How src/elements/evt-register/evt-register.ts imports it (`import()`), which the self-contained file keeps dynamic. */
const EVENT_FORM_IMPORT = './event-form.js';

/**
 * The CDN file must be plain JavaScript every browser parses. Vite 8 can leave syntax such as
 * standard decorators untransformed and still "succeed"; a syntax check of the output turns that
 * into a failed build instead of a broken file on someone's site.
 */
function syntaxCheck(): Plugin {
  return {
    name: 'evt-syntax-check',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle).filter((f) => f.endsWith('.js'))) {
        const path = `${options.dir}/${file}`;
        try {
          execFileSync(process.execPath, ['--check', path], { stdio: 'pipe' });
        } catch (err) {
          const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? String(err);
          throw new Error(`${file} is not valid JavaScript (left untransformed syntax?):\n${stderr}`);
        }
      }
    },
  };
}

const minified = { minify: true, comments: false } as const;

/**
 * The shared chunks, by which element files import a module statically: `chunks/shared-<hash>.js`
 * for what all three use (Lit, the store, the schemas, zod, the base element...), and one chunk
 * per pair (`list-register`: Lit's repeat and live directives...). Left to itself the bundler also
 * splits them by which lazy chunks use a module (the register's sending code uses the schemas,
 * the list never loads that code), which split the one shared chunk in three, with more bytes
 * and requests on every page. What one element alone imports stays in its file; a lazy chunk's
 * own modules stay in that chunk; what the loader imports (`configure()`) is `chunks/config-*.js`,
 * so that the loader alone stays small. test/dist/size.test.mjs holds all three rules.
 */
function sharedChunk() {
  const SMALL = 1024;
  const elements = [CDN_ENTRIES['evt-list'], CDN_ENTRIES['evt-detail'], CDN_ENTRIES['evt-register']];
  const shared = new Map<string, string>();
  const loader = new Set<string>();
  const plugin: Plugin = {
    name: 'evt-shared-chunk',
    apply: 'build',
    buildEnd() {
      shared.clear();
      /** Every module `entry` imports statically, itself included. */
      const staticGraph = (entry: string) => {
        const seen = new Set<string>();
        const stack = [entry];
        while (stack.length) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const reach = new Map<string, Set<string>>();
      for (const entry of elements) {
        const name = entry === elements[0] ? 'list' : entry === elements[1] ? 'detail' : 'register';
        for (const id of staticGraph(entry)) reach.set(id, (reach.get(id) ?? new Set()).add(name));
      }
      // What the loader imports (its `configure`) stays out: in the shared chunk it would make the
      // loader download everything before any tag is on the page.
      loader.clear();
      for (const id of staticGraph(CDN_ENTRIES['evt-widgets'])) if (id !== CDN_ENTRIES['evt-widgets']) loader.add(id);
      // By the elements that use them: `shared` (all three), `list-register`, ... A set's modules
      // under SMALL bytes in all go to `shared` (a request saved outweighs a few hundred bytes).
      const sets = new Map<string, string[]>();
      for (const [id, n] of reach) {
        if (n.size < 2 || elements.includes(id) || loader.has(id)) continue;
        const name = n.size === elements.length ? 'shared' : [...n].sort().join('-');
        sets.set(name, [...(sets.get(name) ?? []), id]);
      }
      for (const [name, ids] of sets) {
        const bytes = ids.reduce((sum, id) => sum + (this.getModuleInfo(id)?.code?.length ?? 0), 0);
        for (const id of ids) shared.set(id, bytes < SMALL ? 'shared' : name);
      }
    },
  };
  // A group takes its modules' imports along: the loader's imports first (else a shared module
  // importing them would take them into `shared`), then `shared` (a pair's imports are mostly
  // shared), then the pairs.
  const groups = [
    { name: 'config', test: (id: string) => loader.has(id), priority: 3 },
    { name: 'shared', test: (id: string) => shared.get(id) === 'shared', priority: 2 },
    { name: (id: string) => (shared.get(id) ?? 'shared') === 'shared' ? null : shared.get(id)!, priority: 1, debugName: 'evt-pair-chunks' },
  ];
  return { plugin, groups };
}
const shared = sharedChunk();

/** The chunked CDN files (the loader, the per-element files and their shared chunks). */
const cdnBuild = (outDir: string): BuildEnvironmentOptions => ({
  outDir,
  emptyOutDir: false,
  target: 'es2022',
  lib: { entry: CDN_ENTRIES, formats: ['es'], fileName: (_format, entry) => `${entry}.js` },
  // Each language (src/i18n/*.ts, loaded with import()) becomes dist/i18n/<tag>.js: a stable name a
  // site can preload or allow; the shared code goes to chunks/ with a content hash.
  rolldownOptions: {
    output: {
      ...minified,
      chunkFileNames: (chunk) =>
        isLanguage(chunk.facadeModuleId)
          ? 'i18n/[name].js'
          : isPurify(chunk.facadeModuleId)
            ? PURIFY_FILE
            : isEventForm(chunk.facadeModuleId)
              ? EVENT_FORM_FILE
              : `${CHUNKS_DIR}/[name]-[hash].js`,
      codeSplitting: { groups: shared.groups },
    },
  },
});

/**
 * A file the chunked build writes beside the entries, imported from another build's file: the
 * import is written as from the top of dist/ (`./purify.js`) and `besideRelative()` mends it in a
 * chunk that lives deeper (`../purify.js` in `chunks/`). Rolldown writes such an
 * external id as it gets it; given an absolute path with `external: 'relative'` it wrote paths
 * relative to the importing source file (`../../dist/purify.js`), not to the output.
 */
const written = (file: string) => ({ id: `./${file}`, external: true });
const WRITTEN = /(\bimport\(\s*[`"'])\.\/((?:i18n\/[\w-]+|purify|event-form)\.js[`"']\s*\))/g;
function besideRelative(): Plugin {
  return {
    name: 'evt-beside-relative',
    renderChunk(code, chunk) {
      const depth = chunk.fileName.split('/').length - 1;
      return depth ? { code: code.replace(WRITTEN, `$1${'../'.repeat(depth)}$2`), map: null } : null;
    },
  };
}

/**
 * The self-contained file's languages (and the page graphs'): each stays a file of its own beside
 * it (`i18n/<tag>.js`, the same files the chunked build writes; they import nothing), loaded only
 * on a page in that language. Inlining all eleven would make every visitor download them all.
 */
function languagesBeside(): Plugin {
  return {
    name: 'evt-languages-beside',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]src[\\/]i18n[\\/]index\.ts$/.test(importer)) return null;
      const tag = /^\.\/([\w-]+)\.js$/.exec(source)?.[1];
      return tag && tag !== 'en' && isLanguage(here(`./src/i18n/${tag}.ts`)) ? written(`i18n/${tag}.js`) : null;
    },
  };
}

/**
 * What the self-contained file loads from beside itself, the chunked build's own files (neither
 * imports anything):
 * - DOMPurify, `purify.js`, only in browsers without the HTML Sanitizer API (WebKit today). Inside
 *   the file it would weigh 11 KB gzipped for every visitor, most of whom never use it. Without it
 *   descriptions show as plain text there (./src/internal/rich-text.ts).
 * - the event's own form, `event-form.js`, only with `<evt-register use-event-form>` and an event
 *   that has one (2.2 KB gzipped). Without it the element shows its own form (a console note).
 */
function besideTheFile(): Plugin {
  return {
    name: 'evt-beside-the-file',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === 'dompurify'
        ? written(PURIFY_FILE)
        : source === EVENT_FORM_IMPORT && importer && /[\\/]src[\\/]elements[\\/]evt-register[\\/]/.test(importer)
          ? written(EVENT_FORM_FILE)
          : null,
  };
}

/**
 * A page graph's entry (see PAGE_GRAPHS): its elements imported, the others a lazy chunk each. English
 * comes with each element, as in the per-element files (all of it first, as in the one file, made
 * the event page 0.1 KB heavier: the register's answers would no longer wait for the form).
 */
function pageGraphs(): Plugin {
  const element = (tag: string) => JSON.stringify(here(`./src/evt-${tag}.ts`));
  return {
    name: 'evt-page-graphs',
    enforce: 'pre',
    resolveId: (source) => (graphSet(source) ? `\0${GRAPH_PREFIX}${graphSet(source)}` : null),
    load(id) {
      if (!id.startsWith(`\0${GRAPH_PREFIX}`)) return null;
      const set = graphSet(id)!.split('-');
      const later = ['list', 'detail', 'register'].filter((t) => !set.includes(t));
      return (
        set.map((t) => `import ${element(t)};`).join('\n') +
        `\nexport const later = {${later.map((t) => `'evt-${t}': () => import(${element(t)})`).join(', ')}};\n`
      );
    },
  };
}

/** One page graph's build: its entry, its lazy chunks `chunks/page-<set>.*.js`, languages, DOMPurify and the event form beside it (as for the one file). */
const pageGraphBuild = (outDir: string, set: (typeof PAGE_GRAPHS)[number]): BuildEnvironmentOptions => ({
  outDir,
  emptyOutDir: false,
  target: 'es2022',
  lib: { entry: { [`evt-widgets.${set}`]: `${GRAPH_PREFIX}${set}` }, formats: ['es'], fileName: (_format, entry) => `${entry}.js` },
  rolldownOptions: {
    // Lets the entry export what its lazy chunks import from it: else the modules they share with
    // it become chunks of their own, more files on the page.
    preserveEntrySignatures: 'allow-extension',
    output: { ...minified, chunkFileNames: `${CHUNKS_DIR}/page-${set}.[name]-[hash].js` },
  },
});

/** The self-contained file: one entry, our lazy modules imported statically (./scripts/lib/static-imports.mjs), languages, DOMPurify and the event form beside it. */
const bundleBuild = (outDir: string): BuildEnvironmentOptions => ({
  outDir,
  emptyOutDir: false,
  target: 'es2022',
  lib: { entry: BUNDLE_ENTRY, formats: ['es'], fileName: (_format, entry) => `${entry}.js` },
  rolldownOptions: { output: { ...minified, codeSplitting: false } },
});

/**
 * Around the project's own CDN build (not a test's build of another entry with this config): old
 * chunks go first (their names carry hashes), and the self-contained file and the page graphs are
 * builds of their own after it.
 */
function furtherBuilds(): Plugin {
  let outDir = '';
  let logLevel: LogLevel = 'info';
  let ours = false;
  return {
    name: 'evt-further-builds',
    apply: 'build',
    configResolved(config) {
      const lib = config.build.lib;
      const entry = lib && typeof lib.entry === 'object' && !Array.isArray(lib.entry) ? lib.entry : {};
      ours = entry['evt-widgets'] === CDN_ENTRIES['evt-widgets'] && Object.keys(entry).length === Object.keys(CDN_ENTRIES).length;
      outDir = config.build.outDir;
      logLevel = config.logLevel ?? 'info';
    },
    buildStart() {
      if (ours) rmSync(`${outDir}/${CHUNKS_DIR}`, { recursive: true, force: true });
    },
    async closeBundle(error?: Error) {
      if (!ours || error) return;
      await build({
        configFile: false,
        root: here('./demo'),
        logLevel,
        build: bundleBuild(outDir),
        plugins: [languagesBeside(), besideTheFile(), staticImportsPlugin({ keep: [EVENT_FORM_IMPORT] }), minifyCssPlugin(), minifyHtmlPlugin(), hostPageGuardsPlugin(), terserPassPlugin(), syntaxCheck()],
      });
      // The page graphs side by side (each a graph of its own: one build each).
      await Promise.all(
        PAGE_GRAPHS.map((set) =>
          build({
            configFile: false,
            root: here('./demo'),
            logLevel,
            build: pageGraphBuild(outDir, set),
            plugins: [pageGraphs(), languagesBeside(), besideTheFile(), besideRelative(), minifyCssPlugin(), minifyHtmlPlugin(), hostPageGuardsPlugin(), terserPassPlugin(), syntaxCheck()],
          }),
        ),
      );
    },
  };
}

const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

export default defineConfig({
  // `npm start` serves the demo site from demo/; `npm run build` writes the CDN files to dist/.
  root: here('./demo'),
  // The snippet builder (demo/builder.ts) writes CDN URLs pinned to this version.
  define: { __EVT_VERSION__: JSON.stringify(version) },
  resolve: { alias: { 'evt-widgets': here('./src') } },
  server: { host: 'localhost', port: 5173, strictPort: true, fs: { allow: [here('.')] } },
  // Not emptied: dist/ also holds the npm build (dist/lib, the manifest), which scripts/build.mjs
  // replaces in one rename; the CDN files are overwritten in place, dist/chunks/ is replaced.
  build: cdnBuild(here('./dist')),
  // hostPageGuardsPlugin: the CDN files survive pages that extend Object.prototype or freeze the built-ins.
  plugins: [minifyCssPlugin(), minifyHtmlPlugin(), hostPageGuardsPlugin(), terserPassPlugin(), syntaxCheck(), furtherBuilds(), shared.plugin],
});
