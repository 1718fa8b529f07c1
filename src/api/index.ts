/** The typed Events API layer: endpoint, schemas and types, errors, and the shared store. */
export { parseEndpoint, type Endpoint, type Flavour } from './endpoint.js';
export { EvtApiError, isEvtApiError, type EvtApiErrorKind } from './errors.js';
export {
  getStore,
  resetStores,
  EventsStore,
  base64Image,
  safeUrl,
  type StoreOptions,
  type StoreAuth,
  type ReadOptions,
  type WriteOptions,
  type PublishedFilter,
  type StoreListener,
  type ReadName,
  type ReadResult,
  type Clock,
} from './store.js';
export type { ClientOptions } from './client.js';
export * from './schemas.js';
export {
  attendeeContactSchema,
  hipObjectSchema,
  omAttendeeSchema,
  rtmAttendeeSchema,
  omRegistrationRequestSchema,
  rtmRegistrationRequestSchema,
  finalizeRequestSchema,
} from './writes.js';
