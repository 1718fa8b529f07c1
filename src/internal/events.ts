/**
 * The events the elements dispatch to the host page. All bubble and cross shadow roots (`composed`),
 * so a framework handler on the element or any ancestor receives them; `detail` carries the data.
 * Cancelable where there is a default action a single-page app may want to take over.
 */
import type { EvtEvent, RegistrationRequest, RegistrationResult } from '../api/schemas.js';

const init = <T>(detail: T, cancelable = false): CustomEventInit<T> => ({ detail, bubbles: true, composed: true, cancelable });

export interface EvtSelectDetail {
  event: EvtEvent;
  readableEventId: string;
  /** Where the element would navigate (from `detail-url`), or null when it shows the event in place. */
  url: string | null;
}
/** A visitor chose an event in `<evt-list>`. Cancel it to route in your own app. */
export class EvtSelectEvent extends CustomEvent<EvtSelectDetail> {
  static readonly type = 'evt-select';
  constructor(detail: EvtSelectDetail) {
    super(EvtSelectEvent.type, init(detail, true));
  }
}

export interface EvtRegisterSubmitDetail {
  readableEventId: string;
  /** The request body about to be sent; a listener may amend it (e.g. consent) or cancel the event. */
  request: RegistrationRequest;
}
/** `<evt-register>` is about to send a registration. Cancel it to block sending. */
export class EvtRegisterSubmitEvent extends CustomEvent<EvtRegisterSubmitDetail> {
  static readonly type = 'evt-register-submit';
  constructor(detail: EvtRegisterSubmitDetail) {
    super(EvtRegisterSubmitEvent.type, init(detail, true));
  }
}

export interface RegisteredAttendee {
  firstName: string;
  lastName: string;
  email: string;
  waitlisted: boolean;
}
export interface EvtRegisteredDetail {
  readableEventId: string;
  result: RegistrationResult;
  attendees: RegisteredAttendee[];
  /** Ids of the sessions registered for, when the event has a custom agenda. */
  sessionIds: string[];
  /** True when the registration was confirmed by a retry after an unknown outcome that met `AlreadyRegistered`. */
  recovered: boolean;
  /**
   * True when the service answered `AlreadyRegistered` for exactly the attendees sent: it had this
   * registration already (a POST re-sent by the browser after its answer was lost, a retry, a
   * reload during sending). `result` is then that answer. Also true when `recovered` is.
   */
  alreadyRegistered: boolean;
  /**
   * Set when the event's own marketing form registered (`use-event-form`): its form id. `result`
   * is then `{ status: 'Success' }` (the form's API answers with no registration result), and
   * `attendees` holds the one person the form registered.
   */
  formId?: string;
}
/** A registration succeeded (or went to the waitlist). */
export class EvtRegisteredEvent extends CustomEvent<EvtRegisteredDetail> {
  static readonly type = 'evt-registered';
  constructor(detail: EvtRegisteredDetail) {
    super(EvtRegisteredEvent.type, init(detail));
  }
}

export interface EvtPaymentRequiredDetail {
  readableEventId: string;
  purchaseId: string;
  total: number;
  currencySymbol: string;
  /** Where the element will go next (from `payment-url`), or null. */
  url: string | null;
}
/** A paid registration was initiated: the host page takes the visitor to payment. Cancel to stay. */
export class EvtPaymentRequiredEvent extends CustomEvent<EvtPaymentRequiredDetail> {
  static readonly type = 'evt-payment-required';
  constructor(detail: EvtPaymentRequiredDetail) {
    super(EvtPaymentRequiredEvent.type, init(detail, true));
  }
}

export interface EvtErrorDetail {
  /** config, unauthorized, not-found, rate-limited, server, network, timeout, contract, registration */
  kind: string;
  message: string;
  readableEventId?: string;
  /** The API's errorCode for a failed registration. */
  errorCode?: string;
}
/** Something went wrong that the visitor was told about; for the host page's logging. */
export class EvtErrorEvent extends CustomEvent<EvtErrorDetail> {
  static readonly type = 'evt-error';
  constructor(detail: EvtErrorDetail) {
    super(EvtErrorEvent.type, init(detail));
  }
}

/**
 * Internal: `<evt-detail>`'s call to action asks an `<evt-register>` on the same page to take over.
 * Handled by the register element; composed so it crosses the detail's shadow root.
 */
export class EvtRegisterRequestEvent extends CustomEvent<{ readableEventId: string }> {
  static readonly type = 'evt-register-request';
  constructor(readableEventId: string) {
    super(EvtRegisterRequestEvent.type, init({ readableEventId }, true));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'evt-select': EvtSelectEvent;
    'evt-register-submit': EvtRegisterSubmitEvent;
    'evt-registered': EvtRegisteredEvent;
    'evt-payment-required': EvtPaymentRequiredEvent;
    'evt-error': EvtErrorEvent;
    'evt-register-request': EvtRegisterRequestEvent;
  }
}
