// Who may talk to `kg serve`: loopback binds are open to the machine's own users; any other
// bind needs a bearer token (KG_SERVE_TOKEN), or the server refuses to start.
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { KgError } from '../errors.ts';

/** True for host names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
}

/** Throws KG_USAGE when `host` is not loopback and no token is set: a graph served to the network needs one. */
export function assertServeAllowed(host: string, token: string | undefined): void {
  if (isLoopbackHost(host) || (token !== undefined && token !== '')) return;
  throw new KgError(
    'KG_USAGE',
    `kg serve will not listen on ${host} without a token: anyone who can reach that address could read the graph. Set KG_SERVE_TOKEN to a long random secret (clients send "Authorization: Bearer <token>"), or bind to 127.0.0.1.`,
  );
}

/** Checks an Authorization header against the token in constant time. */
export function isAuthorized(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!.trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
