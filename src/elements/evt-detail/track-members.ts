/**
 * `<evt-detail>`'s track memberships: which sessions each track holds (`tracks/{id}/sessions`,
 * one request per track, outbound marketing only), asked for on demand. The agenda's track filter
 * shows the event's tracks at once; what they hold is asked for when the visitor shows intent on
 * the filter (a pointer over it, a pointer down, focus) or picks a track, not when the agenda is
 * merely on screen: on launch day every request counts against the service's limit for everybody
 * (issue 13), and most visitors never filter. The tracks are asked for in parallel, once per
 * event; a failed one is asked for again on the next intent.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventsStore } from '../../api/store.js';
import type { EvtTrack } from '../../api/schemas.js';

/** What is known of a track's sessions: their ids, `'loading'` on its way, `'failed'`. */
export type TrackMembers = ReadonlySet<string> | 'loading' | 'failed';

export class TrackMembersController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #rid = '';
  #known = new Map<string, TrackMembers>();
  #ctrl = new AbortController();
  #inFlight: Promise<unknown> = Promise.resolve();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#reset('');
  }

  /** What is known of each track of the event `rid` (nothing before the first intent). */
  of(rid: string): ReadonlyMap<string, TrackMembers> {
    return rid === this.#rid ? this.#known : new Map();
  }

  /** Settles when every membership asked for has been answered (or has failed). */
  get settled(): Promise<void> {
    return this.#inFlight.then(() => undefined);
  }

  /** The visitor shows intent on the filter: ask for what is not known (or failed) yet. */
  want(store: EventsStore, rid: string, tracks: readonly EvtTrack[]): void {
    if (rid !== this.#rid) this.#reset(rid);
    const ask = tracks.filter((t) => {
      const k = this.#known.get(t.id);
      return k === undefined || k === 'failed';
    });
    if (!ask.length) return;
    for (const t of ask) this.#known.set(t.id, 'loading');
    const { signal } = this.#ctrl;
    const known = this.#known;
    const jobs = ask.map((t) =>
      store.trackSessions(t.id, { signal }).then(
        (sessions) => {
          if (signal.aborted) return;
          // null: the flavour has no such endpoint (the filter is not offered there).
          known.set(t.id, sessions ? new Set(sessions.map((s) => s.id)) : 'failed');
        },
        () => {
          if (!signal.aborted) known.set(t.id, 'failed');
        },
      ),
    );
    this.#inFlight = Promise.all([this.#inFlight, Promise.all(jobs).then(() => signal.aborted || this.#host.requestUpdate())]);
    this.#host.requestUpdate();
  }

  #reset(rid: string) {
    this.#ctrl.abort();
    this.#ctrl = new AbortController();
    this.#rid = rid;
    this.#known = new Map();
    this.#inFlight = Promise.resolve();
  }
}
