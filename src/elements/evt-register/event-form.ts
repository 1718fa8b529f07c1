/**
 * `<evt-register use-event-form>`: the event's own marketing form (`registrationForm`), rendered
 * through Microsoft's FormLoader the way their portal does (contract §8 "Registration with a
 * marketing form"), instead of our form. What lives here:
 * - `parseFormEmbed`: reads the embed WITHOUT running or parsing it as HTML (no innerHTML, no
 *   DOMParser: Chromium would send a CSP report for every inline handler it parses). A small
 *   tokenizer takes the attributes of the `[data-form-id]` tag and the loader's `<script src>`;
 *   every URL must be https (http only on localhost, for the emulator).
 * - `loadFormLoader`: the loader script, once per page, through `document.createElement('script')`
 *   with its `src` a TrustedScriptURL of our `evt-widgets` policy, which accepts only a URL taken
 *   from an event's embed (src/internal/sanitize.ts). The embed's HTML is never injected.
 * - what it needs of the rest of evt-widgets (the rules of availability, our Trusted Types policy
 *   for the loader's URL, the portal's extra values, the `evt-registered` event and the redirect's
 *   URL check) the element hands in (`EventFormOptions`, built by ./event-form-options.ts): this
 *   module imports nothing at run time, so it is one file, `dist/event-form.js`, that the chunked
 *   files and the self-contained file both load beside them, and only with `use-event-form`.
 * - `EventFormController`: mounts `d365mktforms.createForm(...)` in the LIGHT DOM of the element
 *   (slotted into the shadow root's `event-form` slot). Light DOM because the form is the
 *   organiser's design: Microsoft's form styles and the site's own CSS for marketing forms are
 *   document styles and do not pierce a shadow root, and the loader expects its forms in the
 *   document. It turns the form's events into ours and falls back to our form when the loader
 *   fails (with a console note).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EvtEvent } from '../../api/schemas.js';
import type { EvtRegisteredDetail } from '../../internal/events.js';
import type { Availability, RegistrationState } from '../../rules/availability.js';
import type { RegistrationData } from './request.js';
import type { Loaded } from './types.js';

/** What the element needs of an embed: Microsoft's createForm arguments and the loader's URL. */
export interface FormEmbed {
  formId: string;
  /** `data-form-api-url`: `…/forms/{formId}`. */
  apiUrl: string;
  /** `data-cached-form-url`: the form's HTML. */
  cachedFormUrl: string;
  /** The FormLoader `<script src>`. */
  loaderUrl: string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (v: string) =>
  v.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });

/** The start tags of a piece of HTML with their attributes (names lower-cased, values decoded). */
function* startTags(source: string): Generator<{ name: string; attrs: Map<string, string> }> {
  const tag = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attr = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(tag)) {
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(attr)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decode(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    yield { name: m[1]!.toLowerCase(), attrs };
  }
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An absolute https URL (http on localhost, for the emulator), else null: stricter than the
 * http(s) rule of every other URL (`safeHttpUrl`), since this one loads a script.
 */
export function formUrl(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return null;
  }
  return u.protocol === 'https:' || (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname)) ? u.href : null;
}

/**
 * The embed of an event (`registrationForm`) as createForm's arguments, or why it cannot be used
 * (a sentence for the console). Reads tags and attributes only: nothing is parsed as a document,
 * nothing runs. `data-form-block-id`/`form-id` are not enough (contract §4): createForm needs the
 * API and cached URLs.
 */
export function parseFormEmbed(html: string | null | undefined): FormEmbed | { problem: string } | null {
  if (typeof html !== 'string' || !html.trim()) return null;
  let placeholder: Map<string, string> | undefined;
  let loader: string | undefined;
  for (const t of startTags(html)) {
    if (!placeholder && t.attrs.has('data-form-id')) placeholder = t.attrs;
    if (!loader && t.name === 'script' && t.attrs.get('src')) loader = t.attrs.get('src');
  }
  if (!placeholder) return { problem: 'it has no element with data-form-id' };
  const formId = placeholder.get('data-form-id')!.trim();
  const apiUrl = formUrl(placeholder.get('data-form-api-url'));
  const cachedFormUrl = formUrl(placeholder.get('data-cached-form-url'));
  const loaderUrl = formUrl(loader);
  if (!formId) return { problem: 'its data-form-id is empty' };
  if (!apiUrl) return { problem: 'its data-form-api-url is missing or not an https URL' };
  if (!/\/forms\/[^/]+$/.test(new URL(apiUrl).pathname)) return { problem: 'its data-form-api-url does not end in /forms/{formId}' };
  if (!cachedFormUrl) return { problem: 'its data-cached-form-url is missing or not an https URL' };
  if (!loaderUrl) return { problem: 'its FormLoader <script src> is missing or not an https URL' };
  return { formId, apiUrl, cachedFormUrl, loaderUrl };
}

interface FormsGlobal {
  d365mktforms?: { createForm(formId: string, apiBase: string, formUrl: string): HTMLElement };
  MsCrmMkt?: { MsCrmFormLoader?: { uiLanguage?: string } };
}
const g = globalThis as unknown as FormsGlobal;

const loaders = new Map<string, Promise<void>>();

/**
 * Loads Microsoft's FormLoader once per page (per URL); rejects when it cannot be loaded.
 * `scriptUrl` makes the URL a script's `src` (our Trusted Types policy: `formLoaderScriptUrl`).
 */
export function loadFormLoader(url: string, scriptUrl: (url: string) => string): Promise<void> {
  if (g.d365mktforms) return Promise.resolve();
  let p = loaders.get(url);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      // Throws under Trusted Types when the page's CSP does not list our policy.
      script.src = scriptUrl(url);
      script.async = true;
      script.addEventListener('load', () => (g.d365mktforms ? resolve() : reject(new Error(`${url} loaded but defined no d365mktforms`))));
      script.addEventListener('error', () => reject(new Error(`${url} could not be loaded (network, or the page's CSP script-src)`)));
      document.head.append(script);
    });
    // A failure may be passing (offline): the next mount tries again.
    p.catch(() => loaders.delete(url));
    loaders.set(url, p);
  }
  return p;
}

export type EventFormStatus = 'loading' | 'ready' | 'failed';

/** What the element shows the event's form with. */
export interface Wanted {
  rid: string;
  event: EvtEvent;
  embed: FormEmbed;
  data: RegistrationData;
  lang: string;
  availability: RegistrationState;
}

export interface EventFormOptions {
  /** What the shown event's form needs (`decide`), when it is to be shown; else null. */
  wanted(): Wanted | null;
  /** The portal's extra values for a submission now (`formExtraValues` of ./request.ts). */
  extraValues(data: RegistrationData): Record<string, string | boolean>;
  /** The event's registration state for a form that brings its own captcha (src/rules/availability.ts). */
  availability(loaded: Loaded): Availability;
  /** The FormLoader's URL as a script's `src` (`formLoaderScriptUrl`: our Trusted Types policy). */
  scriptUrl(url: string): string;
  /**
   * The form registered someone: the element says so (`evt-registered` with `detail`), follows the
   * form's `redirectUrl` when it is an http(s) URL, and the page's data about the event goes stale.
   */
  registered(detail: EvtRegisteredDetail, redirectUrl: string | null): void;
  /** The element was told the loader failed (a console note): it shows our form again. */
  failed(message: string): void;
}

const keyOf = (rid: string, embed: FormEmbed, lang: string) =>
  JSON.stringify([rid, embed.formId, embed.apiUrl, embed.cachedFormUrl, embed.loaderUrl, lang]);

interface Mounted {
  key: string;
  rid: string;
  slot: HTMLElement;
  status: EventFormStatus;
  /** The form registered someone: its confirmation stays, whatever the places left now say. */
  submitted: boolean;
}

/** Mounts the event's form in the host's light DOM and turns its events into ours. */
export class EventFormController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #o: EventFormOptions;
  #mounted: Mounted | null = null;
  /** Keys (event and embed) whose loader failed in this element: our form stays for them. */
  #failed = new Set<string>();
  #embedProblems = new Set<string>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: EventFormOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /**
   * Whether the loaded event shows its own form, and what it needs: a usable embed (else a console
   * note, once per event), a place to take or a waitlist to join (the form carries its own
   * captcha), and no failed loader for it here. After a submit the form stays for its confirmation,
   * also when that registration filled or closed the event.
   */
  decide(loaded: Loaded, lang: string): Wanted | null {
    const { event } = loaded.data;
    const embed = parseFormEmbed(event.registrationForm);
    if (!embed) return null;
    if ('problem' in embed) {
      if (!this.#embedProblems.has(loaded.rid)) {
        this.#embedProblems.add(loaded.rid);
        console.warn(`<evt-register use-event-form>: the registrationForm of ${loaded.rid} cannot be used: ${embed.problem}; showing evt-widgets' own form instead.`);
      }
      return null;
    }
    const { state: availability, canRegister } = this.#o.availability(loaded);
    if (!canRegister && !this.submitted(loaded.rid)) return null;
    if (this.#failed.has(keyOf(loaded.rid, embed, lang))) return null;
    return { rid: loaded.rid, event, embed, data: loaded.data, lang, availability };
  }

  /** The shown form of this event registered someone (its confirmation is on screen). */
  submitted(rid: string): boolean {
    return !!this.#mounted?.submitted && this.#mounted.rid === rid;
  }

  get status(): EventFormStatus | null {
    return this.#mounted?.status ?? null;
  }

  hostUpdated(): void {
    const w = this.#o.wanted();
    const key = w ? keyOf(w.rid, w.embed, w.lang) : null;
    if (!w || !key || this.#failed.has(key)) return this.#unmount();
    if (this.#mounted?.key === key && this.#mounted.slot.isConnected) return;
    this.#unmount();
    this.#mount(key, w);
  }

  hostDisconnected(): void {
    this.#unmount();
  }

  #unmount() {
    this.#mounted?.slot.remove();
    this.#mounted = null;
  }

  #fail(key: string, why: string) {
    this.#failed.add(key);
    if (this.#mounted?.key === key) this.#unmount();
    this.#o.failed(why);
    this.#host.requestUpdate();
  }

  #mount(key: string, w: Wanted) {
    const slot = document.createElement('div');
    slot.slot = 'event-form';
    slot.className = 'evt-event-form';
    slot.setAttribute('data-readable-event-id', w.rid);
    this.#host.append(slot);
    const m: Mounted = { key, rid: w.rid, slot, status: 'loading', submitted: false };
    this.#mounted = m;
    const mine = () => this.#mounted === m;
    const { embed } = w;
    // The portal sets the language before the form loads; set before the script too (the loader
    // keeps an existing MsCrmMkt.MsCrmFormLoader).
    const setLang = () => {
      const mkt = (g.MsCrmMkt ??= {});
      (mkt.MsCrmFormLoader ??= {}).uiLanguage = w.lang;
    };
    setLang();
    loadFormLoader(embed.loaderUrl, this.#o.scriptUrl)
      .then(() => {
        if (!mine()) return;
        setLang();
        const form = g.d365mktforms!.createForm(embed.formId, embed.apiUrl.replace(/\/forms\/[^/]+$/, ''), embed.cachedFormUrl);
        form.addEventListener('d365mkt-afterformload', (e) => {
          const error = (e as CustomEvent<{ error?: string }>).detail?.error;
          if (error && mine()) this.#fail(key, `the form ${embed.formId} could not be loaded (${error})`);
        });
        form.addEventListener('d365mkt-formsubmit', (e) => {
          const detail = (e as CustomEvent<{ setExtraValue?(name: string, value: unknown): void }>).detail;
          // The values of now: the places left may have changed since the form was shown.
          const extra = this.#o.extraValues(this.#o.wanted()?.data ?? w.data);
          for (const [name, value] of Object.entries(extra)) detail?.setExtraValue?.(name, value);
        });
        form.addEventListener('d365mkt-afterformsubmit', (e) => this.#afterSubmit(m, w, e as CustomEvent<AfterSubmitDetail>));
        slot.append(form);
        m.status = 'ready';
        this.#host.requestUpdate();
      })
      .catch((err: unknown) => {
        if (mine()) this.#fail(key, err instanceof Error ? err.message : String(err));
      });
  }

  #afterSubmit(m: Mounted, w: Wanted, e: CustomEvent<AfterSubmitDetail>) {
    const d = e.detail;
    if (!d?.successful) return;
    m.submitted = true;
    const p = d.payload ?? {};
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    let sessions: { sessionId?: unknown; waitlisted?: unknown }[] = [];
    try {
      const raw = p.d365mktEvent_attendeeSessions;
      const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
      if (Array.isArray(parsed)) sessions = parsed as typeof sessions;
    } catch {
      // Ours, so always JSON; another listener may have replaced it: no sessions then.
    }
    const waitlisted = p.d365mktEvent_waitlisted === true || p.d365mktEvent_waitlisted === 'true';
    this.#o.registered(
      {
        readableEventId: w.rid,
        result: { status: 'Success', redirectUrl: d.redirectUrl ?? undefined },
        attendees: [{ firstName: str(p.firstname), lastName: str(p.lastname), email: str(p.emailaddress1), waitlisted }],
        sessionIds: sessions.map((s) => s.sessionId).filter((id): id is string => typeof id === 'string'),
        recovered: false,
        alreadyRegistered: false,
        formId: w.embed.formId,
      },
      d.redirectUrl ?? null,
    );
  }
}

interface AfterSubmitDetail {
  successful?: boolean;
  payload?: Record<string, unknown>;
  redirectUrl?: string | null;
}
