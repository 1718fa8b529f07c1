/**
 * Compile-time checks of the inferred types (`npm run typecheck`): if a schema change turned a
 * type into `any` or lost a field, an `@ts-expect-error` below becomes unused and tsc fails.
 */
import { expect } from '@open-wc/testing';
import type {
  EvtEvent, EvtSession, EvtSpeaker, EvtPass, EvtBuilding, EvtCustomField, RegistrationRequest, RegistrationResult, ErrorCode,
} from '../../src/api/schemas.js';
import type { EventsStore } from '../../src/api/store.js';

declare const event: EvtEvent;
declare const session: EvtSession;
declare const speaker: EvtSpeaker;
declare const pass: EvtPass;
declare const building: EvtBuilding;
declare const field: EvtCustomField;
declare const result: RegistrationResult;
declare const store: EventsStore;

export function typeChecks() {
  const name: string = event.eventName;
  const rid: string = event.readableEventId;
  const start: string | null | undefined = event.startDate;
  const city: string | null | undefined = event.building?.city;
  const wifi: boolean | null | undefined = building.wifiAvailable;
  const speakerName: string | null | undefined = session.speakers?.[0]?.name;
  const sessionName: string | null | undefined = speaker.sessions?.[0]?.name;
  const passSession: string | undefined = pass.sessions?.[0]?.id;
  const type: number | null | undefined = field.type;
  const status: string = result.status;
  // @ts-expect-error a nullable field is not a plain string
  const notPlain: string = event.startDate;
  // @ts-expect-error the nested speaker's name is a string, not a number
  const wrongNested: number | null | undefined = session.speakers?.[0]?.name;
  // @ts-expect-error the speaker's session's name is a string
  const wrongNested2: number | null | undefined = speaker.sessions?.[0]?.name;
  // @ts-expect-error the building's city is a string
  const wrongCity: number | null | undefined = event.building?.city;
  // @ts-expect-error not an error code of §5
  const code: ErrorCode = 'NoSuchCode';
  const body: RegistrationRequest = { attendees: [{ firstName: 'A', lastName: 'B', email: 'a@b.example', passId: '', responses: [{ id: 'f', value: 'x', values: null }] }] };
  // @ts-expect-error attendees are required
  const noAttendees: RegistrationRequest = {};
  const reads = async () => {
    const events: EvtEvent[] = await store.publishedEvents();
    // null: the service had no count (then the places are unknown).
    const count: number | null = await store.registrationCount('E');
    const trackSessions: EvtSession[] | null = await store.trackSessions('t');
    // @ts-expect-error trackSessions may be null (real-time journeys)
    const notNull: EvtSession[] = await store.trackSessions('t');
    const peeked: number | null | undefined = store.peek('registrationCount', 'E');
    // @ts-expect-error peek takes the read's own arguments
    store.peek('registrationCount');
    return [events, count, trackSessions, notNull, peeked];
  };
  return [name, rid, start, city, wifi, speakerName, sessionName, passSession, type, status, notPlain, wrongNested, wrongNested2, wrongCity, code, body, noAttendees, reads];
}

describe('types', () => {
  it('are checked by tsc (npm run typecheck); this file only has to load', () => {
    expect(typeChecks).to.be.a('function');
  });
});
