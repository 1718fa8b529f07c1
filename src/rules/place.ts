/**
 * Event rules: where. The place line (room, building, city), the address, "Online" and hybrid,
 * and the building's facilities. Pure: no DOM, no Lit; texts come from the messages given.
 */
import { EventFormat, type EvtBuilding, type EvtEvent, type EvtRoom } from '../api/schemas.js';
import type { Messages } from '../internal/messages.js';

/** A trimmed string; '' for null, missing, or anything that is not a string (never throws in render). */
export const clean = (s: unknown): string => (typeof s === 'string' ? s.trim() : '');
/** One line of text: white space folded. */
const line = (s: unknown): string => clean(s).replace(/\s+/g, ' ');

export const isOnline = (event: EvtEvent) => event.eventFormat === EventFormat.Webinar;
export const isHybrid = (event: EvtEvent) => event.eventFormat === EventFormat.Hybrid;

/** The short place: room, building, city, without repeats (case-insensitive). */
export function placeSummary(room: EvtRoom | null | undefined, b: EvtBuilding | null | undefined): string[] {
  const parts: string[] = [];
  for (const p of [room?.name, b?.name, b?.city]) {
    const v = line(p);
    if (v && !parts.some((x) => x.toLowerCase() === v.toLowerCase())) parts.push(v);
  }
  return parts;
}

/**
 * The building's address as lines. `addressComposite` is whitespace only when empty (older
 * payloads), so the separate lines are the fallback.
 */
export function addressLines(b: EvtBuilding | null | undefined): string[] {
  if (!b) return [];
  const composite = typeof b.addressComposite === 'string' ? b.addressComposite.trim() : '';
  if (composite) return composite.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
  const cityLine = [clean(b.postalCode), clean(b.city)].filter(Boolean).join(' ');
  return [b.addressLine1, b.addressLine2, b.addressLine3, cityLine, b.stateProvince, b.country].map(clean).filter(Boolean);
}

/** The card's place line: the place; "Online" for a webinar; both for a hybrid event. */
export function placeLine(event: EvtEvent, m: Messages): string {
  if (isOnline(event)) return m.online;
  const place = placeSummary(event.room, event.building).join(', ');
  if (isHybrid(event)) return place ? m.listHybridPlace(place) : m.hybrid;
  return place;
}

/** The full location (calendar entries): "Online", or the place and the address. */
export function fullLocation(event: EvtEvent, m: Messages, room = event.room, building = event.building): string {
  if (isOnline(event)) return m.online;
  return [...placeSummary(room, building), ...addressLines(building)].filter((v, i, a) => a.indexOf(v) === i).join(', ');
}

/** The building's facilities as sentences, in a fixed order. Text, never icons alone. */
export function facilities(event: EvtEvent, m: Messages): string[] {
  const b = event.building;
  const out: string[] = [];
  if (b?.disabledAccess || event.room?.disabledAccess) out.push(m.detailFacilityStepFree);
  if (b?.accessibleToilets) out.push(m.detailFacilityToilets);
  if (b?.disabledParking) out.push(m.detailFacilityParking);
  if (b?.wifiAvailable) out.push(clean(b.wifiSSID) ? m.detailFacilityWifiNetwork(clean(b.wifiSSID)) : m.detailFacilityWifi);
  if (b?.publicTelephoneAvailable) out.push(m.detailFacilityTelephone);
  const extra = clean(b?.additionalFacilities);
  if (extra) out.push(extra);
  return out;
}
