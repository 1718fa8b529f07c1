/**
 * Which language an element speaks and where its texts come from.
 *
 * - English is in the elements' code, split by element (./en.ts: shared texts; each element's
 *   module adds its own part with `addEnglish()`, so a page has the texts of its elements only).
 *   Every other built-in language is its own module,
 *   loaded with `import()` the first time a page shows it: the CDN build makes one chunk per
 *   language (dist/i18n/de.js, …), so a page downloads only the language it shows.
 * - A catalogue module imports nothing at run time (its plural and number helpers are its own):
 *   the four CDN files are separate builds that write the same chunk names, and a chunk that
 *   imported from its entry file would differ between them.
 * - `defineMessages()` layers a site's texts over the built-in ones (base language, then the full
 *   tag), and adds languages the widgets do not have.
 * - A key missing from a catalogue falls back to English for that key, marked `lang="en"` where
 *   rendered (./mark-english.ts); test/i18n lists such keys of the built-in languages.
 */
import { en, englishNumbers, type EnglishNumbers, type Messages } from './en.js';

export type { Messages };

/** A catalogue: the texts of one language, given the locale its numbers are formatted in. */
export type Catalogue = (locale: string) => Partial<Messages>;

interface Builtin {
  /** The tag the catalogue is written in. */
  tag: string;
  load?: () => Promise<{ default: Catalogue }>;
}

/**
 * The built-in languages, by base language. `pt` is Brazilian Portuguese and also serves `pt-PT`
 * (closer than English; the dates and numbers still follow pt-PT). `zh` is Simplified Chinese and
 * serves the tags that write it (zh, zh-CN, zh-SG, zh-Hans); zh-TW, zh-HK and zh-Hant write
 * Traditional characters and get English rather than the other script (the script check below).
 * The languages' names for menus are in ./names.ts, outside the elements' code.
 */
export const BUILTIN_LANGUAGES: Readonly<Record<string, Builtin>> = {
  en: { tag: 'en' },
  de: { tag: 'de', load: () => import('./de.js') },
  fr: { tag: 'fr', load: () => import('./fr.js') },
  es: { tag: 'es', load: () => import('./es.js') },
  it: { tag: 'it', load: () => import('./it.js') },
  nl: { tag: 'nl', load: () => import('./nl.js') },
  pt: { tag: 'pt-BR', load: () => import('./pt-BR.js') },
  pl: { tag: 'pl', load: () => import('./pl.js') },
  sv: { tag: 'sv', load: () => import('./sv.js') },
  ja: { tag: 'ja', load: () => import('./ja.js') },
  zh: { tag: 'zh-Hans', load: () => import('./zh-Hans.js') },
  ar: { tag: 'ar', load: () => import('./ar.js') },
};

/** What an element needs to know about its language. */
export interface LanguageChoice {
  /** The texts, or null while the language's chunk is on its way (see `pending`). */
  messages: Messages | null;
  /** Resolves when `messages` is there (never rejects: a chunk that fails to load gives English). */
  pending: Promise<void> | null;
  /** The locale dates, numbers and prices use: the page's tag when the texts are in its language, else `en`. */
  locale: string;
  /** True when the page asked for a language the widgets do not have and the texts are English. */
  english: boolean;
  /** `rtl` when the texts are written right to left. */
  dir: 'ltr' | 'rtl';
  /**
   * The English texts standing in for keys the language lacks (a key added to English and not yet
   * translated, a site's partial catalogue), so the element can mark them `lang="en"`; null if none.
   */
  englishTexts?: ReadonlySet<string> | null;
}

/** A part of English: the texts only one element shows (./en-list.ts, …). */
export type EnglishPart = (numbers: EnglishNumbers) => Partial<Messages>;
const englishParts = new Set<EnglishPart>();

/**
 * Adds parts of English (an element's module adds its own when it is evaluated, before any of its
 * elements renders). The languages chosen so far are chosen again, now with these texts.
 */
export function addEnglish(...parts: EnglishPart[]): void {
  const before = englishParts.size;
  for (const p of parts) englishParts.add(p);
  if (englishParts.size !== before) rechoose();
}

/** English as far as the page has it: the shared texts and every part added. */
function englishNow(locale: string): Messages {
  const numbers = englishNumbers(locale);
  const m = en(locale, numbers) as Partial<Messages>;
  for (const part of englishParts) Object.assign(m, part(numbers));
  return m as Messages;
}

const defined = new Map<string, Catalogue>();
const loaded = new Map<string, Catalogue>();
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
const chosen = new Map<string, LanguageChoice>();
let generation = 0;
/** Forgets every choice: the texts changed (a catalogue loaded or defined, a part of English added). */
function rechoose(): void {
  chosen.clear();
  generation++;
}
/** Changes whenever the texts may have changed; an element's cached choice is stale when it does. */
export const textsGeneration = (): number => generation;
const listeners = new Set<() => void>();

/** Calls `listener` whenever `defineMessages()` changes a catalogue; returns the unsubscribe. */
export function onMessagesDefined(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds or overrides texts for a language ("de", "pt-BR", "ko"). `messages` may be an object or a
 * function of the locale (for plurals and numbers). Keys left out keep the built-in text (the
 * language's own, else English). Elements already on the page re-render.
 */
export function defineMessages(lang: string, messages: Partial<Messages> | ((locale: string) => Partial<Messages>)): void {
  const tag = canonical(lang);
  if (!tag) throw new TypeError(`defineMessages: "${lang}" is not a language tag; write it like "de" or "pt-BR".`);
  if (!messages || (typeof messages !== 'object' && typeof messages !== 'function')) {
    throw new TypeError('defineMessages: the second argument must be an object of texts or a function that returns one.');
  }
  defined.set(tag.toLowerCase(), typeof messages === 'function' ? messages : () => messages);
  rechoose();
  for (const l of listeners) l();
}

function canonical(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

const scriptOf = (tag: string) => {
  try {
    return new Intl.Locale(tag).maximize().script ?? '';
  } catch {
    return '';
  }
};

/** The built-in language for a tag, if any: same base language and the same script. */
export function builtinFor(tag: string): string | null {
  const language = tag.split('-')[0]!.toLowerCase();
  const b = BUILTIN_LANGUAGES[language];
  if (!b) return null;
  return scriptOf(tag) === scriptOf(b.tag) ? language : null;
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** Nested records (option sets, error codes) merge key by key, so a missing entry still has English. */
function layer(base: Messages, over: Partial<Messages> | undefined): Messages {
  if (!over) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    const b = out[k];
    out[k] = b && typeof b === 'object' && v && typeof v === 'object' ? { ...b, ...v } : v;
  }
  return out as Messages;
}

/**
 * The English texts standing in for what none of `parts` (the language's catalogues) has. English
 * functions left in are wrapped to record what they return, so a counted text is found too.
 */
function leftInEnglish(english: Messages, messages: Messages, parts: (Partial<Messages> | undefined)[]): Set<string> | null {
  const texts = new Set<string>();
  const out = messages as Record<string, unknown>;
  const has = (k: string, sub?: string) =>
    parts.some((p) => {
      const v = (p as Record<string, unknown> | undefined)?.[k];
      return v !== undefined && (sub === undefined || (typeof v === 'object' && v !== null && sub in v));
    });
  let missing = false;
  for (const [k, v] of Object.entries(english)) {
    if (v && typeof v === 'object') {
      for (const [sub, t] of Object.entries(v)) if (!has(k, sub)) (missing = true), texts.add(t as string);
    } else if (!has(k)) {
      missing = true;
      if (typeof v === 'string') texts.add(v);
      else
        out[k] = (...args: unknown[]) => {
          const t = (v as (...x: unknown[]) => string)(...args);
          texts.add(t);
          return t;
        };
    }
  }
  return missing ? texts : null;
}

function load(language: string): Promise<void> {
  let p = loading.get(language);
  if (!p) {
    p = BUILTIN_LANGUAGES[language]!.load!().then(
      (mod) => {
        loaded.set(language, mod.default);
        rechoose();
      },
      (err: unknown) => {
        // A chunk that cannot be fetched (offline, a CDN mirror without it): English, said once.
        failed.add(language);
        rechoose();
        console.warn(`[evt-widgets] the "${language}" texts could not be loaded, showing English:`, err);
      },
    );
    loading.set(language, p);
  }
  return p;
}

/**
 * The language for a requested tag (from the element's `lang`, an ancestor's or the page's).
 * Synchronous; when the language's chunk is not loaded yet, `messages` is null and `pending` says
 * when to ask again.
 */
export function chooseLanguage(requested: string): LanguageChoice {
  const tag = canonical(requested) ?? 'en';
  let c = chosen.get(tag);
  if (c) return c;
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0]!;
  const builtin = builtinFor(tag);
  const own = [defined.get(base), lower !== base ? defined.get(lower) : undefined].filter((x) => !!x);
  if (builtin && builtin !== 'en' && !loaded.has(builtin) && !failed.has(builtin)) {
    const pending = load(builtin);
    return { messages: null, pending, locale: tag, english: false, dir: 'ltr' };
  }
  const catalogue = builtin ? (builtin === 'en' ? null : loaded.get(builtin)) : null;
  const english = !(builtin && (builtin === 'en' || catalogue)) && !own.length;
  const locale = english ? 'en' : tag;
  const english0 = englishNow(locale);
  const parts = [catalogue?.(locale), ...own.map((o) => o(locale))];
  const messages = parts.reduce<Messages>((m, p) => layer(m, p), english0);
  const script = english ? 'Latn' : scriptOf(tag);
  // English's own variants (en-GB) have nothing to mark; a site's partial `en` catalogue neither.
  const englishTexts = english || builtin === 'en' ? null : leftInEnglish(english0, messages, parts);
  c = { messages, pending: null, locale, english, dir: RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr', englishTexts };
  chosen.set(tag, c);
  return c;
}

/**
 * The texts for a language as far as they are loaded now (English for a built-in language whose
 * chunk has not arrived: use `loadMessages()` to wait for it).
 */
export function messagesFor(lang: string): Messages {
  const c = chooseLanguage(lang || 'en');
  return c.messages ?? englishNow(c.locale);
}

/** The texts for a language, loading its chunk first when needed. */
export async function loadMessages(lang: string): Promise<Messages> {
  for (let i = 0; i < 3; i++) {
    const c = chooseLanguage(lang || 'en');
    if (c.messages) return c.messages;
    await c.pending;
  }
  return messagesFor(lang);
}
