/**
 * The .ics writer (./ics.ts), loaded on the first "Add to calendar" of `<evt-detail>` or
 * `<evt-register>`: a click, never a first paint, so no page downloads it up front. One chunk,
 * shared by both elements. A chunk that cannot load says so in the console.
 */
export const icsWriter = () =>
  import('./ics.js').catch((err: unknown) => {
    console.warn('[evt-widgets] The calendar file could not be made: its code did not load.', err);
    throw err;
  });

/** Offers `items` as a file named after `title`, once the writer is there (a failure is in the console). */
export function downloadCalendar(items: import('./ics.js').CalendarItem[], title: string): void {
  icsWriter().then(
    ({ downloadIcs, icsFileName }) => downloadIcs(items, icsFileName(title)),
    () => {},
  );
}
