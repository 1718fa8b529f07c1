/**
 * Every text a person reads, in one place. English is built in; a site adds or overrides a language
 * with `defineMessages('de', { ... })` (a partial catalogue: missing keys fall back to English).
 * Numbers inside messages go through `Intl` in the reader's locale.
 *
 * Sections: shared, <evt-list>, <evt-detail>, <evt-register>. Keep keys in the section of the
 * element that uses them; shared keys only when two elements really say the same thing.
 */
import { formatNumber } from './format.js';

const english = (lang: string) => {
  const n = (v: number) => formatNumber(lang, v);
  const plural = new Intl.PluralRules(lang);
  const one = (v: number) => plural.select(v) === 'one';
  return {
    // ── shared ────────────────────────────────────────────────────────────────
    loading: 'Loading…',
    retry: 'Try again',
    configError: 'Events cannot be shown here right now.',
    networkError: 'The events could not be loaded. Check your connection and try again.',
    serverError: 'The events service is not answering right now. Please try again in a moment.',
    rateLimited: (seconds: number) => `The events service is busy. Trying again in ${n(seconds)} ${one(seconds) ? 'second' : 'seconds'}…`,
    notFound: 'This event could not be found. It may have been moved or unpublished.',
    online: 'Online',
    hybrid: 'Online and on site',
    placesLeft: (v: number) => `${n(v)} ${one(v) ? 'place' : 'places'} left`,
    waitlist: 'Waitlist',
    soldOut: 'Sold out',
    registrationClosed: 'Registration closed',
    free: 'Free',
    addToCalendar: 'Add to calendar',
    addSessionToCalendar: (name: string) => `Add “${name}” to calendar`,
    eventTypes: {
      100000001: 'Executive briefing',
      100000002: 'Conference',
      100000003: 'Demonstration',
      100000004: 'Training',
      100000005: 'Webcast',
    } as Record<number, string>,
    eventFormats: { 100000001: 'On site', 100000002: 'Webinar', 100000003: 'Hybrid' } as Record<number, string>,
    sessionTypes: {
      100000000: 'Hands-on lab',
      100000001: 'Keynote',
      100000002: 'General',
      100000003: 'Brainstorming',
      100000004: 'Breakout',
      100000005: 'Training',
    } as Record<number, string>,
    // ── <evt-list> ───────────────────────────────────────────────────────────
    // ── <evt-detail> ─────────────────────────────────────────────────────────
    // ── <evt-register> ───────────────────────────────────────────────────────
  };
};

export type Messages = ReturnType<typeof english>;

const catalogues = new Map<string, (lang: string) => Partial<Messages>>();
const resolved = new Map<string, Messages>();

/**
 * Adds or overrides texts for a language ("de", "pt-BR"). `messages` may be an object or a function
 * of the locale (for plurals and numbers).
 */
export function defineMessages(lang: string, messages: Partial<Messages> | ((lang: string) => Partial<Messages>)) {
  catalogues.set(lang.toLowerCase(), typeof messages === 'function' ? messages : () => messages);
  resolved.clear();
}

/** The texts for a locale: its own catalogue, then its base language's ("pt" for "pt-BR"), then English. */
export function messagesFor(lang: string): Messages {
  const key = lang || 'en';
  let m = resolved.get(key);
  if (!m) {
    const lower = key.toLowerCase();
    const base = lower.split('-')[0]!;
    m = { ...english(key), ...catalogues.get(base)?.(key), ...catalogues.get(lower)?.(key) } as Messages;
    resolved.set(key, m);
  }
  return m;
}
