export interface EvtCspOptions {
  /** The Events API's origin, e.g. https://contoso.crm4.dynamics.com (no path). */
  apiOrigin: string;
  /** Where evt-widgets.js is served from: "'self'" (default) or a CDN origin. */
  scriptOrigin?: string;
  /** Allow `data:` images (older payloads with base64 speaker or sponsor pictures). */
  base64Images?: boolean;
  /** Add 'allow-duplicates' to trusted-types (a page that may load Lit twice). */
  allowDuplicates?: boolean;
  /** `<evt-register use-event-form>`: the FormLoader's origin, the form API's, the cached form's, the loader's Trusted Types names. */
  eventForm?: { loaderOrigin: string; apiOrigin: string; cachedFormOrigin?: string; trustedTypes?: string[] };
}
export function evtDirectives(o: EvtCspOptions): [string, ...string[]][];
export function strictPolicy(o: EvtCspOptions & { reportUri?: string }): string;
