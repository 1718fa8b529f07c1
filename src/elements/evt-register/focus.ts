/**
 * Where focus goes in `<evt-register>` after each change: to the error summary after a refused
 * submit, to the notice after a failed attempt, to the confirmation after a success, to a new
 * attendee's first field, to the first field when asked (`focus()`, `<evt-detail>`'s "Register").
 *
 * Focus never falls to `<body>`: when the focused node leaves the DOM with nothing asked for
 * (the notice with "Try again" goes away as the retry starts), focus moves to the nearest
 * meaningful place (the submit button, which stays focusable while sending, then the
 * confirmation or the message shown instead of the form).
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Where focus goes after the next render. */
export type FocusTarget = { id: string } | { part: 'error-summary' | 'notice' | 'success' | 'first' | 'submit' };

export interface FocusOptionsOf {
  /** The form's data is there: targets exist only then. */
  ready(): boolean;
}

const FALLBACK = '[part~="submit"], [part~="success"], [part~="payment"], [part~="message"], [part~="notice"]';

export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #o: FocusOptionsOf;
  #target: FocusTarget | null = null;
  #options?: FocusOptions;
  #scroll = false;
  #had: Element | null = null;

  constructor(host: ReactiveElement, options: FocusOptionsOf) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** Focus `target` after the next render. */
  request(target: FocusTarget, options?: FocusOptions): void {
    this.#target = target;
    this.#options = options;
    this.#host.requestUpdate();
  }

  /** Scroll the element into view and focus its first field once the data is there. */
  requestScroll(): void {
    this.#scroll = true;
    this.#host.requestUpdate();
  }

  get #root(): ShadowRoot {
    return this.#host.renderRoot as ShadowRoot;
  }

  hostUpdate(): void {
    this.#had = this.#root.activeElement ?? null;
  }

  hostUpdated(): void {
    const root = this.#root;
    const had = this.#had;
    this.#had = null;
    let options = this.#options;
    if (this.#scroll && this.#o.ready()) {
      this.#scroll = false;
      this.#target ??= { part: 'first' };
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.#host.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      options = { preventScroll: true };
    }
    const target = this.#target;
    if (!target || !this.#o.ready()) {
      // What had focus is gone (re-rendered away): never leave it to <body>.
      if (had && !had.isConnected && !root.activeElement) root.querySelector<HTMLElement>(FALLBACK)?.focus({ preventScroll: true });
      return;
    }
    this.#target = null;
    this.#options = undefined;
    this.#find(target)?.focus(options);
  }

  #find(target: FocusTarget): HTMLElement | null {
    const root = this.#root;
    if ('id' in target) return root.getElementById(target.id);
    switch (target.part) {
      case 'first':
        return (
          root.querySelector<HTMLElement>('[part~="success"], [part~="payment"]') ??
          root.querySelector<HTMLElement>('form input:not([disabled]), form select') ??
          root.querySelector<HTMLElement>('[part~="message"]')
        );
      case 'success':
        return root.querySelector('[part~="success"], [part~="payment"]');
      default:
        return root.querySelector(`[part~="${target.part}"]`);
    }
  }
}
