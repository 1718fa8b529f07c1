/**
 * The built-in catalogues: every language has every key of English (nested option sets and error
 * codes too), every function takes the same values, plurals follow the language's own rules,
 * tags resolve to the right language, and LCIDs to the right content language.
 */
import { expect } from '@open-wc/testing';
import type { Messages } from '../../src/i18n/en.js';
import { enAll as en, ENGLISH_PARTS } from '../../src/i18n/en-all.js';
import { addEnglish, BUILTIN_LANGUAGES, builtinFor, chooseLanguage, defineMessages, loadMessages } from '../../src/i18n/index.js';
import { contentLang, lcidToTag } from '../../src/i18n/content-lang.js';
import { SAME_AS_ENGLISH } from './same-as-english.js';

// As on a page with all three elements (each adds its part of English; test/i18n/english-parts.test.ts).
addEnglish(...ENGLISH_PARTS);

const LANGS = Object.keys(BUILTIN_LANGUAGES).filter((l) => l !== 'en');

const load = async (lang: string) => (await BUILTIN_LANGUAGES[lang]!.load!()).default;

/** "key" and "key.sub" for every text of a catalogue. */
function keys(m: Partial<Messages>): string[] {
  return Object.entries(m).flatMap(([k, v]) => (v && typeof v === 'object' ? Object.keys(v).map((s) => `${k}.${s}`) : [k]));
}

const english = en('en');

/** Calls a message function with sample values: numbers for English's counted parameters, text for the others. */
const NUMERIC = new Set(['seconds', 'v', 'shown', 'total', 'max', 'i', 'places', 'left', 's']);
function call(f: unknown, key: string): string {
  const params = /^\(?([^)=]*)\)?\s*=>/.exec(String((english as Record<string, unknown>)[key]))?.[1] ?? '';
  const args = params.split(',').map((p) => p.trim().split(':')[0]!.trim()).filter(Boolean);
  return String((f as (...a: unknown[]) => string)(...args.map((a) => (NUMERIC.has(a) ? 7 : `⟨${a}⟩`))));
}

describe('built-in catalogues', () => {
  for (const lang of LANGS) {
    it(`${lang} has every key of English, with the same number of values, and no other key`, async () => {
      const m = (await load(lang))(BUILTIN_LANGUAGES[lang]!.tag);
      const missing = keys(english).filter((k) => !keys(m).includes(k));
      const extra = keys(m).filter((k) => !keys(english).includes(k));
      expect(missing, `${lang} lacks these keys (add them to src/i18n/${lang === 'pt' ? 'pt-BR' : lang === 'zh' ? 'zh-Hans' : lang}.ts)`).to.deep.equal([]);
      expect(extra, `${lang} has keys English does not`).to.deep.equal([]);
      for (const [k, v] of Object.entries(english)) {
        const t = (m as Record<string, unknown>)[k];
        expect(typeof t, `${lang}.${k}`).to.equal(typeof v);
        if (typeof v === 'function') expect((t as () => string).length, `${lang}.${k} takes the values English takes`).to.equal(v.length);
      }
    });

    it(`${lang} says everything in its own words (English only where SAME_AS_ENGLISH says why)`, async () => {
      const m = (await load(lang))(BUILTIN_LANGUAGES[lang]!.tag) as Record<string, unknown>;
      const allowed = new Set([...SAME_AS_ENGLISH['*']!, ...(SAME_AS_ENGLISH[lang] ?? [])]);
      const same: string[] = [];
      for (const [k, v] of Object.entries(english)) {
        const t = m[k];
        if (typeof v === 'string' && v === t && !allowed.has(k)) same.push(k);
        if (typeof v === 'function' && !allowed.has(k) && call(v, k) === call(t, k)) same.push(k);
        if (v && typeof v === 'object') {
          for (const [s, text] of Object.entries(v)) if ((t as Record<string, string>)[s] === text && !allowed.has(`${k}.${s}`)) same.push(`${k}.${s}`);
        }
      }
      expect(same, `${lang} texts identical to English`).to.deep.equal([]);
    });
  }
});

describe('plurals in the language the text is written in', () => {
  it('Japanese never says "places" (one form, the number formatted)', async () => {
    const ja = await loadMessages('ja');
    expect(ja.placesLeft(1)).to.equal('残り1席');
    expect(ja.placesLeft(173)).to.equal('残り173席');
    expect(ja.placesLeft(1)).to.not.match(/place/);
  });

  it('Polish uses its four forms', async () => {
    const pl = await loadMessages('pl');
    expect(pl.placesLeft(1)).to.equal('Zostało 1 miejsce');
    expect(pl.placesLeft(3)).to.equal('Zostały 3 miejsca');
    expect(pl.placesLeft(5)).to.equal('Zostało 5 miejsc');
    expect(pl.placesLeft(22)).to.equal('Zostały 22 miejsca');
    expect(pl.placesLeft(25)).to.equal('Zostało 25 miejsc');
    expect(pl.listFound(12)).to.equal('Znaleziono 12 wydarzeń');
    expect(pl.listFound(2)).to.equal('Znaleziono 2 wydarzenia');
    expect(pl.listFound(1)).to.equal('Znaleziono 1 wydarzenie');
  });

  it('Arabic uses its six forms', async () => {
    const ar = await loadMessages('ar');
    const n = (v: number) => new Intl.NumberFormat('ar').format(v);
    expect(ar.placesLeft(0)).to.equal('لم يتبقَّ أي مقعد');
    expect(ar.placesLeft(1)).to.equal('تبقّى مقعد واحد');
    expect(ar.placesLeft(2)).to.equal('تبقّى مقعدان');
    expect(ar.placesLeft(5)).to.equal(`تبقّت ${n(5)} مقاعد`);
    expect(ar.placesLeft(11)).to.equal(`تبقّى ${n(11)} مقعدًا`);
    expect(ar.placesLeft(100)).to.equal(`تبقّى ${n(100)} مقعد`);
  });

  it('numbers follow the page locale of that language (de-CH groups its own way, de with .)', async () => {
    await loadMessages('de');
    expect(chooseLanguage('de').messages!.placesLeft(1234)).to.equal('Noch 1.234 Plätze frei');
    const swiss = new Intl.NumberFormat('de-CH').format(1234);
    expect(swiss).to.not.equal('1.234');
    expect(chooseLanguage('de-CH').messages!.placesLeft(1234)).to.equal(`Noch ${swiss} Plätze frei`);
  });

  it('an English fallback counts in English, not with the page language’s rules or digits', () => {
    const c = chooseLanguage('ko-KR');
    expect(c.english).to.equal(true);
    expect(c.locale).to.equal('en');
    expect(c.messages!.placesLeft(1)).to.equal('1 place left');
  });
});

describe('which language a tag gets', () => {
  const table: [string, string | null][] = [
    ['en', 'en'], ['en-GB', 'en'], ['de', 'de'], ['de-AT', 'de'], ['fr-CA', 'fr'], ['es-MX', 'es'], ['it-CH', 'it'],
    ['nl-BE', 'nl'], ['pt', 'pt'], ['pt-BR', 'pt'], ['pt-PT', 'pt'], ['pl', 'pl'], ['sv-FI', 'sv'], ['ja', 'ja'],
    ['zh', 'zh'], ['zh-CN', 'zh'], ['zh-Hans', 'zh'], ['zh-SG', 'zh'], ['zh-Hans-HK', 'zh'],
    ['zh-TW', null], ['zh-HK', null], ['zh-Hant', null], ['ar', 'ar'], ['ar-EG', 'ar'], ['ko', null], ['sr-Latn', null],
  ];
  for (const [tag, want] of table) {
    it(`${tag} → ${want ?? 'none (English)'}`, () => expect(builtinFor(tag)).to.equal(want));
  }

  it('an unknown language falls back to English and says so; en itself is not a fallback', () => {
    expect(chooseLanguage('ko').english).to.equal(true);
    expect(chooseLanguage('zh-TW').english).to.equal(true);
    expect(chooseLanguage('en-AU').english).to.equal(false);
    expect(chooseLanguage('en-AU').locale).to.equal('en-AU');
  });

  it('a built-in language is loaded first (messages null, pending), then ready', async () => {
    const c = chooseLanguage('sv-SE');
    if (!c.messages) {
      expect(c.pending).to.be.instanceOf(Promise);
      await c.pending;
    }
    const ready = chooseLanguage('sv-SE');
    expect(ready.messages!.listShowMore).to.equal('Visa fler');
    expect(ready.locale).to.equal('sv-SE');
  });

  it('a complete built-in language has no English stand-ins to mark; a partial one lists them', async () => {
    for (const lang of LANGS) {
      await loadMessages(BUILTIN_LANGUAGES[lang]!.tag);
      expect(chooseLanguage(BUILTIN_LANGUAGES[lang]!.tag).englishTexts, lang).to.equal(null);
    }
    defineMessages('fi-x-partial', { listShowMore: 'Näytä lisää' });
    const texts = chooseLanguage('fi-x-partial').englishTexts!;
    expect(texts.has(english.listEmpty)).to.equal(true);
    expect(texts.has('Näytä lisää')).to.equal(false);
    chooseLanguage('fi-x-partial').messages!.placesLeft(4);
    expect(texts.has('4 places left'), 'an English function records what it said').to.equal(true);
  });

  it('Arabic is right to left, the others left to right', async () => {
    await loadMessages('ar');
    expect(chooseLanguage('ar').dir).to.equal('rtl');
    expect(chooseLanguage('de').dir).to.equal('ltr');
  });

  it('defineMessages overrides a key of a built-in language and adds a new language', async () => {
    await loadMessages('fr');
    defineMessages('fr', { listShowMore: 'Voir la suite' });
    defineMessages('fi', { listShowMore: 'Näytä lisää' });
    try {
      expect(chooseLanguage('fr-FR').messages!.listShowMore).to.equal('Voir la suite');
      expect(chooseLanguage('fr-FR').messages!.listEmpty).to.equal('Aucun événement à venir pour le moment.');
      const fi = chooseLanguage('fi');
      expect(fi.english).to.equal(false);
      expect(fi.messages!.listShowMore).to.equal('Näytä lisää');
      expect(fi.messages!.listEmpty, 'a key the site left out is English').to.equal(english.listEmpty);
    } finally {
      defineMessages('fr', {});
      defineMessages('fi', {});
    }
  });

  it('a missing entry of an option set falls back to English for that entry only', () => {
    defineMessages('xx-test', { eventTypes: { 100000002: 'Konf' } });
    try {
      const m = chooseLanguage('xx-test').messages!;
      expect(m.eventTypes[100000002]).to.equal('Konf');
      expect(m.eventTypes[100000004]).to.equal('Training');
    } finally {
      defineMessages('xx-test', {});
    }
  });

  it('defineMessages says what to fix on bad input', () => {
    expect(() => defineMessages('not a tag!', {})).to.throw(/not a language tag/);
    expect(() => defineMessages('de', 'Hallo' as never)).to.throw(/object of texts/);
  });
});

describe('the event’s own language (LCID)', () => {
  it('maps the common LCIDs', () => {
    expect(lcidToTag(1033)).to.equal('en-US');
    expect(lcidToTag(1031)).to.equal('de-DE');
    expect(lcidToTag(1036)).to.equal('fr-FR');
    expect(lcidToTag(2052)).to.equal('zh-CN');
    expect(lcidToTag(1025)).to.equal('ar-SA');
    expect(lcidToTag(99999)).to.equal(undefined);
    expect(lcidToTag(null)).to.equal(undefined);
  });

  it('contentLang reads eventLanguage, and a session’s language first', () => {
    expect(contentLang({ eventLanguage: 1043 })).to.equal('nl-NL');
    expect(contentLang({ eventLanguage: null })).to.equal(undefined);
    expect(contentLang({ language: 1041, eventLanguage: 1033 })).to.equal('ja-JP');
    expect(contentLang(null)).to.equal(undefined);
  });

  it('every tag in the table is one Intl accepts as written', () => {
    for (let lcid = 1025; lcid < 5000; lcid++) {
      const tag = lcidToTag(lcid);
      if (tag) expect(Intl.getCanonicalLocales(tag)[0], String(lcid)).to.equal(tag);
    }
  });
});

describe('the languages’ names (src/i18n/names.ts)', () => {
  it('name exactly the built-in languages, by the tags their catalogues serve', async () => {
    const { LANGUAGE_NAMES } = await import('../../src/i18n/names.js');
    expect(Object.keys(LANGUAGE_NAMES).map((t) => builtinFor(t)).sort()).to.deep.equal(Object.keys(BUILTIN_LANGUAGES).sort());
  });
});
