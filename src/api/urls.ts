/**
 * URLs for `<img src>` and links, built from API data: speaker photos, sponsor logos, event
 * banners, the event's QR code, inline base64 pictures, and the http(s)-only check every link
 * passes. Pure functions of the store's endpoint; no requests, no cache. Image URLs never carry
 * `emApplicationtoken`: the service serves images without it (Microsoft's portal and web app load
 * them so), and a token in an image URL ends up in logs, caches and Referer headers. `EventsStore`
 * exposes them as methods (`store.speakerImageUrl(…)` and so on), so the elements need only the store.
 */
import type { Endpoint } from './endpoint.js';
import type { EvtEvent, EvtSpeaker, EvtSponsorship } from './schemas.js';

/** What the URL helpers need from a store. */
export interface UrlContext {
  endpoint: Endpoint;
}

/** An image on the API (logo, QR code) for `<img src>`, without the token. */
const apiImage = (ctx: UrlContext, path: string) => new URL(path, ctx.endpoint.base).href;

const IMAGE_MAGIC: [string, string][] = [
  ['/9j/', 'jpeg'],
  ['iVBORw0KGgo', 'png'],
  ['R0lGOD', 'gif'],
  ['UklGR', 'webp'], // RIFF…WEBP: "WEBP" is bytes 8-11, base64 characters 12-15 below
];

/**
 * A `data:` URL for a base64 picture (older payloads' `image`), only when it is valid base64 of a
 * JPEG, PNG, GIF or WebP (recognised by its first bytes); anything else is null. A `data:image/…`
 * prefix is accepted and replaced.
 */
export function base64Image(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.replace(/^\s*data:image\/[\w.+-]+;base64,/i, '').replace(/\s+/g, '');
  if (s.length < 16 || s.length % 4 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return null;
  const type = IMAGE_MAGIC.find(([m, t]) => s.startsWith(m) && (t !== 'webp' || s.slice(12, 16) === 'RUJQ'))?.[1];
  return type ? `data:image/${type};base64,${s}` : null;
}

/** The URL when it is an absolute http(s) URL, else null (no `javascript:`, `data:` or relative URLs). */
export function safeUrl(u: unknown): string | null {
  if (typeof u !== 'string') return null;
  try {
    const url = new URL(u.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An image URL from the API, resolved against the base (OM's `imageUrl` is relative); http(s) only. */
function resolveImageUrl(ctx: UrlContext, u: string): string | null {
  let url: URL;
  try {
    url = new URL(u.trim(), ctx.endpoint.base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href;
}

/**
 * A speaker's photo: `imageUrl` (relative to the base in OM, resolved; an absolute http(s) URL is
 * kept), else a valid base64 `image` as a `data:` URL, else null.
 */
export function speakerImageUrl(ctx: UrlContext, speaker: Pick<EvtSpeaker, 'imageUrl' | 'image'> | null | undefined): string | null {
  if (!speaker) return null;
  return (speaker.imageUrl ? resolveImageUrl(ctx, speaker.imageUrl) : null) ?? base64Image(speaker.image);
}

/** A sponsor's logo: a valid base64 `image` (Portal API), else `sponsorships/{id}/logo`. */
export function sponsorLogoUrl(ctx: UrlContext, sponsorship: string | Pick<EvtSponsorship, 'id' | 'image'> | null | undefined): string | null {
  if (!sponsorship) return null;
  const id = typeof sponsorship === 'string' ? sponsorship : sponsorship.id;
  const inline = typeof sponsorship === 'string' ? null : base64Image(sponsorship.image);
  return inline ?? (id ? apiImage(ctx, `sponsorships/${encodeURIComponent(id)}/logo`) : null);
}

/** The event's QR code (real-time journeys only; null for outbound marketing). */
export function qrCodeUrl(ctx: UrlContext, readableEventId: string): string | null {
  return ctx.endpoint.flavour === 'rtm' && readableEventId ? apiImage(ctx, `events/${encodeURIComponent(readableEventId)}/qrcode`) : null;
}

/** The event's banner: an absolute http(s) `image`, or a valid base64 picture; else null. */
export function eventImageUrl(event: Pick<EvtEvent, 'image'> | null | undefined): string | null {
  const img = event?.image;
  return typeof img === 'string' ? (safeUrl(img) ?? base64Image(img)) : base64Image(img?.image);
}
