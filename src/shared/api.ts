// The renderer-facing API, derived from the channel table: one named function per channel. A request
// is required whenever its schema requires one. Preload builds `window.api` as an object literal
// checked against `RawApi` with `satisfies`; the end-to-end harness builds the same object over a
// different transport.
import type { Channel, ChannelOf, Envelope, EventName, Events, MethodName, Request, Response } from './contract.ts';

export { METHODS } from './methods.ts';
export { EVENT_NAMES } from './events.ts';
export type { MethodName } from './contract.ts';

/** A method whose request may be omitted takes it optionally; otherwise it must be given. */
export type Method<C extends Channel, R> = undefined extends Request<C> ? (request?: Request<C>) => Promise<R> : (request: Request<C>) => Promise<R>;

export type RawApi = {
  [M in MethodName]: Method<ChannelOf<M>, Envelope<Response<ChannelOf<M>>>>;
} & {
  /** Subscribe to a main-process event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

/** The same API unwrapped: resolves with the value, rejects with an ApiError (renderer/api.ts). */
export type Api = { [M in MethodName]: Method<ChannelOf<M>, Response<ChannelOf<M>>> };
