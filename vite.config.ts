import { build, defineConfig, type BuildEnvironmentOptions, type LogLevel, type Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCssPlugin } from './scripts/lib/minify-css.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The CDN files, each self-contained (Lit, @lit/task, zod and DOMPurify inlined) and minified:
 * `evt-widgets.js` registers all three elements; `evt-list.js` & co. register one, for pages that
 * show only the list. A page that shows two elements should load `evt-widgets.js` once rather than
 * two per-element files, which would each carry their own copy of Lit.
 * The npm build (unbundled modules + .d.ts in dist/lib/) is tsconfig.build.json's.
 */
export const CDN_ENTRIES = {
  'evt-widgets': here('./src/define.ts'),
  'evt-list': here('./src/evt-list.ts'),
  'evt-detail': here('./src/evt-detail.ts'),
  'evt-register': here('./src/evt-register.ts'),
} as const;

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

/** Build options of one CDN file: self-contained but for its language chunks. */
const cdnBuild = (name: keyof typeof CDN_ENTRIES, outDir: string, emptyOutDir: boolean): BuildEnvironmentOptions => ({
  outDir,
  emptyOutDir,
  target: 'es2022',
  lib: {
    entry: { [name]: CDN_ENTRIES[name] },
    formats: ['es'],
    fileName: (_format, entry) => `${entry}.js`,
  },
  // Each language (src/i18n/*.ts, loaded with import()) becomes dist/i18n/<tag>.js. The chunks
  // import nothing, so the four builds write the same files (test/build checks both).
  rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: 'i18n/[name].js' } },
});

/**
 * Rolldown inlines everything into one file only for a single entry, so the per-element files are
 * separate builds, run after the main one (`vite build` writes all four). Only when the main build
 * is the project's own (a test that builds another entry with this config gets just that entry).
 */
function perElementFiles(): Plugin {
  let outDir = '';
  let logLevel: LogLevel = 'info';
  let ours = false;
  return {
    name: 'evt-per-element-files',
    apply: 'build',
    configResolved(config) {
      const lib = config.build.lib;
      const entry = lib && typeof lib.entry === 'object' && !Array.isArray(lib.entry) ? lib.entry : {};
      ours = entry['evt-widgets'] === CDN_ENTRIES['evt-widgets'] && Object.keys(entry).length === 1;
      outDir = config.build.outDir;
      logLevel = config.logLevel ?? 'info';
    },
    async closeBundle(error?: Error) {
      if (!ours || error) return;
      for (const name of ['evt-list', 'evt-detail', 'evt-register'] as const) {
        await build({
          configFile: false,
          root: here('./demo'),
          logLevel,
          build: cdnBuild(name, outDir, false),
          plugins: [minifyCssPlugin(), syntaxCheck()],
        });
      }
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
  // replaces in one rename; the four CDN files are overwritten in place.
  build: cdnBuild('evt-widgets', here('./dist'), false),
  plugins: [minifyCssPlugin(), syntaxCheck(), perElementFiles()],
});
