import type { z } from 'zod';
import { schemas } from '../../shared/contract.ts';
import type { ApiError, Channel, Envelope, Responses } from '../../shared/contract.ts';
import { AppError } from '../core/errors.ts';

export type Handlers = {
  [C in Channel]: (request: z.output<(typeof schemas)[C]>) => Promise<Responses[C]> | Responses[C];
};

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(schemas, name);
}

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
    if (error instanceof AppError) {
      return fail({ code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) });
    }
    return fail({ code: 'internal', message: (error as Error)?.message ?? String(error) });
  }
}

function fail(error: ApiError): Envelope<never> {
  return { ok: false, error };
}
