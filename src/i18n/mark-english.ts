/**
 * Marks `lang="en"` on the parts of an element's shadow tree whose text is an English stand-in for
 * a key its language lacks (LanguageChoice.englishTexts), so a screen reader says them in English.
 * Runs after each render, and only when the language lacks keys (a key added to English and not
 * yet translated, or a site's partial catalogue): the built-in catalogues are complete.
 */
const marked = new WeakMap<Node, Element[]>();
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function markEnglish(root: ParentNode, texts: ReadonlySet<string> | null | undefined): void {
  const before = marked.get(root) ?? [];
  for (const el of before) el.removeAttribute('lang');
  if (!texts?.size) {
    marked.delete(root);
    return;
  }
  const now: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (const el of parent.children) {
      // Event content carries its own language; the template's root carries the page's.
      if (el.hasAttribute('lang') && !el.matches('[part~="base"]')) continue;
      if (texts.has(norm(el.textContent)) || texts.has(norm(el.getAttribute('aria-label')))) {
        el.setAttribute('lang', 'en');
        now.push(el);
      } else visit(el);
    }
  };
  visit(root);
  marked.set(root, now);
}
