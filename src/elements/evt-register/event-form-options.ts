/**
 * What `<evt-register use-event-form>` hands the event form's module (./event-form.ts): that module
 * imports nothing at run time, so that one file (`dist/event-form.js`) serves the chunked files and
 * the self-contained file alike; the rules, our Trusted Types policy, the portal's extra values,
 * the `evt-registered` event and the redirect's URL check come from here, in the element's chunk.
 */
import { EvtRegisteredEvent } from '../../internal/events.js';
import { formLoaderScriptUrl, safeHttpUrl } from '../../internal/sanitize.js';
import { registrationAvailability } from '../../rules/availability.js';
import type { EventFormOptions } from './event-form.js';
import { formExtraValues } from './request.js';

/** What only the element knows: the form it wants shown now, how it leaves the page, what goes stale. */
export interface EventFormHost {
  element: HTMLElement;
  wanted: EventFormOptions['wanted'];
  navigate(url: string): void;
  /** The page's data about this event is out of date (a registration went through). */
  invalidate(readableEventId: string): void;
  failed(message: string): void;
}

export function eventFormOptions(host: EventFormHost): EventFormOptions {
  return {
    wanted: host.wanted,
    extraValues: formExtraValues,
    // The form brings its own captcha: one the page could not solve does not close it.
    availability: ({ data: { event, registrationCount, passes } }) =>
      registrationAvailability({ event, registrationCount, passes, now: Date.now(), canSolveCaptcha: true }),
    scriptUrl: formLoaderScriptUrl,
    registered(detail, redirectUrl) {
      host.element.dispatchEvent(new EvtRegisteredEvent(detail));
      const to = redirectUrl ? safeHttpUrl(redirectUrl, location.href) : null;
      if (to) host.navigate(to);
      // Counts, places left and waitlists of this event on the page follow (a detail beside us).
      host.invalidate(detail.readableEventId);
    },
    failed: host.failed,
  };
}
