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
}

/**
 * The directives evt-widgets needs, as [directive, ...sources]:
 * - script-src: where evt-widgets.js is served from ('self' when the site hosts it, else the CDN's origin);
 * - connect-src and img-src: the Events API origin (data, speaker photos, sponsor logos, QR codes);
 *   `data:` in img-src only for older payloads that carry base64 speaker or sponsor images;
 * - style-src: nothing. Lit's styles are constructable stylesheets, which CSP does not govern;
 * - Trusted Types: Lit's `lit-html` policy and ours, `evt-widgets` (DOMPurify's input only).
 *   `'allow-duplicates'` only when a page may load Lit twice (two evt-widgets files, two
 *   versions, or the site's own Lit): Lit creates its policy once per copy.
 */
export function evtDirectives({ apiOrigin, scriptOrigin = "'self'", base64Images = false, allowDuplicates = false }: CspOptions): [string, ...string[]][] {
  return [
    ['script-src', scriptOrigin],
    ['connect-src', apiOrigin],
    ['img-src', apiOrigin, ...(base64Images ? ['data:'] : [])],
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', 'lit-html', 'evt-widgets', ...(allowDuplicates ? ["'allow-duplicates'"] : [])],
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
