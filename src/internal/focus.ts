/**
 * Focus that must not fall to `<body>` (WCAG 2.4.3): where an element parks focus while what the
 * visitor acted on is replaced (a "Try again" button by a loading skeleton), and whether focus has
 * been lost at all (on `<body>`, or left on an element whose shadow content went away).
 */

/** Focuses the element's `.root` (made focusable by script only) without scrolling. */
export function holdFocus(renderRoot: ParentNode): void {
  const root = renderRoot.querySelector<HTMLElement>('.root');
  if (!root) return;
  if (root.tabIndex < 0) root.tabIndex = -1;
  root.focus({ preventScroll: true });
}

/**
 * Focus is nowhere meaningful: on `<body>` (or nothing), or on a host among `hosts` whose shadow
 * root no longer holds a focused node (its content was replaced under the visitor).
 */
export function focusIsLost(hosts: readonly string[] = []): boolean {
  const a = document.activeElement;
  if (!a || a === document.body || a === document.documentElement) return true;
  return hosts.includes(a.localName) && !a.shadowRoot?.activeElement;
}
