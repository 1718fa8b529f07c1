/**
 * zod/mini schemas for every model of the Events API (contract §4) and the inferred types the
 * elements use. As tolerant as the real service requires:
 * - every field accepts `null` (blank fields are sent as null) and a missing key (older payloads,
 *   such as Microsoft's own sample portal, omit fields that newer models have);
 * - unknown keys are kept (custom fields exposed through a website entity configuration);
 * - option-set numbers are plain numbers (a customised org adds values): compare them with the
 *   named constants below, never reject an unknown one;
 * - dates stay the strings the service sent. `startDate`/`startTime` are the event's wall clock
 *   without an offset; converting them with `new Date()` would shift them into the visitor's zone.
 *
 * Required, because a widget cannot work without them (the key it reads or links by):
 * `readableEventId` and `eventName` on events; `id` on sessions (also when nested), tracks,
 * speakers, sponsorships, my-registrations and waitlist items; `passId` on passes;
 * `customRegistrationFieldId` on custom fields; `status` on a registration result.
 *
 * Lists are validated item by item (`itemsOf`): one bad record is left out, named in the console
 * with its field, and never hides its neighbours. `events/published` may hold ten thousand events
 * (16 MB), so it is validated in two steps (`CheckedList`): every event's head (the keys a list
 * orders, dates and filters by, `eventHeadSchema`) at once, the whole event with `eventSchema`
 * when it is first read, memoized. Nothing unvalidated leaves it: an element gets a checked head
 * or a checked event, never the raw record.
 */
import * as z from 'zod/mini';
import { checkedItemsOf, leftOut, type CheckedList } from './checked-list.js';

export { CheckedList } from './checked-list.js';

// ── building blocks ────────────────────────────────────────────────────────────
// One instance per shape is shared by every field (zod schemas are immutable), and the field
// lists are space-separated strings: the bundle carries each name once and nothing else.

/** `T | null | undefined`: the service sends null for blanks, older payloads omit the key. */
export const nullish = <T extends z.ZodMiniType>(s: T) => z.optional(z.nullable(s));

const str = nullish(z.string());
const num = nullish(z.number());
const bool = nullish(z.boolean());
export const id = z.string().check(z.minLength(1));
/** A dictionary of anything (the attributes a website entity adds): an object, not a list. */
const record = nullish(z.looseObject({}));
const imageObject = z.looseObject({ image: str });
/**
 * An event's image: a string, or the old model's `{ image }`; anything else (a number, an object
 * of the wrong shape) is no image, and never hides its event. (Not `z.union`: this is its only
 * use, and that kind alone is 0.3 KB on every page.) Missing stays missing.
 */
const eventImage = z.optional(
  z.transform((v: unknown): string | z.output<typeof imageObject> | null => (typeof v === 'string' ? v : (imageObject.safeParse(v).data ?? null))),
);

/**
 * A list whose items are validated one by one: an item that does not fit its schema is left out
 * and the console says which one and which field; its neighbours are kept. A response that is
 * not a list at all still fails (the endpoint is wrong). `what` names the items ("event"), `key`
 * the field that identifies one (`readableEventId`).
 */
export function itemsOf<T extends z.ZodMiniType>(item: T, what: string, key = 'id') {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((list) => {
      const kept: z.output<T>[] = [];
      list.forEach((v, i) => {
        const r = item.safeParse(v);
        if (r.success) return void kept.push(r.data as z.output<T>);
        leftOut(what, v, i, key, r.error);
      });
      return kept;
    }),
  );
}

type Words<S extends string> = S extends `${infer H} ${infer T}` ? H | Words<T> : S;
/** `{ a: t, b: t, … }` from `'a b …'`. */
export const many = <T, S extends string>(t: T, names: S) =>
  Object.fromEntries(names.split(' ').map((n) => [n, t])) as { [K in Words<S>]: T };

// ── option sets (contract §5) ───────────────────────────────────────────────────

/** `eventType` values (msevtmgt_eventtype). */
export const EventType = {
  ExecutiveBriefing: 100000001,
  Conference: 100000002,
  Demonstration: 100000003,
  Training: 100000004,
  Webcast: 100000005,
} as const;
/** `eventFormat` and `sessionFormat` values. */
export const EventFormat = { OnSite: 100000001, Webinar: 100000002, Hybrid: 100000003 } as const;
/** `sessionType` values (msevtmgt_session). */
export const SessionType = {
  HandsOnLab: 100000000,
  Keynote: 100000001,
  General: 100000002,
  Brainstorming: 100000003,
  Breakout: 100000004,
  Training: 100000005,
} as const;
/** `camerasPermitted` / `recordingsPermitted` values (msevtmgt_yesorno). */
export const YesNo = { Yes: 100000001, No: 100000002 } as const;
/** `CustomRegistrationField.type` values. */
export const CustomFieldType = { SimpleText: 100000000, Boolean: 100000001, MultipleChoice: 100000002, SingleChoice: 100000003 } as const;
/** `RegistrationResult.status`: any other value is a failure (the literal `Failure` is inferred). */
export const RegistrationStatus = { Success: 'Success', Initiated: 'Initiated', Redirect: 'Redirect', Failure: 'Failure' } as const;

const ERROR_CODES =
  'RegistrationFailed EventNotFound EventNotLive SessionNotLive MaximumCapacityReached MaximumNoAttendeesReached MaximumSessionCapacityReached SessionFullyBooked AlreadyRegistered AnonymousRegistrationNotAllowed MultiAttendeeRegistrationNotEnabled TooManyAttendees WaitlistRegistrationNotAllowedErrorMessage RequiredRegistrationFieldMissing InvalidValueForRequiredRegistrationField AttendeePassIdNotValid AttendeeSessionIdNotValid InsufficentNumberOfPasses FinalizationNotAllowed FinalizationNotEnabled FinalizationAfterTimeLimit RequestTimedOut';
/**
 * `RegistrationResult.errorCode` values of contract §5 (`InsufficentNumberOfPasses` is the API's
 * spelling). The service may send others: treat an unknown code as `RegistrationFailed`.
 */
export const ErrorCode = Object.fromEntries(ERROR_CODES.split(' ').map((c) => [c, c])) as {
  readonly [K in Words<typeof ERROR_CODES>]: K;
};
export type ErrorCode = keyof typeof ErrorCode;

type Values<T> = T[keyof T];
export type EventTypeValue = Values<typeof EventType>;
export type EventFormatValue = Values<typeof EventFormat>;
export type SessionTypeValue = Values<typeof SessionType>;
export type CustomFieldTypeValue = Values<typeof CustomFieldType>;
export type RegistrationStatusValue = Values<typeof RegistrationStatus>;

// ── places ──────────────────────────────────────────────────────────────────────

export const buildingSchema = z.looseObject({
  ...many(
    str,
    // `state` and `region`: what a third-party real-time journeys client reads beside `stateProvince`.
    'id name description addressComposite addressLine1 addressLine2 addressLine3 city stateProvince state region postalCode country email telephone1 telephone2 telephone3 website additionalFacilities wifiSSID wifiPassword',
  ),
  ...many(bool, 'accessibleToilets disabledAccess disabledParking publicTelephoneAvailable wifiAvailable'),
});

export const roomSchema = z.looseObject({ ...many(str, 'id name description'), disabledAccess: bool });

// ── sessions and speakers (mutually nested) ────────────────────────────────────

const speakerFields = many(
  str,
  // `image` is a base64 picture (Portal API and older payloads); `imageUrl` a path under the base (OM)
  // or an absolute https URL (RTM). Use `store.speakerImageUrl()` rather than either directly.
  'name title about accomplishments publications email website blog linkedin twitter imageUrl image',
);

const sessionFields = {
  ...many(
    str,
    'name sessionSummary detailedDescription sessionObjectives sessionPreRequisites startTime endTime startTimeUTC endTimeUTC',
  ),
  ...many(
    num,
    'timeZone language sessionType sessionFormat camerasPermitted recordingsPermitted maxCapacity registrationCount',
  ),
  ...many(bool, 'isCapacityRestricted userEligibleToRegister alreadyRegistered'),
  building: nullish(buildingSchema),
  room: nullish(roomSchema),
};

const speakerBase = { id, ...speakerFields };
const sessionBase = { id, ...sessionFields };

/** A session. Its speakers' own `sessions` are null (kept as sent, not validated further). */
export const sessionSchema = z.looseObject({
  ...sessionBase,
  speakers: nullish(itemsOf(z.looseObject(speakerBase), 'speaker')),
});

/** A speaker. Its sessions' own `speakers` are null (kept as sent, not validated further). */
export const speakerSchema = z.looseObject({
  ...speakerBase,
  sessions: nullish(itemsOf(z.looseObject(sessionBase), 'session')),
});

export const trackSchema = z.looseObject({ id, ...many(str, 'name description') });

// ── event ───────────────────────────────────────────────────────────────────────

export const eventSchema = z.looseObject({
  readableEventId: id,
  eventName: z.string(),
  ...many(
    str,
    'eventId description startDate endDate startDateUTC endDateUTC timeZoneName publicEventUrl registrationForm stopRegistrationDate websiteMessage',
  ),
  ...many(num, 'timeZone eventType eventFormat eventLanguage maxCapacity'),
  ...many(
    bool,
    'isCapacityRestricted showWaitlist autoregisterWaitlistItems showAutomaticRegistrationCheckbox allowAnonymousRegistrations allowCustomAgenda enableMultiAttendeeRegistration enableCaptcha setRegistrationEndDate',
  ),
  // A URL string in the REST API; the old model types it as `{ image }` (base64). Use
  // `store.eventImageUrl()`, which handles both and refuses anything but http(s) and images.
  image: eventImage,
  building: nullish(buildingSchema),
  room: nullish(roomSchema),
  // Attributes added by a website entity configuration, keyed by logical name (contract §7).
  customFields: record,
});

export const sponsorshipSchema = z.looseObject({
  id,
  // `image`: base64 logo, Portal API only. Use `store.sponsorLogoUrl(sponsorship)`.
  ...many(str, 'sponsorId sponsorName sponsorshipTopic description image'),
});

export const passSchema = z.looseObject({
  passId: id,
  ...many(str, 'passName currencySymbol eventId'),
  ...many(num, 'price numberOfPassesLeft numberOfPassesSold'),
  sessions: nullish(itemsOf(sessionSchema, 'session')),
  customFields: record,
});

export const customFieldSchema = z.looseObject({
  customRegistrationFieldId: id,
  // `type` may be unknown or missing: render such a field as simple text. `choices` are separated
  // by line breaks.
  ...many(str, 'text choices'),
  type: num,
  isRequired: bool,
});

// ── registration: responses ─────────────────────────────────────────────────────

export const registrationResultSchema = z.looseObject({
  status: z.string(),
  ...many(str, 'errorMessage errorCode redirectUrl purchaseId'),
});

/** PascalCase, as the service sends it. */
export const captchaSchema = z.looseObject(many(str, 'FlowId HipUrl ObjectName FunctionName'));

export const userSchema = z.looseObject({
  // `fullName`: older builds.
  ...many(str, 'id firstName lastName email fullName'),
  isAnonymous: bool,
});

export const myRegistrationSchema = z.looseObject({
  id,
  ...many(str, 'contact email event pass createdon'),
  sessionRegistrations: nullish(z.array(z.looseObject(many(str, 'id sessionName createdon')))),
});

export const waitlistItemSchema = z.looseObject({
  id,
  ...many(str, 'contact email event session createdon'),
  ...many(bool, 'invited autoRegister'),
});

/** `registrations/count` answers a bare JSON number; `null` (seen from services without a count) is "unknown". */
export const countSchema = z.nullable(z.number());

// ── lists, item by item (one bad record never hides its neighbours) ─────────────

export const eventListSchema = itemsOf(eventSchema, 'event', 'readableEventId');
/**
 * What `<evt-list>` orders, dates and filters every event by, checked with the event's own field
 * schemas (unknown keys are dropped: the head is small); the rest of an event is checked when it is
 * first read (`CheckedList`).
 */
export const eventHeadSchema = z.object(
  Object.fromEntries(
    'readableEventId eventName startDate endDate startDateUTC endDateUTC timeZoneName eventType eventFormat'.split(' ').map((k) => [k, eventSchema.shape[k as keyof typeof eventSchema.shape]]),
  ) as Pick<typeof eventSchema.shape, 'readableEventId' | 'eventName' | 'startDate' | 'endDate' | 'startDateUTC' | 'endDateUTC' | 'timeZoneName' | 'eventType' | 'eventFormat'>,
);
/** `events/published` for the list: heads at once, each event in full when first read. */
export const checkedEventListSchema = checkedItemsOf(eventHeadSchema, eventSchema, 'event', 'readableEventId');
export const sessionListSchema = itemsOf(sessionSchema, 'session');
export const trackListSchema = itemsOf(trackSchema, 'track');
export const speakerListSchema = itemsOf(speakerSchema, 'speaker');
export const sponsorshipListSchema = itemsOf(sponsorshipSchema, 'sponsorship');
export const passListSchema = itemsOf(passSchema, 'pass', 'passId');
export const customFieldListSchema = itemsOf(customFieldSchema, 'registration field', 'customRegistrationFieldId');
export const myRegistrationListSchema = itemsOf(myRegistrationSchema, 'registration');
export const waitlistItemListSchema = itemsOf(waitlistItemSchema, 'waitlist item');
/** Session registration and cancellation answer a bare boolean. */
export const booleanSchema = z.boolean();

// ── types (names that do not clash with DOM globals such as Event or Attr) ────

export type EvtEvent = z.output<typeof eventSchema>;
/** The keys of an event `<evt-list>` orders and filters by (`eventHeadSchema`). */
export type EvtEventHead = z.output<typeof eventHeadSchema>;
/** `events/published` as `<evt-list>` reads it (`CheckedList`). */
export type CheckedEvents = CheckedList<EvtEvent, EvtEventHead>;
export type EvtBuilding = z.output<typeof buildingSchema>;
export type EvtRoom = z.output<typeof roomSchema>;
export type EvtSession = z.output<typeof sessionSchema>;
export type EvtTrack = z.output<typeof trackSchema>;
export type EvtSpeaker = z.output<typeof speakerSchema>;
export type EvtSponsorship = z.output<typeof sponsorshipSchema>;
export type EvtPass = z.output<typeof passSchema>;
export type EvtCustomField = z.output<typeof customFieldSchema>;
// The requests' types are those of ./writes.ts (the request schemas load with the first write).
export type { OmAttendee, RtmAttendee, Attendee, OmRegistrationRequest, RtmRegistrationRequest, RegistrationRequest, FinalizeRegistrationRequest, AttendeeContact, HipObject } from './writes.js';
export type RegistrationResult = z.output<typeof registrationResultSchema>;
export type Captcha = z.output<typeof captchaSchema>;
export type EvtUser = z.output<typeof userSchema>;
export type MyRegistration = z.output<typeof myRegistrationSchema>;
export type WaitlistItem = z.output<typeof waitlistItemSchema>;
