/**
 * English texts that only <evt-list> shows: a part of the English catalogue (./en.ts has the shared
 * texts and the `Messages` type), in <evt-list>'s own chunk so that a page without it never downloads
 * them. src/elements/evt-list/evt-list.ts adds them (`addEnglish()`, ./index.ts) when its module is evaluated. Keys
 * keep their element's prefix; every other language has them in its one file (./de.ts, …).
 * Imports nothing at run time, like every catalogue.
 */
import type { EnglishNumbers } from './en.js';

export function enList({ n, one }: EnglishNumbers) {
  return {
    listLabel: 'Events',
    listLoading: 'Loading events…',
    listSearchLabel: 'Search events',
    listSearchPlaceholder: 'Name, place or topic',
    listTypeLabel: 'Event type',
    listAllTypes: 'All types',
    listFormatLabel: 'Format',
    listAllFormats: 'All formats',
    listEmpty: 'There are no upcoming events right now.',
    listEmptyWithPast: 'There are no events right now.',
    listNoMatch: (query: string) => (query ? `No events match “${query}”.` : 'No events match these filters.'),
    listClearFilters: 'Clear search and filters',
    listShowMore: 'Show more',
    listShowing: (shown: number, total: number) => `Showing ${n(shown)} of ${n(total)} ${one(total) ? 'event' : 'events'}`,
    listFound: (total: number) => (total ? `${n(total)} ${one(total) ? 'event' : 'events'} found` : 'No events found'),
    listPast: 'Past event',
    eventTypes: {
      100000001: 'Executive briefing',
      100000002: 'Conference',
      100000003: 'Demonstration',
      100000004: 'Training',
      100000005: 'Webcast',
    } as Record<number, string>,
    eventFormats: { 100000001: 'On site', 100000002: 'Webinar', 100000003: 'Hybrid' } as Record<number, string>,
  };
}
