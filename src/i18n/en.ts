/**
 * English: the source of truth. Every key of every language is a key of English, and `Messages`
 * (the type a site's `defineMessages()` fills) is its shape.
 *
 * English is split by element so that a page downloads only the texts of the elements on it:
 * this module has the texts two or more elements show (in the shared chunk); ./en-list.ts,
 * ./en-detail.ts and ./en-register.ts have those only one element shows, each in its element's
 * chunk, added by the element's own module (`addEnglish()`, ./index.ts). ./en-all.ts puts them
 * together (the public `messagesFor()`, the catalogue tests). The other languages stay one file each.
 *
 * A message with a value is a function, with plurals through `Intl.PluralRules('en')` and numbers
 * through `Intl.NumberFormat` of the page's English locale (`en-GB`, `en-IN`, …).
 *
 * Keep a key in the part of the element that uses it (keys keep their element's prefix); a key
 * goes here only when two elements really say the same thing (`listHybridPlace` is here because
 * rules/place.ts writes the place line of both the list and the detail).
 * This module imports nothing at run time, like every catalogue (see ./index.ts for why).
 */
import type { enList } from './en-list.js';
import type { enDetail } from './en-detail.js';
import type { enRegister } from './en-register.js';
import type { enRegisterAnswers } from './en-register-answers.js';

/** How English writes a number and tells one from many, given to every part of English. */
export interface EnglishNumbers {
  n: (v: number) => string;
  one: (v: number) => boolean;
}

/** The numbers of an English locale (`en-GB`, `en-IN`, …); the plural rules are English's own. */
export function englishNumbers(locale: string): EnglishNumbers {
  const nf = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules('en');
  return { n: (v) => nf.format(v), one: (v) => plural.select(v) === 'one' };
}

/** The shared texts; `numbers` defaults to `locale`'s. */
export function en(locale: string, { n, one }: EnglishNumbers = englishNumbers(locale)) {
  return {
    loading: 'Loading…',
    retry: 'Try again',
    configError: 'Events cannot be shown here right now.',
    networkError: 'The events could not be loaded. Check your connection and try again.',
    serverError: 'The events service is not answering right now. Please try again in a moment.',
    // A long Retry-After (the service's window is five minutes) reads in minutes, not "300 seconds".
    rateLimited: (seconds: number) =>
      seconds < 90
        ? `The events service is busy. Trying again in ${n(seconds)} ${one(seconds) ? 'second' : 'seconds'}…`
        : `The events service is busy. Trying again in ${n(Math.ceil(seconds / 60))} ${one(Math.ceil(seconds / 60)) ? 'minute' : 'minutes'}…`,
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
    listHybridPlace: (place: string) => `${place} and online`,
  };
}

export type Messages = ReturnType<typeof en> &
  ReturnType<typeof enList> &
  ReturnType<typeof enDetail> &
  ReturnType<typeof enRegister> &
  ReturnType<typeof enRegisterAnswers>;
