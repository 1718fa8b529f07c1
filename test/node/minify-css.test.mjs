// The CDN build minifies the text of css`` templates with Lightning CSS; the CSS must keep its meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssTemplates } from '../../scripts/lib/minify-css.mjs';

test('comments and indentation go, meaning stays (descendant :hover, strings, newer syntax)', () => {
  const css = `
    /* the host */
    :host {
      --_fg: var(--evt-color-text, light-dark(#1d1d20, #ececf0));
      display: block;
    }
    :host(:state(loading)) [part~='base'] { opacity: 0.5; }
    .a :hover,
    .b > .c {
      margin: 0 auto;
      content: 'a { b; c: d }';
    }
  `;
  const out = minifyCss(css);
  assert.ok(!out.includes('/*') && !out.includes('\n'), out);
  assert.match(out, /\.a :hover/, 'the space before :hover (descendant) stays');
  assert.match(out, /a \{ b; c: d \}/, 'text inside a string is untouched');
  assert.match(out, /light-dark\(#1d1d20, ?#ececf0\)/, 'light-dark() is kept, not lowered');
  assert.match(out, /:state\(loading\)/);
  assert.ok(out.length < css.length * 0.8);
});

test('a stylesheet that does not parse fails loudly, naming the file', () => {
  assert.throws(() => minifyCss(':hover: { color: red }', 'x.styles.ts'), /Invalid token/);
  assert.throws(() => minifyCss('@media ( { a { color: red } }', 'x.styles.ts'), /Invalid media query/);
});

test('only css`` templates without expressions or backslashes are touched; skipped ones are reported', () => {
  const skipped = [];
  const source = "const a = css`\n  p { margin: 0; }\n`;\nconst b = css`p { color: ${x}; }`;\nconst c = html`<p>\n  hi\n</p>`;";
  assert.equal(
    minifyCssTemplates(source, 'm.ts', (at) => skipped.push(at)),
    "const a = css`p{margin:0}`;\nconst b = css`p { color: ${x}; }`;\nconst c = html`<p>\n  hi\n</p>`;",
  );
  assert.deepEqual(skipped, [source.indexOf('css`p { color')]);
});

test('text outside ASCII passes through unchanged', () => {
  assert.equal(minifyCssTemplates("css`p::before { content: '\u2018'; }`"), "css`p:before{content:\"\u2018\"}`");
});
