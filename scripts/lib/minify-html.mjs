/**
 * Minifies the markup of Lit's html`` and svg`` templates for the CDN files, with minify-literals
 * (html-minifier-next on each template, its `${…}` parts held by placeholders): rolldown keeps
 * template text as written, so every line break and indentation of our templates reached every
 * visitor (0.7 KB gzipped of the one file). Only what cannot change a rendering: whitespace
 * collapsed as HTML does (a space stays between inline content, none between blocks, `<pre>` and
 * `<textarea>` untouched) and comments dropped. Attributes, quotes and entities stay as written:
 * Lit's bindings (`.value=${…}`, `?hidden=${…}`, `@input=${…}`) and `alt=""` are left alone.
 * css`` templates are ./minify-css.mjs's (Lightning CSS). A template the minifier cannot keep
 * whole (its expressions) fails the build, naming the file; a module its parser (acorn) cannot read
 * is left as it is, so test/build/bundle.test.ts checks that no template line in the CDN files is
 * still indented.
 */
import { minifyHTMLLiterals } from 'minify-literals';

/** html-minifier-next's options: whitespace and comments, nothing else. */
const HTML_OPTIONS = Object.freeze({
  caseSensitive: true,
  collapseWhitespace: true,
  removeComments: true,
  keepClosingSlash: true,
  decodeEntities: false,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  removeRedundantAttributes: false,
  removeDefaultTypeAttributes: false,
  removeOptionalTags: false,
  collapseBooleanAttributes: false,
  useShortDoctype: false,
  minifyCSS: false,
  minifyJS: false,
});

/** A module's source with its html``/svg`` templates minified; the source itself when it has none. */
export async function minifyHtmlTemplates(source, filename = 'module.ts') {
  const result = await minifyHTMLLiterals(source, { fileName: filename, html: { ...HTML_OPTIONS }, css: false, sourceMap: false });
  return result?.code ?? source;
}

/** The Vite plugin: applied to the project's own modules, before TypeScript is stripped. */
export function minifyHtmlPlugin() {
  return {
    name: 'evt-minify-html',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
      let next;
      try {
        next = await minifyHtmlTemplates(code, id);
      } catch (err) {
        throw new Error(`${id}: its html\`\` templates could not be minified: ${err instanceof Error ? err.message : err}`);
      }
      return next === code ? null : { code: next, map: null };
    },
  };
}
