/**
 * A second minification of the CDN files, with terser, after rolldown's own (oxc): each finds what
 * the other leaves. On the one file, oxc alone gives 70.4 KB gzipped, terser alone 70.6 KB, oxc
 * then terser 69.6 KB (0.8 KB less for every visitor; the shared chunk 0.2 KB less). Only terser's
 * safe transforms (no `unsafe*`, no `pure_getters`: Lit's reactive properties are setters with
 * effects), names mangled but never the names chunks import from each other (export names stay).
 * A chunk keeps terser's output only where it is smaller gzipped (the languages' catalogues, all
 * text, come out a few bytes heavier: terser rewrites their template literals as quoted strings).
 * A chunk terser cannot read fails the build, naming the file.
 * The chunks' content hashes are rolldown's, taken before this pass: a new terser or new options
 * change a file without changing its name. That is harmless to a cache holding the old file: the
 * same name means the same code before this pass, and terser keeps every name another chunk imports.
 */
import { gzipSync, constants } from 'node:zlib';
import { minify } from 'terser';

const gzip9 = (text) => gzipSync(text, { level: constants.Z_BEST_COMPRESSION }).length;

/** terser's options: modules (ecma 2020 is its newest output level; the CDN files target ES2022 and terser keeps newer syntax as it is), three compress passes. */
export const TERSER_OPTIONS = Object.freeze({
  module: true,
  ecma: 2020,
  compress: { passes: 3 },
  mangle: true,
  format: { comments: false },
});

/** One chunk's code minified again; `filename` only names it in errors. */
export async function terse(code, filename = 'chunk.js') {
  try {
    const out = await minify({ [filename]: code }, { ...TERSER_OPTIONS, compress: { ...TERSER_OPTIONS.compress } });
    if (typeof out.code !== 'string') throw new Error('terser returned no code');
    return out.code;
  } catch (err) {
    throw new Error(`${filename}: the second minification (terser) failed: ${err instanceof Error ? err.message : err}`);
  }
}

/** `code` minified again where that makes it smaller gzipped (what a CDN sends), else `code` itself. */
export async function terseIfSmaller(code, filename = 'chunk.js') {
  const next = await terse(code, filename);
  return gzip9(next) < gzip9(code) ? next : code;
}

/** The Vite plugin: rewrites every JavaScript chunk once rolldown has minified it (generateBundle). */
export function terserPassPlugin() {
  return {
    name: 'evt-terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      await Promise.all(
        Object.values(bundle)
          .filter((c) => c.type === 'chunk')
          .map(async (c) => {
            c.code = await terseIfSmaller(c.code, c.fileName);
          }),
      );
    },
  };
}
