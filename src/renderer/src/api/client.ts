// The renderer's only way to the app: typed calls that throw ApiError on failure. The transport is
// picked once, here: Electron's preload (or a test's binding) provides window.api; in a browser
// served by `npm run serve` the same API runs over HTTP. Nothing else in the renderer knows which.
import type { MethodName, RawApi } from '../../../shared/api.ts';
import type { ApiError as ApiErrorShape, Envelope, Events, Request, Responses } from '../../../shared/contract.ts';
import type { METHODS } from '../../../shared/api.ts';
import { createHttpApi, takeToken } from './http-transport.ts';

declare global {
  interface Window {
    api: RawApi;
  }
}

const preloaded = 'api' in window;
const raw: RawApi = preloaded ? window.api : createHttpApi(takeToken());

/** Whether the host can show a saved file in its folder (a browser cannot: the file is a download). */
export const canRevealFiles = preloaded;

export class ApiError extends Error {
  readonly code: ApiErrorShape['code'];
  readonly details: string[];
  constructor(error: ApiErrorShape) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details ?? [];
  }
}

type ChannelOf<M extends MethodName> = (typeof METHODS)[M];
export type Api = { [M in MethodName]: (request?: Request<ChannelOf<M>>) => Promise<Responses[ChannelOf<M>]> };

export const api: Api = new Proxy({} as Api, {
  get(_target, name: string) {
    return async (request?: unknown) => {
      const methods = raw as unknown as Record<string, (r?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: ApiErrorShape }>>;
      const fn = methods[name];
      if (!fn) throw new ApiError({ code: 'unknown-channel', message: `No such API method: ${name}` });
      return unwrap(fn(request) as Promise<Envelope<unknown>>);
    };
  },
});

/** The value of an answer from main, or its ApiError. */
export async function unwrap<T>(answer: Promise<Envelope<T>>): Promise<T> {
  const envelope = await answer;
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

export function onEvent<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
  return raw.on(event, listener);
}
