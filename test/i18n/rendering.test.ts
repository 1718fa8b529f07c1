/**
 * Every built-in language renders <evt-list>, <evt-detail> and <evt-register> against the emulator
 * with no English left but the API's own content (which carries its `lang`), shows its skeleton
 * rather than English while its chunk loads, follows `lang` changes on ancestors, and marks English
 * fallback text as English; axe finds nothing in any of them.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';
import { enAll as en } from '../../src/i18n/en-all.js';
import { BUILTIN_LANGUAGES, defineMessages } from '../../src/i18n/index.js';
import { resetStores } from '../helpers/elements.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { SAME_AS_ENGLISH } from './same-as-english.js';

const LANGS = Object.keys(BUILTIN_LANGUAGES).filter((l) => l !== 'en');
const TAG: Record<string, string> = { pt: 'pt-BR', zh: 'zh-CN' };
const english = en('en') as Record<string, unknown>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Patterns of every English text: static strings as they are, functions called with sample values
 * (numbers become "a number", text values "anything"), so "173 places left" is caught as well as
 * "Register". Texts a language writes as English does (SAME_AS_ENGLISH) are left out for it.
 */
function englishPatterns(lang: string): { key: string; re: RegExp }[] {
  const allowed = new Set([...SAME_AS_ENGLISH['*']!, ...(SAME_AS_ENGLISH[lang] ?? [])]);
  const out: { key: string; re: RegExp }[] = [];
  const add = (key: string, text: string, counted = false) => {
    if (allowed.has(key) || text.replace(/[^\p{L}]/gu, '').length < 3) return;
    let re = escape(text).replace(/⟨v⟩/g, '.+');
    if (counted) re = re.replace(/7|1/g, '[\\p{Nd},.\\s]+');
    out.push({ key, re: new RegExp(`^${re}$`, 'u') });
  };
  for (const [key, v] of Object.entries(english)) {
    if (typeof v === 'string') add(key, v);
    else if (typeof v === 'function') {
      const params = /^\(?([^)=]*)\)?\s*=>/.exec(String(v))?.[1] ?? '';
      const names = params.split(',').map((p) => p.trim().split(':')[0]!.trim()).filter(Boolean);
      const numeric = new Set(['seconds', 'v', 'shown', 'total', 'max', 'i', 'places', 'left', 's']);
      for (const num of [1, 7]) add(key, String(v(...names.map((nm) => (numeric.has(nm) ? num : '⟨v⟩')))), true);
    } else if (v && typeof v === 'object') for (const [s, t] of Object.entries(v)) add(`${key}.${s}`, t as string);
  }
  return out;
}

/**
 * What a person reads or hears from the interface itself: text nodes and accessible-name
 * attributes, leaving out the API's content (anything inside an element with its own `lang` or
 * with `dir="auto"`, the marks of content) and machine values.
 */
function interfaceTexts(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const isContent = (el: Element | null) => !!el?.closest('[lang]:not([part~="base"]), [dir="auto"]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      const t = node.data.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (t && !isContent(parent) && !parent?.closest('style, time')) texts.push(t);
    } else if (node instanceof Element && !isContent(node)) {
      for (const a of ['aria-label', 'placeholder', 'alt', 'title']) {
        const v = node.getAttribute(a)?.trim();
        if (v) texts.push(v);
      }
    }
  }
  return texts;
}

function englishLeft(root: ShadowRoot, lang: string): string[] {
  const patterns = englishPatterns(lang);
  return interfaceTexts(root).flatMap((t) => patterns.filter((p) => p.re.test(t)).map((p) => `${p.key}: "${t}"`));
}

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(() => emu?.close());
beforeEach(async () => {
  await emu.reset();
  resetStores();
});

describe('the check itself', () => {
  it('finds English in an English element (so it can fail)', async () => {
    const el = await fixture<EvtList>(html`<evt-list lang="en" endpoint=${emu.omBase} token="demo-token"></evt-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'list', { timeout: 8000 });
    const left = englishLeft(el.shadowRoot!, 'de');
    expect(left.some((l) => l.startsWith('listSearchLabel')), left.join('\n')).to.equal(true);
    expect(left.some((l) => l.startsWith('listShowing')), `a counted text is caught too:\n${left.join('\n')}`).to.equal(true);
  });
});

describe('a language’s first use', () => {
  it('shows its skeleton, not English, until the language arrives', async () => {
    // The first test to show Swedish in this page: its chunk is not loaded yet.
    const el = fixtureSync<EvtList>(html`<evt-list lang="sv" endpoint=${emu.omBase} token="demo-token"></evt-list>`);
    await new Promise((r) => setTimeout(r));
    // The language's skeleton, or (an engine that had the chunk by now) the list's own loading state.
    expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'a skeleton').to.exist;
    const pending = el.shadowRoot!.querySelector<HTMLElement>('.lang-pending');
    if (pending) expect(pending.getBoundingClientRect().height, 'the skeleton is seen').to.be.greaterThan(20);
    expect(englishLeft(el.shadowRoot!, 'sv')).to.deep.equal([]);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'list', { timeout: 8000 });
  });

});

/** axe in the light scheme, then in the dark one (the elements follow `--evt-color-scheme`). */
async function accessibleLightAndDark(el: HTMLElement & { updateComplete: Promise<unknown> }) {
  await expect(el).to.be.accessible();
  el.style.setProperty('--evt-color-scheme', 'dark');
  document.body.style.background = '#121214';
  try {
    await el.updateComplete;
    await expect(el).to.be.accessible();
  } finally {
    el.style.removeProperty('--evt-color-scheme');
    document.body.style.background = '';
  }
}

for (const lang of LANGS) {
  const tag = TAG[lang] ?? lang;
  describe(`lang="${tag}"`, () => {
    it('<evt-list>: no English but the events’ own texts', async () => {
      const el = await fixture<EvtList>(html`<evt-list lang=${tag} endpoint=${emu.omBase} token="demo-token" filters="type format"></evt-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'the list did not load', { timeout: 8000 });
      await el.updateComplete;
      expect(englishLeft(el.shadowRoot!, lang)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('lang'), 'not marked English').to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="title"] a')!.getAttribute('lang'), 'an event name carries its own language').to.equal('en-US');
      await accessibleLightAndDark(el);
    });

    it('<evt-detail>: no English but the event’s own texts', async () => {
      const el = await fixture<EvtDetail>(html`<evt-detail lang=${tag} endpoint=${emu.omBase} token="demo-token" event-id="Harbour_Data_Summit"></evt-detail>`);
      await el.loadComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="session"]'), 'the agenda is shown').to.exist;
      expect(englishLeft(el.shadowRoot!, lang)).to.deep.equal([]);
      await accessibleLightAndDark(el);
    });

    it('<evt-register>: no English in the form, nor in its errors', async () => {
      const el = await fixture<EvtRegister>(html`<evt-register lang=${tag} endpoint=${emu.omBase} token="demo-token" event-id="Harbour_Data_Summit"></evt-register>`);
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not load', { timeout: 8000 });
      expect(englishLeft(el.shadowRoot!, lang)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error-summary"], [part~="errors"], .error-summary'), 'no error summary', { timeout: 4000 });
      await el.updateComplete;
      expect(englishLeft(el.shadowRoot!, lang)).to.deep.equal([]);
      await accessibleLightAndDark(el);
    });
  });
}

describe('loading a language, changing it, falling back', () => {
  it('re-renders when an ancestor’s lang changes, through shadow roots too', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const wrap = document.createElement('section');
    shadow.append(wrap);
    wrap.innerHTML = `<evt-list endpoint="${emu.omBase}" token="demo-token"></evt-list>`;
    const el = wrap.querySelector('evt-list') as EvtList;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'list', { timeout: 8000 });
    const label = () => el.shadowRoot!.querySelector('input[part~="search"]')?.getAttribute('placeholder');
    expect(label()).to.equal('Name, Ort oder Thema');
    host.setAttribute('lang', 'fr');
    await waitUntil(() => label() === 'Nom, lieu ou thème', `still "${label()}" after lang="fr" on the outer host`, { timeout: 4000 });
    wrap.setAttribute('lang', 'nl');
    await waitUntil(() => label() === 'Naam, plaats of onderwerp', `still "${label()}" after lang="nl" inside the shadow root`, { timeout: 4000 });
  });

  it('follows <html lang>', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'it');
    try {
      const el = await fixture<EvtList>(html`<evt-list endpoint=${emu.omBase} token="demo-token"></evt-list>`);
      const label = () => el.shadowRoot!.querySelector('input[part~="search"]')?.getAttribute('placeholder');
      await waitUntil(() => label() === 'Nome, luogo o argomento', `"${label()}" on an Italian page`, { timeout: 8000 });
      document.documentElement.setAttribute('lang', 'es');
      await waitUntil(() => label() === 'Nombre, lugar o tema', `still "${label()}" after <html lang="es">`, { timeout: 4000 });
    } finally {
      if (html0 === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', html0);
    }
  });

  it('a language the widgets do not have gets English marked lang="en"; its content keeps the page’s language', async () => {
    const el = await fixture<EvtList>(html`<evt-list lang="ko" endpoint=${emu.omBase} token="demo-token"></evt-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'list', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('input[part~="search"]')!.getAttribute('placeholder')).to.equal(english.listSearchPlaceholder);
    el.setAttribute('lang', 'de');
    await waitUntil(() => !el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('lang'), 'still marked English after lang="de"', { timeout: 4000 });
  });

  it('Arabic sets dir="rtl" on the element’s root, whatever the page’s direction', async () => {
    const el = await fixture<EvtList>(html`<evt-list lang="ar" endpoint=${emu.omBase} token="demo-token"></evt-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'list', { timeout: 8000 });
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
  });
});

describe('a key the language lacks', () => {
  it('shows English for that key only, marked lang="en"', async () => {
    // A site's partial Finnish: the search placeholder and the "show more" button in Finnish, the
    // rest English, each English text marked as such (the same path as a key English gained and a
    // built-in language has not translated yet).
    defineMessages('fi', { listSearchPlaceholder: 'Nimi, paikka tai aihe', listShowMore: 'Näytä lisää', listLabel: 'Tapahtumat' });
    try {
      const el = await fixture<EvtList>(html`<evt-list lang="fi" endpoint=${emu.omBase} token="demo-token" page-size="2" filters="type"></evt-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'list', { timeout: 8000 });
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="base"]')!.hasAttribute('lang'), 'the interface is Finnish').to.equal(false);
      expect(root.querySelector('[part~="more"]')!.closest('[lang]')?.getAttribute('lang') ?? null, '"Näytä lisää" is not marked').to.equal(null);
      const count = root.querySelector('[part~="count"]')!;
      expect(count.textContent!.trim()).to.match(/^Showing \d+ of \d+ events$/);
      expect(count.closest('[lang]')!.getAttribute('lang'), 'a counted English text is marked').to.equal('en');
      const allTypes = [...root.querySelectorAll('option')].find((o) => o.textContent!.trim() === english.listAllTypes)!;
      expect(allTypes.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(root.querySelector('[part~="title"] a')!.getAttribute('lang'), 'event content keeps its own language').to.equal('en-US');
    } finally {
      defineMessages('fi', {});
    }
  });
});
