// The CDN build minifies the text of css`` templates; what it does must keep the CSS's meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssTemplates } from '../../scripts/lib/minify-css.mjs';

test('comments and indentation go, meaning stays', () => {
  const css = `
    /* the host */
    :host {
      --_fg: var(--evt-color-text, light-dark(#1d1d20, #ececf0));
      display: block;
    }
    .a :hover,
    .b > .c {
      margin: 0 auto;
      content: 'x';
    }
  `;
  assert.equal(minifyCss(css), ":host{--_fg:var(--evt-color-text,light-dark(#1d1d20,#ececf0));display:block}.a :hover,.b > .c{margin:0 auto;content:'x'}");
});

test('only css`` templates without expressions are touched', () => {
  const source = "const a = css`\n  p { margin: 0; }\n`;\nconst b = css`p { color: ${x}; }`;\nconst c = html`<p>\n  hi\n</p>`;";
  assert.equal(minifyCssTemplates(source), "const a = css`p{margin:0}`;\nconst b = css`p { color: ${x}; }`;\nconst c = html`<p>\n  hi\n</p>`;");
});
