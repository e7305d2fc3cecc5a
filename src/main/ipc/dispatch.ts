import { isChannel, schemas } from '../../shared/contract.ts';
import type { ApiError, Envelope, Handlers } from '../../shared/contract.ts';
import { asAppError } from '../core/errors.ts';

export type { Handlers } from '../../shared/contract.ts';
export { isChannel } from '../../shared/contract.ts';

/**
 * The single entry point for every request from the renderer, whatever the transport: reject
 * unknown channels, validate the payload against the channel's schema, run the handler, and turn
 * any failure into a typed error the interface can show.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return fail({ code: 'unknown-channel', message: `Unknown request: ${channel}` });
  const parsed = schemas[channel].safeParse(payload);
  if (!parsed.success) {
    return fail({
      code: 'invalid-request',
      message: `Invalid request for ${channel}.`,
      details: parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`),
    });
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const known = asAppError(error);
    if (known) return fail({ code: known.code, message: known.message, ...(known.details ? { details: known.details } : {}) });
    return fail({ code: 'internal', message: (error as Error)?.message ?? String(error) });
  }
}

function fail(error: ApiError): Envelope<never> {
  return { ok: false, error };
}
