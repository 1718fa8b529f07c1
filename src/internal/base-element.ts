import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getStore, type EventsStore } from '../api/store.js';
import { EvtApiError } from '../api/errors.js';
import { resolveConfig, resolveLang } from './config.js';
import { chooseLanguage, textsGeneration, type LanguageChoice, type Messages } from '../i18n/index.js';
import { watchLang } from '../i18n/watch.js';
import { contentLang } from '../i18n/content-lang.js';
import { markEnglish } from '../i18n/mark-english.js';
import { EvtErrorEvent } from './events.js';
import type { TimeMode } from './format.js';
import { baseStyles } from './styles.js';
import { needsSiteOwner } from '../rules/errors.js';

export interface HeadingOptions {
  offset?: number;
  part?: string;
  id?: string;
}

/** What `reload()` takes on every element. */
export interface ReloadOptions {
  /** Ask the service again, bypassing the page's cache (default: what is cached and fresh is used). */
  fresh?: boolean;
}

/**
 * The custom states (`:state(name)` in the page's CSS) the elements set; each element documents
 * the ones it uses with `@cssstate`.
 */
export const EVT_STATES = ['loading', 'loaded', 'error', 'empty', 'not-found', 'closed', 'full', 'form', 'waitlist', 'unavailable', 'sending', 'success'] as const;
export type EvtState = (typeof EVT_STATES)[number];

/**
 * What the three elements share: configuration (endpoint, token, language, time zone, heading
 * level), the page's shared store, messages, and how errors reach the visitor, the site owner and
 * the host page.
 *
 * @cssprop --evt-color-scheme - `light dark` (default: follows the visitor's preference), `light` or `dark`.
 * @cssprop --evt-color-text - Text colour.
 * @cssprop --evt-color-muted - Secondary text (dates, places, counts).
 * @cssprop --evt-color-surface - Background of cards and fields.
 * @cssprop --evt-color-surface-alt - Background of messages, badges and placeholders.
 * @cssprop --evt-color-border - Borders of cards, badges and messages (decoration).
 * @cssprop --evt-color-field-border - Borders of inputs and selects (default at least 3:1 against the surface, light and dark).
 * @cssprop --evt-color-accent - Links, buttons and highlights.
 * @cssprop --evt-color-on-accent - Text on the accent colour.
 * @cssprop --evt-color-danger - Errors, "Sold out".
 * @cssprop --evt-color-success - Confirmations, places left.
 * @cssprop --evt-color-warning - Waitlists and warnings.
 * @cssprop --evt-color-focus - The focus ring (default: the accent colour).
 * @cssprop --evt-radius - Corner radius (default 0.5em).
 * @cssprop --evt-space - The base spacing (default 1em).
 * @cssprop --evt-font-family - Text font (default: the page's).
 * @cssprop --evt-heading-font-family - Heading font (default: the text font).
 * @cssprop --evt-font-size - Text size (default: the page's).
 */
export abstract class EvtElement extends LitElement {
  static override styles = [baseStyles];

  /** The Events API base URL as copied from Dynamics 365 (either flavour). Falls back to the page-wide setting. */
  @property() endpoint?: string;

  /** The web application token. Falls back to the page-wide setting. */
  @property() token?: string;

  /** `event` (default): times in the event's own zone with its label. `local`: in the visitor's zone. */
  @property({ attribute: 'time-zone' }) timeZone: TimeMode = 'event';

  /** The level of the element's top headings (1–6) in the host page's outline. Default 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  // null, not '': a page with no endpoint or token (key '') must still get its configError on first use.
  #storeKey: string | null = null;
  #store: EventsStore | null = null;
  #configError: EvtApiError | null = null;
  #unsubscribe?: () => void;
  #reported = new Set<string>();
  #internals: ElementInternals | null = null;

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      /* an engine without ElementInternals: no :state(), nothing else lost */
    }
  }

  /**
   * Loads the element's data again and resolves when it has settled and rendered. `fresh` asks
   * the service rather than the page's cache (what "Try again" does).
   */
  abstract reload(options?: ReloadOptions): Promise<void>;

  /** Resolves when everything the element is loading has settled (loaded or failed) and rendered. */
  abstract get loadComplete(): Promise<void>;

  /** The custom states that hold now: read after each update and set in one place (`updated`). */
  protected abstract currentStates(): readonly EvtState[];

  #applyStates() {
    const set = this.#internals?.states;
    if (!set) return;
    const on = new Set(this.currentStates());
    for (const name of EVT_STATES) {
      try {
        if (on.has(name)) set.add(name);
        else set.delete(name);
      } catch {
        /* an engine that only accepts the older `--name` form: states are a nicety */
      }
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#applyStates();
  }

  static override get observedAttributes() {
    // `lang` stays the native property; observing it re-renders in the new language.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  // ── language (src/i18n/) ──────────────────────────────────────────────────
  #lang: { tag: string; choice: LanguageChoice; generation: number } | null = null;
  #shown: LanguageChoice | null = null;
  #unwatchLang?: () => void;

  // The choice is cached between updates (texts are read many times per render); an update, a
  // `lang` mutation anywhere up the tree, and any change of the texts (defineMessages(), a
  // catalogue or a part of English arriving, such as the register's answers) look again.
  #language(refresh = false): LanguageChoice {
    if (refresh || !this.#lang || this.#lang.generation !== textsGeneration()) {
      const tag = resolveLang(this);
      this.#lang = { tag, choice: chooseLanguage(tag), generation: textsGeneration() };
    }
    return this.#lang.choice;
  }

  /** The locale texts and formats use. */
  get locale(): string {
    return this.#language().locale;
  }

  /** The texts in `locale` (see `defineMessages()`); the last shown ones while a language loads. */
  get msg(): Messages {
    return this.#language().messages ?? this.#shown?.messages ?? chooseLanguage('en').messages!;
  }

  /**
   * The `lang` for event content: the event's own language when the API says it, else the page's
   * when the interface around it fell back to English (so the content is not claimed English).
   */
  protected contentLang(item: Parameters<typeof contentLang>[0]): string | undefined {
    return contentLang(item) ?? (this.#language().english ? resolveLang(this) : undefined);
  }

  /**
   * Called by the page-wide `lang` observer: re-render when this element's language changed.
   * @internal
   */
  langChanged(): void {
    const before = this.#lang?.choice;
    if (this.#language(true) !== before) this.requestUpdate();
  }

  /** Waits for a language's chunk before rendering, showing a skeleton meanwhile (not English). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.#language(true).pending;
    if (!pending) return super.scheduleUpdate();
    if (!this.hasUpdated && this.renderRoot) {
      render(html`<div part="base loading" class="root" aria-busy="true"><span class="skeleton lang-pending"></span></div>`, this.renderRoot, this.renderOptions);
    }
    return pending.then(() => this.scheduleUpdate());
  }

  protected override update(changed: PropertyValues<this>) {
    super.update(changed);
    // The texts' language on the template's root: lang="en" when the page's language is not one
    // we have, dir="rtl" for Arabic (the host page may be left to right); lang="en" also on any
    // English stand-in for a key the language lacks.
    const c = (this.#shown = this.#language());
    const root = [...this.renderRoot.children].find((e) => e.matches('[part~="base"]'));
    if (c.english) root?.setAttribute('lang', 'en');
    else root?.removeAttribute('lang');
    if (c.dir === 'rtl') root?.setAttribute('dir', 'rtl');
    else root?.removeAttribute('dir');
    markEnglish(this.renderRoot, c.englishTexts);
  }

  /** The shared store for this element's endpoint and token, or null with `configError` set. */
  get store(): EventsStore | null {
    const config = resolveConfig(this, { endpoint: this.endpoint, token: this.token });
    const key = config ? `${config.endpoint}\n${config.token}\n${JSON.stringify(config.tabCache)}` : '';
    if (key !== this.#storeKey) {
      this.#storeKey = key;
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#store = null;
      this.#configError = null;
      if (!config) {
        this.#configError = new EvtApiError(
          'config',
          `<${this.localName}> needs an endpoint and a token: set its endpoint="…" and token="…" attributes, ` +
            'a data-evt-endpoint / data-evt-token attribute on an ancestor, <meta name="evt-endpoint"> and ' +
            '<meta name="evt-token">, or call configure({ endpoint, token }).',
        );
      } else {
        try {
          this.#store = getStore(config);
        } catch (err) {
          this.#configError = err instanceof EvtApiError ? err : new EvtApiError('config', String(err));
        }
      }
      if (this.#configError) this.reportError(this.#configError);
      if (this.#store && this.isConnected) this.#subscribe();
    }
    return this.#store;
  }

  /** Why there is no store (no endpoint or token, or an invalid endpoint), else null. */
  get configError(): EvtApiError | null {
    void this.store;
    return this.#configError;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.#store) this.#subscribe();
    this.#unwatchLang = watchLang(this, this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#unwatchLang?.();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('endpoint') || changed.has('token')) void this.store;
  }

  #subscribe() {
    this.#unsubscribe ??= this.#store?.subscribe(
      (key) => this.storeChanged(key),
      (key) => this.watches(key),
    );
  }

  /**
   * Whether the element shows the store's data under `key` now: what nobody on the page shows is
   * not fetched again after a registration changed it (only when next read). Everything by default.
   */
  protected watches(_key: string): boolean {
    return true;
  }

  /**
   * The store's data under `key` changed (a registration, a background revalidation): re-render by
   * default. An element that reads only some keys may ignore the others (see `EventsStore.keyOf`).
   */
  protected storeChanged(_key: string): void {
    this.requestUpdate();
  }

  /**
   * Tells the host page (`evt-error`) and, for what only the site owner can fix (configuration,
   * token, origin, contract), the console — once per distinct problem. Never logs personal data.
   */
  protected reportError(error: unknown, extra: { readableEventId?: string; errorCode?: string } = {}) {
    const err = error instanceof EvtApiError ? error : null;
    const kind = err?.kind ?? (extra.errorCode ? 'registration' : 'unknown');
    const message = error instanceof Error ? error.message : String(error);
    if (err && needsSiteOwner(err)) {
      const key = `${kind}:${message}`;
      if (!this.#reported.has(key)) {
        this.#reported.add(key);
        console.error(`[evt-widgets] <${this.localName}>: ${message}`);
      }
    }
    if (err?.kind === 'aborted') return;
    this.dispatchEvent(new EvtErrorEvent({ kind, message, ...extra }));
  }

  /** A visitor-facing sentence for an error; site-owner details stay in the console. */
  protected errorMessage(error: unknown): string {
    const m = this.msg;
    const kind = error instanceof EvtApiError ? error.kind : 'network';
    switch (kind) {
      case 'config':
      case 'unauthorized':
      case 'contract':
        return m.configError;
      case 'not-found':
        return m.notFound;
      case 'server':
        return m.serverError;
      case 'rate-limited':
        return m.rateLimited((error as EvtApiError).retryAfter ?? 5);
      default:
        return m.networkError;
    }
  }

  /** A heading at `headingLevel + offset` (clamped to 1–6), as the host page's outline wants it. */
  protected heading(content: unknown, { offset = 0, part = '', id = '' }: HeadingOptions = {}): TemplateResult {
    const level = Math.min(6, Math.max(1, (this.headingLevel || 2) + offset));
    return html`<div role="heading" aria-level=${level} part=${part || 'heading'} id=${id || nothing}>${content}</div>`;
  }
}
