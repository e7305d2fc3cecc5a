// The renderer's only way to the app: typed calls over window.api that throw ApiError on failure.
import type { MethodName, RawApi } from '../../../shared/api.ts';
import type { ApiError as ApiErrorShape, Events, Request, Responses } from '../../../shared/contract.ts';
import type { METHODS } from '../../../shared/api.ts';

declare global {
  interface Window {
    api: RawApi;
  }
}

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
      const raw = window.api as unknown as Record<string, (r?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: ApiErrorShape }>>;
      const fn = raw[name];
      if (!fn) throw new ApiError({ code: 'unknown-channel', message: `No such API method: ${name}` });
      const envelope = await fn(request);
      if (!envelope.ok) throw new ApiError(envelope.error!);
      return envelope.value;
    };
  },
});

export function onEvent<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
  return window.api.on(event, listener);
}
