/**
 * English texts that only <evt-detail> shows: a part of the English catalogue (./en.ts has the shared
 * texts and the `Messages` type), in <evt-detail>'s own chunk so that a page without it never downloads
 * them. src/elements/evt-detail/evt-detail.ts adds them (`addEnglish()`, ./index.ts) when its module is evaluated. Keys
 * keep their element's prefix; every other language has them in its one file (./de.ts, …).
 * Imports nothing at run time, like every catalogue.
 */
import type { EnglishNumbers } from './en.js';

export function enDetail({ n, one }: EnglishNumbers) {
  return {
    detailNoEvent: 'No event was chosen.',
    detailChooseEvent: 'Choose an event to see its details here.',
    detailRegister: 'Register',
    detailJoinWaitlist: 'Join the waitlist',
    detailEventEnded: 'This event has ended.',
    detailCapacity: (max: number) => `${n(max)} ${one(max) ? 'place' : 'places'}`,
    detailFullyBooked: 'Fully booked',
    detailAboutEvent: 'About this event',
    detailVenue: 'Venue',
    detailFacilities: 'Facilities',
    detailFacilityStepFree: 'Step-free access',
    detailFacilityToilets: 'Accessible toilets',
    detailFacilityParking: 'Disabled parking',
    detailFacilityWifi: 'Wi-Fi',
    detailFacilityWifiNetwork: (ssid: string) => `Wi-Fi (network “${ssid}”)`,
    detailFacilityTelephone: 'Public telephone',
    detailAgenda: 'Agenda',
    detailTrackFilter: 'Track',
    detailAllTracks: 'All tracks',
    detailSessionsShown: (v: number) => `${n(v)} ${one(v) ? 'session' : 'sessions'} shown`,
    detailTimeToBeAnnounced: 'Time to be announced',
    detailSessionFull: 'Full',
    detailSessionWith: (names: string) => `With ${names}`,
    detailSessionMore: 'More about this session',
    detailSpeakers: 'Speakers',
    detailSpeakerWebsite: 'Website',
    detailSpeakerBlog: 'Blog',
    detailSpeakerLinkedIn: 'LinkedIn',
    detailSpeakerTwitter: 'X (Twitter)',
    detailSpeakerSessions: (sessions: string) => `Speaking at: ${sessions}`,
    detailSponsors: 'Sponsors',
    detailSponsorPlaceholder: 'Sponsor',
    detailPasses: 'Passes',
    detailPassesLeft: (v: number) => `${n(v)} left`,
    detailQrCode: 'Event QR code',
    detailQrAlt: (name: string) => `QR code that opens the page of ${name}`,
    detailQrHint: 'Scan it with a phone camera to open this event.',
    detailSectionFailed: (what: string) => `${what} could not be loaded.`,
    sessionTypes: {
      100000000: 'Hands-on lab',
      100000001: 'Keynote',
      100000002: 'General',
      100000003: 'Brainstorming',
      100000004: 'Breakout',
      100000005: 'Training',
    } as Record<number, string>,
  };
}
