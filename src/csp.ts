/**
 * The Content Security Policy a careful site sends, and the exact lines evt-widgets needs in it
 * (`evt-widgets/csp`). Pure functions (no Node, no DOM): the CMS example's server sends them as a
 * header, the snippet builder on the demo site (demo/builder.ts) shows them, and the README quotes
 * them.
 */

export interface CspOptions {
  /** The Events API's origin, e.g. `https://public-eur.mkt.dynamics.com`. */
  apiOrigin: string;
  /** Where evt-widgets.js is served from: `'self'` (default) when the site hosts it, else the CDN's origin. */
  scriptOrigin?: string;
  /** Older payloads carry base64 speaker or sponsor images: allow `data:` images. */
  base64Images?: boolean;
  /** The page may load Lit twice (two evt-widgets files, two versions, or the site's own Lit). */
  allowDuplicates?: boolean;
  /**
   * `<evt-register use-event-form>`: the event's own marketing form through Microsoft's FormLoader.
   * `loaderOrigin`: where the embed's FormLoader `<script src>` is served (script-src; the form's
   * HTML at `data-cached-form-url` is fetched from there too, connect-src); `apiOrigin`: the
   * origin of `data-form-api-url` (connect-src, the submission). `trustedTypes`: the policy names
   * the loader creates (the emulator's stand-in: `d365mkt-forms`, the default); Microsoft does not
   * document its own loader's, so check its console under `require-trusted-types-for` first.
   */
  eventForm?: { loaderOrigin: string; apiOrigin: string; cachedFormOrigin?: string; trustedTypes?: string[] };
}

const isOrigin = (v: unknown) => {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v.replace(/\/$/, '');
  } catch {
    return false;
  }
};

/**
 * The directives evt-widgets needs, as [directive, ...sources]:
 * - script-src: where evt-widgets.js is served from ('self' when the site hosts it, else the CDN's origin);
 * - connect-src and img-src: the Events API origin (data, speaker photos, sponsor logos, QR codes);
 *   `data:` in img-src only for older payloads that carry base64 speaker or sponsor images;
 * - style-src: nothing. Lit's styles are constructable stylesheets, which CSP does not govern;
 * - Trusted Types: Lit's `lit-html` policy and ours, `evt-widgets` (DOMPurify's input only).
 *   `'allow-duplicates'` only when a page may load Lit twice (two evt-widgets files, two
 *   versions, or the site's own Lit): Lit creates its policy once per copy.
 * - with `eventForm` (`use-event-form`): the loader's origin in script-src, the form's API and
 *   cached-form origins in connect-src, and the loader's Trusted Types policy names; our
 *   `evt-widgets` policy then also makes the loader's TrustedScriptURL (only for an embed's URL).
 */
export function evtDirectives({ apiOrigin, scriptOrigin = "'self'", base64Images = false, allowDuplicates = false, eventForm }: CspOptions): [string, ...string[]][] {
  const f = eventForm;
  if (f) {
    for (const [name, v] of Object.entries({ loaderOrigin: f.loaderOrigin, apiOrigin: f.apiOrigin, cachedFormOrigin: f.cachedFormOrigin })) {
      if (v !== undefined && !isOrigin(v)) throw new TypeError(`evtDirectives: eventForm.${name} must be an origin such as https://public-eur.mkt.dynamics.com (scheme and host, no path), not ${JSON.stringify(v)}.`);
    }
  }
  const uniq = (xs: string[]) => [...new Set(xs)];
  return [
    ['script-src', ...uniq([scriptOrigin, ...(f ? [f.loaderOrigin] : [])])],
    ['connect-src', ...uniq([apiOrigin, ...(f ? [f.apiOrigin, f.cachedFormOrigin ?? f.loaderOrigin] : [])])],
    ['img-src', apiOrigin, ...(base64Images ? ['data:'] : [])],
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', 'lit-html', 'evt-widgets', ...(f ? (f.trustedTypes ?? ['d365mkt-forms']) : []), ...(allowDuplicates ? ["'allow-duplicates'"] : [])],
  ];
}

/**
 * A whole strict policy for a page with evt-widgets: nothing allowed by default, the site's own
 * scripts, styles and images from 'self', plus evt-widgets' directives merged in.
 * Returns the header value.
 */
export function strictPolicy(o: CspOptions & { reportUri?: string }): string {
  const d = new Map<string, string[]>([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
  ]);
  for (const [name, ...sources] of evtDirectives(o)) {
    const list = d.get(name) ?? [];
    for (const s of sources) if (!list.includes(s)) list.push(s);
    d.set(name, list);
  }
  if (o.reportUri) d.set('report-uri', [o.reportUri]);
  return [...d].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
