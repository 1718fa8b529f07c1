import { expect, waitUntil } from '@open-wc/testing';
import { BUILTIN_LANGUAGES } from '../../src/i18n/index.js';

// The CDN build's language chunks (npx vite build first): one file per language beside
// dist/evt-widgets.js, self-contained, loaded by the bundle only when a page shows that language.
const CHUNK: Record<string, string> = { pt: 'pt-BR', zh: 'zh-Hans' };
const LANGS = Object.keys(BUILTIN_LANGUAGES).filter((l) => l !== 'en');

describe('dist/i18n/*.js', () => {
  it('is one chunk per language that imports nothing (the four CDN builds write the same files)', async () => {
    for (const lang of LANGS) {
      const res = await fetch(`/dist/i18n/${CHUNK[lang] ?? lang}.js`);
      expect(res.ok, `dist/i18n/${CHUNK[lang] ?? lang}.js`).to.equal(true);
      const text = await res.text();
      expect(text, lang).to.not.match(/\bimport\s*[{*("'`]|\bfrom\s*["'`]/);
    }
  });

  /** A CDN file and every file it imports, statically or on demand, except the language files. */
  async function codeOf(file: string): Promise<Map<string, string>> {
    const seen = new Map<string, string>();
    const visit = async (url: string) => {
      if (seen.has(url) || /\/i18n\/[\w-]+\.js$/.test(url)) return;
      const text = await (await fetch(url)).text();
      seen.set(url, text);
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']/g)) await visit(new URL(m[1]!, new URL(url, location.href)).pathname);
    };
    await visit(file);
    return seen;
  }

  for (const file of ['evt-widgets', 'evt-widgets.bundle', 'evt-list', 'evt-detail', 'evt-register']) {
    it(`${file}.js and what it loads hold English only, and load each language from i18n/ on demand`, async () => {
      const code = await codeOf(`/dist/${file}.js`);
      const all = [...code.values()].join('\n');
      expect(all, file).to.contain('Try again');
      expect(all, `${file} holds no German`).to.not.contain('Erneut versuchen');
      expect(all, `${file} holds no Japanese`).to.not.contain('再試行');
      for (const lang of LANGS) expect(all, `${file} → ${lang}`).to.match(new RegExp(`\\.\\.?/i18n/${CHUNK[lang] ?? lang}\\.js`));
    });
  }

  it('an element of the loader speaks German on a German page', async () => {
    const bundle = '/dist/evt-widgets.js';
    await import(/* @vite-ignore */ bundle);
    const el = document.createElement('evt-list');
    el.setAttribute('lang', 'de');
    document.body.append(el);
    try {
      // No endpoint: the element shows its configuration message, in German.
      await waitUntil(() => /Veranstaltungen können hier gerade nicht angezeigt werden/.test(el.shadowRoot?.textContent ?? ''), 'no German text', { timeout: 8000 });
    } finally {
      el.remove();
    }
  });
});
