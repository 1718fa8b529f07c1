/**
 * Minifies the text of Lit's css`` templates for the CDN files: rolldown minifies the JavaScript
 * but keeps template text as written, comments and indentation included. Conservative on purpose:
 * comments go, whitespace runs become one space, spaces next to `{ } ; ,` and after a `:` (where
 * CSS never needs them) go. Spaces before `:` and around `>` stay (`a :hover` is not `a:hover`).
 * Strings in the CSS are not parsed: keep `{ } ; , :` followed by spaces out of `content` strings.
 */

/** Minifies one stylesheet's text. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Rewrites every css`…` template in a module's source whose text has no `${…}` expression and no
 * backtick or backslash (anything more complex is left as it is).
 */
export function minifyCssTemplates(source) {
  return source.replace(/\bcss`([^`\\$]*)`/g, (_, text) => `css\`${minifyCss(text)}\``);
}

/** The Vite plugin: applied to the project's own modules, before TypeScript is stripped. */
export function minifyCssPlugin() {
  return {
    name: 'evt-minify-css',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const next = minifyCssTemplates(code);
      return next === code ? null : { code: next, map: null };
    },
  };
}
