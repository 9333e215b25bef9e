// A brief database outage (a restart, a failover, connections killed by an administrator) fails the
// requests that were using or waiting for a connection. The pool reconnects by itself, so those requests
// would succeed a few seconds later: they answer 503 with Retry-After, not 500. The shapes below are
// what pg, knex/tarn and MikroORM throw for a lost or unobtainable connection; MikroORM copies the
// driver's code and message onto its DriverException, and others keep the original as `cause`.

/** PostgreSQL SQLSTATEs: class 08 (connection exception) and 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now). */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const MESSAGES = [
  'Connection terminated', // pg: the server closed the connection (also "... unexpectedly", "... due to connection timeout")
  'Client has encountered a connection error and is not queryable', // pg: a pooled client whose socket failed
  'Knex: Timeout acquiring a connection', // knex/tarn: no connection could be had in time
];

/** True for an error (or an error it wraps) that says the database connection was lost or unobtainable. */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { name, code, message, cause } = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  if (name === 'ConnectionException') return true; // MikroORM's own class for connection errors
  if (typeof code === 'string' && (SQLSTATE.test(code) || NETWORK_CODES.has(code))) return true;
  if (typeof message === 'string' && MESSAGES.some((known) => message.includes(known))) return true;
  return isConnectionFailure(cause, depth + 1);
}
