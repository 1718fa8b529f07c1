/**
 * Event rules: errors as the visitor meets them. Which failures a visitor may try again (one list
 * for all three elements), and which need the site owner. Pure: no DOM, no Lit.
 */
import { EvtApiError, type EvtApiErrorKind } from '../api/errors.js';

/** Only the site owner can fix these (the console says how); trying again changes nothing. */
const OWNER_KINDS: readonly string[] = ['config', 'unauthorized', 'contract'];

const kindOf = (err: unknown): EvtApiErrorKind | 'network' => (err instanceof EvtApiError ? err.kind : 'network');

/** The site owner must act (configuration, token, origin, a payload we cannot read). */
export const needsSiteOwner = (err: unknown) => OWNER_KINDS.includes(kindOf(err));

/**
 * "Try again" is offered: the failure may pass (network, server, time-out, a rate limit, whose
 * automatic retry the visitor may also bring forward). Not for what only the site owner can fix,
 * nor for an event that does not exist.
 */
export const canRetry = (err: unknown) => !needsSiteOwner(err) && kindOf(err) !== 'not-found' && kindOf(err) !== 'aborted';
