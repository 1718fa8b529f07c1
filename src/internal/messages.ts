/**
 * Where sites and tests get texts: the catalogues live in src/i18n/ (English in en.ts and its
 * element parts, one module per built-in language, resolution and loading in index.ts). The
 * `messagesFor()` / `loadMessages()` here answer with all of English (../i18n/en-all.ts); the
 * elements import ../i18n/index.js directly, so that their chunks hold only their own English.
 */
export { defineMessages, chooseLanguage, type Messages, type LanguageChoice } from '../i18n/index.js';
export { messagesFor, loadMessages } from '../i18n/en-all.js';
