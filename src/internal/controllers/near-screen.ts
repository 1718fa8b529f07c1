/**
 * Tells its host once when a part of its shadow root comes near the screen (within 200 px,
 * an IntersectionObserver's margin): what only that part shows is asked for then, not on load
 * (`<evt-detail>`'s track memberships for the agenda's filter). Without IntersectionObserver it
 * says so at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class NearScreenController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  readonly #selector: string;
  #io: IntersectionObserver | null = null;
  #target: Element | null = null;
  /** The part has come near the screen (stays true). */
  near = typeof IntersectionObserver !== 'function';

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.near) return;
    const target = this.#host.renderRoot.querySelector(this.#selector);
    if (target === this.#target) return;
    this.#io?.disconnect();
    this.#target = target;
    if (!target) return;
    this.#io = new IntersectionObserver(
      (records) => {
        if (!records.some((r) => r.isIntersecting)) return;
        this.near = true;
        this.#stop();
        this.#host.requestUpdate();
      },
      { rootMargin: '200px 0px' },
    );
    this.#io.observe(target);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop() {
    this.#io?.disconnect();
    this.#io = null;
    this.#target = null;
  }
}
