/**
 * Where the elements get their texts: the catalogues live in src/i18n/ (English in en.ts, one
 * module per built-in language, resolution and loading in index.ts). This module keeps the import
 * path the elements and sites already use.
 */
export { defineMessages, messagesFor, loadMessages, chooseLanguage, type Messages, type LanguageChoice } from '../i18n/index.js';
