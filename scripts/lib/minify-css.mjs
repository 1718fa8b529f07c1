/**
 * Minifies the text of Lit's css`` templates for the CDN files, with Lightning CSS (Vite's own CSS
 * minifier): rolldown minifies the JavaScript but keeps template text as written, comments and
 * indentation included. Lightning CSS parses the stylesheet, so strings, selectors such as
 * `a :hover` and newer syntax (`:state()`, `light-dark()`, `::part()`) keep their meaning; without
 * `targets` it lowers nothing. A stylesheet it cannot parse fails the build, naming the file.
 */
import { transform } from 'lightningcss';

/** Minifies one stylesheet's text; `filename` only names it in errors. */
export function minifyCss(text, filename = 'style.css') {
  const { code } = transform({ filename, code: Buffer.from(text), minify: true });
  return code.toString();
}

/** The minified text as the body of a template literal (its cooked value is the CSS). */
const asTemplateText = (css) => css.replace(/[`\\]|\$\{/g, (m) => `\\${m}`);

/**
 * Rewrites every css`…` template in a module's source whose text has no `${…}` expression and no
 * backtick or backslash: its cooked text is then exactly its source text. Others are left as they
 * are and reported through `onSkip` (the build warns: the file ships that stylesheet unminified).
 */
export function minifyCssTemplates(source, filename = 'module.ts', onSkip = () => {}) {
  for (const m of source.matchAll(/\bcss`([^`]*)`/g)) {
    if (/[\\]|\$\{/.test(m[1])) onSkip(m.index);
  }
  return source.replace(/\bcss`([^`\\$]*)`/g, (_, text) => `css\`${asTemplateText(minifyCss(text, filename))}\``);
}

/** The Vite plugin: applied to the project's own modules, before TypeScript is stripped. */
export function minifyCssPlugin() {
  return {
    name: 'evt-minify-css',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const next = minifyCssTemplates(code, id, (at) =>
        this.warn(`${id}: a css\`\` template at offset ${at} holds \${…} or a backslash and ships unminified`),
      );
      return next === code ? null : { code: next, map: null };
    },
  };
}
