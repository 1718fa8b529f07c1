/**
 * schema.org `Event` structured data for search engines: the JSON of an event. A chunk of its own,
 * loaded once the detail has painted (./json-ld-controller.ts writes it into the light DOM).
 */
import type { EvtEvent, EvtPass, EvtSpeaker } from '../../api/schemas.js';
import { currencyCode, offsetFromZoneName, parseUtc, parseWallClock } from '../../internal/format.js';
import { plainText, safeHttpUrl, truncate } from '../../internal/sanitize.js';
import type { RegistrationState } from '../../rules/availability.js';
import { addressLines, clean, isHybrid, isOnline } from '../../rules/place.js';

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * An ISO 8601 date-time with the event's offset ("2026-12-03T09:00:00+01:00"): the wall clock
 * with the offset its UTC instant implies, or the zone name's offset when the instant is missing,
 * or the bare wall clock when neither is known.
 */
export function isoWithOffset(wall: string | null | undefined, utc: string | null | undefined, zoneName?: string | null): string | null {
  const w = parseWallClock(wall);
  const u = parseUtc(utc);
  if (!w) return u ? u.toISOString().replace(/\.000Z$/, 'Z') : null;
  const offset = u ? Math.round((w.getTime() - u.getTime()) / 900_000) * 15 : offsetFromZoneName(zoneName);
  const local = w.toISOString().slice(0, 19);
  if (offset === null) return local;
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

export interface JsonLdInput {
  event: EvtEvent;
  imageUrl: string | null;
  speakers: readonly EvtSpeaker[];
  passes: readonly EvtPass[] | null;
  state: RegistrationState;
  /** The canonical page of the event: `publicEventUrl`, else this page. */
  pageUrl: string | null;
  /** Where visitors register (the register-url, or this page). */
  registerUrl: string | null;
}

type Json = Record<string, unknown>;

const SCHEMA = 'https://schema.org/';

function place(event: EvtEvent): Json | null {
  const b = event.building;
  const name = [event.room?.name, b?.name].map(clean).filter(Boolean).join(', ');
  const lines = addressLines(b);
  if (!name && !lines.length) return null;
  const composite = clean(b?.addressComposite);
  const street = [b?.addressLine1, b?.addressLine2, b?.addressLine3].map(clean).filter(Boolean).join(', ');
  const address: Json = { '@type': 'PostalAddress' };
  if (street) address.streetAddress = street;
  if (clean(b?.city)) address.addressLocality = clean(b?.city);
  if (clean(b?.stateProvince)) address.addressRegion = clean(b?.stateProvince);
  if (clean(b?.postalCode)) address.postalCode = clean(b?.postalCode);
  if (clean(b?.country)) address.addressCountry = clean(b?.country);
  // Only a composite address: schema.org accepts the address as text.
  const addr = Object.keys(address).length > 1 ? address : composite || lines.join(', ') || undefined;
  return { '@type': 'Place', name: name || lines[0], ...(addr ? { address: addr } : {}) };
}

/** The structured data object for an event (and what the page knows about it). */
export function eventJsonLd(i: JsonLdInput): Json {
  const { event } = i;
  const online = isOnline(event);
  const hybrid = isHybrid(event);
  const virtual = { '@type': 'VirtualLocation', url: safeHttpUrl(event.publicEventUrl) ?? i.pageUrl ?? undefined };
  const physical = place(event);
  const location = online ? virtual : hybrid ? [virtual, ...(physical ? [physical] : [])] : physical;

  const data: Json = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.eventName,
    startDate: isoWithOffset(event.startDate, event.startDateUTC, event.timeZoneName) ?? undefined,
    endDate: isoWithOffset(event.endDate, event.endDateUTC, event.timeZoneName) ?? undefined,
    eventAttendanceMode: `${SCHEMA}${online ? 'Online' : hybrid ? 'Mixed' : 'Offline'}EventAttendanceMode`,
    // The API only publishes live events; cancellations are unpublished, not flagged.
    eventStatus: `${SCHEMA}EventScheduled`,
    url: safeHttpUrl(event.publicEventUrl) ?? i.pageUrl ?? undefined,
  };
  if (location) data.location = location;
  // data: URLs (base64 pictures) mean nothing to a crawler.
  if (i.imageUrl && /^https?:/.test(i.imageUrl)) data.image = [i.imageUrl];
  const description = truncate(plainText(event.description), 5000);
  if (description) data.description = description;

  const soldOut = i.state === 'sold-out' || i.state === 'waitlist';
  const availability = (left: boolean) => `${SCHEMA}${left ? 'InStock' : 'SoldOut'}`;
  if (i.passes?.length) {
    const offers = i.passes
      .filter((p) => typeof p.price === 'number')
      .map((p) => {
        const code = currencyCode(p.currencySymbol);
        const left = !soldOut && !(typeof p.numberOfPassesLeft === 'number' && p.numberOfPassesLeft <= 0);
        return {
          '@type': 'Offer',
          name: p.passName ?? undefined,
          price: p.price,
          ...(code ? { priceCurrency: code } : {}),
          availability: availability(left),
          url: i.registerUrl ?? undefined,
        };
      });
    if (offers.length) data.offers = offers;
  } else if (i.passes) {
    data.isAccessibleForFree = true;
  }

  const performers = i.speakers
    .filter((s) => clean(s.name))
    .map((s) => {
      const p: Json = { '@type': 'Person', name: clean(s.name) };
      if (clean(s.title)) p.jobTitle = clean(s.title);
      const links = [s.website, s.blog, s.linkedin].map((u) => safeHttpUrl(u)).filter(Boolean);
      if (links[0]) p.url = links[0];
      if (links.length > 1) p.sameAs = links.slice(1);
      return p;
    });
  if (performers.length) data.performer = performers;
  return data;
}

/**
 * The JSON as script text. `<` is escaped as `\u003c`, so no `</script>` (nor `<!--`) in a name
 * or description can end the data block early; JSON parsers read it back unchanged.
 */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
