// Errors that mean "the database is not answering" rather than "this request is wrong": the caller
// answers 503 and keeps the reader's session. They arrive in several wrappings, and any of them
// may be the one thrown: pg's own error (a socket error, or a server error with a SQLSTATE),
// @prisma/adapter-pg's DriverAdapterError (its `cause` a plain object with a `kind`, and the
// SQLSTATE as `originalCode`), or Prisma's request error with that adapter error in
// `meta.driverAdapterError` (code P2010 for raw queries, P2039 for model queries: the SQLSTATE
// only shows inside). So every layer is searched, not just the outer one.

/** Prisma's codes for a server it cannot reach, a connection that closed or timed out, a pool that ran dry. */
const prismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
/** Node's socket errors for a server that is gone or unreachable. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** @prisma/adapter-pg's kinds for the same conditions. */
const adapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01 admin shutdown (fast restart, terminated
 * backend), 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down),
 * 53300 too many connections.
 */
const isUnavailableSqlState = (code: string) => /^08[0-9A-Z]{3}$/.test(code) || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';

// pg and pg-pool raise these without a code; PostgreSQL's own words cover a message that lost its SQLSTATE.
const unavailableMessage =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|timeout exceeded when trying to connect|Can't reach database|connection error and is not queryable|Client was closed and is not queryable|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|server closed the connection unexpectedly|Server has closed the connection/i;

function isUnavailableCode(code: unknown): boolean {
  return typeof code === 'string' && (prismaCodes.has(code) || socketCodes.has(code) || isUnavailableSqlState(code));
}

/** The errors (and error-like objects) wrapped inside this one. */
function inner(error: object): unknown[] {
  const found: unknown[] = [];
  const { cause, meta, errors } = error as { cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };
  found.push(cause, meta?.driverAdapterError);
  if (Array.isArray(errors)) found.push(...errors);
  return found;
}

/** This error and every error (or error-like object) wrapped inside it, outermost first. */
function* layers(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    yield next as Record<string, unknown>;
    queue.push(...inner(next));
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const { code, originalCode, kind, message, originalMessage } of layers(error)) {
    if (isUnavailableCode(code) || isUnavailableCode(originalCode)) return true;
    if (typeof kind === 'string' && adapterKinds.has(kind)) return true;
    if ([message, originalMessage].some((text) => typeof text === 'string' && unavailableMessage.test(text))) return true;
  }
  return false;
}

/**
 * A write whose author's row is gone (foreign key violation, SQLSTATE 23503, on an `authorId`):
 * the account was deleted while a session of it still passed the check (cached for a moment, or
 * checked by another instance just before). Nothing was written.
 */
export function isAuthorGone(error: unknown): boolean {
  for (const { code, originalCode, kind, constraint, originalMessage } of layers(error)) {
    const foreignKey = kind === 'ForeignKeyConstraintViolation' || code === '23503' || originalCode === '23503';
    const index = (constraint as { index?: unknown } | undefined)?.index;
    if (foreignKey && [index, originalMessage].some((text) => typeof text === 'string' && /_authorId_fkey\b/.test(text))) return true;
  }
  return false;
}
