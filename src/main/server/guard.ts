// Who may talk to the server: only pages it served itself, on this machine, holding this start's
// token. Plain functions over the request's headers, so each rule is tested on its own.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER } from '../../shared/http-protocol.ts';

export type Refusal = { status: number; reason: string };

/** The Host values a page of ours sends: the loopback address we print, or localhost, on our port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Refuse a request whose Host is not ours (DNS rebinding: a page on evil.example whose name now
 * points to 127.0.0.1 sends `Host: evil.example:PORT`) or that comes from another site's page
 * (its Origin, or Fetch Metadata saying cross-site). Applies to every request, static files too.
 */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).includes(host)) return { status: 421, reason: 'unknown host' };
  const origin = headers.origin;
  // Browsers send Origin on every POST and on cross-origin GETs; a same-origin GET may omit it.
  if (origin !== undefined && origin !== `http://${host}`) return { status: 403, reason: 'foreign origin' };
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { status: 403, reason: 'cross-site request' };
  return null;
}

/** Every API request carries the per-start token in a header, compared in constant time. */
export function checkToken(headers: IncomingHttpHeaders, token: string): Refusal | null {
  const sent = headers[TOKEN_HEADER];
  if (typeof sent !== 'string' || !sameSecret(sent, token)) return { status: 401, reason: 'missing or wrong token' };
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
