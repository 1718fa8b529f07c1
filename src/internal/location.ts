/**
 * The page URL's `event` parameter links `<evt-list>`, `<evt-detail>` and `<evt-register>` on one
 * page: the list writes it (history.pushState, so the back button works), the others read it when
 * they have no `event-id` and follow it when it changes.
 */
const CHANGE = 'evt-location-change';

export const EVENT_PARAM = 'event';

export function eventIdFromUrl(): string | null {
  return new URL(location.href).searchParams.get(EVENT_PARAM) || null;
}

/** Puts `?event=rid` in the URL as a new history entry and tells the elements on the page. */
export function showEventInPage(readableEventId: string | null): void {
  const url = new URL(location.href);
  if (readableEventId) url.searchParams.set(EVENT_PARAM, readableEventId);
  else url.searchParams.delete(EVENT_PARAM);
  if (url.href !== location.href) history.pushState(history.state, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** Calls `listener` on back/forward and on `showEventInPage`; returns the function that stops it. */
export function onLocationChange(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}
