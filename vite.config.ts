import { defineConfig, type Plugin } from 'vite';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

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

export default defineConfig({
  // `npm start` serves the demo site from demo/; `npm run build` writes the CDN bundle to dist/.
  root: here('./demo'),
  resolve: { alias: { 'evt-widgets': here('./src') } },
  server: { host: 'localhost', port: 5173, strictPort: true, fs: { allow: [here('.')] } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: { 'evt-widgets': here('./src/define.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { output: { minify: true, comments: false } },
  },
  plugins: [syntaxCheck()],
});
