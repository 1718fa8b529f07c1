/**
 * All of English at once (./en.ts and the element parts), and the public `messagesFor()` /
 * `loadMessages()`, which answer with every text whichever elements a page has imported. Not
 * imported by the elements: each adds only its own part (see ./en.ts).
 */
import { en, englishNumbers, type Messages } from './en.js';
import { enList } from './en-list.js';
import { enDetail } from './en-detail.js';
import { enRegister } from './en-register.js';
import { enRegisterAnswers } from './en-register-answers.js';
import { addEnglish, loadMessages as load, messagesFor as texts } from './index.js';

/** The element parts of English (each element module adds its own). */
export const ENGLISH_PARTS = [enList, enDetail, enRegister, enRegisterAnswers] as const;

/** Every English text, in `locale`'s numbers. */
export function enAll(locale: string): Messages {
  const numbers = englishNumbers(locale);
  return Object.assign(en(locale, numbers), ...ENGLISH_PARTS.map((p) => p(numbers))) as Messages;
}

/** The texts for a language as far as they are loaded now (see ./index.ts). */
export function messagesFor(lang: string): Messages {
  addEnglish(...ENGLISH_PARTS);
  return texts(lang);
}

/** The texts for a language, loading its chunk first when needed. */
export function loadMessages(lang: string): Promise<Messages> {
  addEnglish(...ENGLISH_PARTS);
  return load(lang);
}
