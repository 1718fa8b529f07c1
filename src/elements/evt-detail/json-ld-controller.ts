/**
 * Keeps `<evt-detail>`'s schema.org JSON-LD in the light DOM (crawlers do not read shadow roots): a
 * `<script type="application/ld+json">` child it creates, updates and removes; the JSON is set as
 * text, never parsed as HTML. The JSON itself is made by ./json-ld.ts, loaded with `import()` when
 * the browser is idle after the first paint (a first paint never waits for it; the calendar
 * writer, src/internal/ics-writer.ts, is loaded the same way on its first click); from then on
 * every update writes at once. Always written: the controller asks again once the chunk is there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonScriptText } from '../../internal/sanitize.js';
import type { JsonLdInput } from './json-ld.js';

type Writer = typeof import('./json-ld.js');
let writer: Writer | null = null;
let loading: Promise<Writer> | null = null;

/** Loads the JSON-LD writer once; a chunk that fails to load says so, and a later update tries again. */
function loadWriter(): Promise<Writer> {
  return (loading ??= import('./json-ld.js').then(
    (m) => (writer = m),
    (err: unknown) => {
      loading = null;
      console.warn('[evt-widgets] The structured data (JSON-LD) of <evt-detail> could not be written: its code did not load.', err);
      throw err;
    },
  ));
}

/** After the first paint, when the browser has a moment (a timer where `requestIdleCallback` is missing: Safari). */
const whenIdle = (run: () => void) => {
  const idle = (globalThis as { requestIdleCallback?: (f: () => void, o: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(run, { timeout: 2000 });
  else setTimeout(run, 50);
};

/** Set once the page has refused our JSON-LD script text (Trusted Types without our policy). */
let refused = false;

export class JsonLdController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #input: () => JsonLdInput | null;
  #script: HTMLScriptElement | null = null;
  #waiting = false;

  /** `input`: what the JSON describes, or null when there is nothing to describe (no script then). */
  constructor(host: ReactiveControllerHost & HTMLElement, input: () => JsonLdInput | null) {
    this.#host = host;
    this.#input = input;
    host.addController(this);
  }

  hostUpdated(): void {
    if (writer) return this.#write();
    if (!this.#host.isConnected || this.#waiting || !this.#input()) return this.#remove();
    this.#waiting = true;
    whenIdle(() => {
      void loadWriter().then(
        () => ((this.#waiting = false), this.#write()),
        () => (this.#waiting = false),
      );
    });
  }

  hostDisconnected(): void {
    this.#remove();
  }

  #write(): void {
    const input = this.#host.isConnected ? this.#input() : null;
    if (!input || !writer) return this.#remove();
    if (refused) return;
    const text = writer.jsonLdText(writer.eventJsonLd(input));
    this.#script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    this.#script.setAttribute('data-evt-detail', '');
    try {
      if (this.#script.textContent !== text) this.#script.textContent = jsonScriptText(text);
    } catch {
      // The page enforces Trusted Types without allowing our policy: structured data is optional,
      // and asking again on every render would only fill the page's CSP reports.
      refused = true;
      this.#script = null;
      return;
    }
    if (this.#script.parentNode !== this.#host) this.#host.append(this.#script);
  }

  #remove(): void {
    // The structured data describes what is on the page: it leaves with the element.
    this.#script?.remove();
    this.#script = null;
  }
}
