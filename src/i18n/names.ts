/**
 * The built-in languages by the names their speakers use, for menus (the snippet builder, a site's
 * language switcher). Kept apart from ./index.ts so the elements' bundle does not carry them;
 * test/i18n checks that it names exactly the built-in languages.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  'pt-BR': 'Português (Brasil)',
  pl: 'Polski',
  sv: 'Svenska',
  ja: '日本語',
  'zh-CN': '简体中文',
  ar: 'العربية',
};
