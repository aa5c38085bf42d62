import pg from 'pg';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { describe, expect, it } from 'vitest';
import { isAuthorGone, isDatabaseUnavailable } from '@/lib/db/errors';

// pg's error for a server message, as the driver builds it.
function serverError(code: string, message: string) {
  return Object.assign(new pg.DatabaseError(message, 100, 'error'), { code, severity: 'FATAL' });
}
// What @prisma/adapter-pg makes of it (a postgres SQLSTATE it has no kind for), then what Prisma's
// client throws: a request error whose own code (P2039 for model queries, P2010 for raw ones)
// says nothing of the outage.
function wrapped(code: string, message: string, prismaCode = 'P2039') {
  const adapterError = new DriverAdapterError({
    kind: 'postgres',
    code,
    severity: 'FATAL',
    message,
    detail: undefined,
    column: undefined,
    hint: undefined,
    originalCode: code,
    originalMessage: message,
  });
  return Object.assign(new Error(`Database error. Code: \`${code}\`. Message: \`${message}\``), {
    name: 'PrismaClientKnownRequestError',
    code: prismaCode,
    meta: { driverAdapterError: adapterError },
  });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['57P03', 'the database system is starting up'],
    ['57P03', 'the database system is shutting down'],
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection because of crash of another server process'],
    ['53300', 'sorry, too many clients already'],
    ['08006', 'connection failure'],
  ])('knows SQLSTATE %s (%s) bare, as the adapter throws it and as Prisma wraps it', (code, message) => {
    expect(isDatabaseUnavailable(serverError(code, message))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(code, message))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(code, message, 'P2010'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new DriverAdapterError({ kind: 'postgres', code, severity: 'FATAL', message, detail: undefined, column: undefined, hint: undefined }),
      ),
    ).toBe(true);
  });

  it.each(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'] as const)('knows the adapter’s kind %s', (kind) => {
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind } as never))).toBe(true);
  });

  it.each([
    ['P1001', "Can't reach database server at 127.0.0.1:5432"],
    ['P1017', 'Server has closed the connection.'],
    ['P2024', 'Timed out fetching a new connection from the connection pool.'],
  ])('knows Prisma’s code %s', (code, message) => {
    expect(isDatabaseUnavailable(Object.assign(new Error(message), { code }))).toBe(true);
  });

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
  ])('knows pg’s code-less “%s”, also as the cause of another error', (message) => {
    expect(isDatabaseUnavailable(new Error(message))).toBe(true);
    expect(isDatabaseUnavailable(new Error('query failed', { cause: new Error(message) }))).toBe(true);
  });

  it('knows a refused connection inside an AggregateError (pg trying IPv4 and IPv6)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 });
    expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true);
  });

  it('leaves the request’s own mistakes and other failures alone', () => {
    expect(isDatabaseUnavailable(wrapped('42601', 'syntax error at or near "SELEC"'))).toBe(false);
    expect(isDatabaseUnavailable(serverError('23505', 'duplicate key value violates unique constraint "User_email_key"'))).toBe(false);
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['id'] } }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('does not loop on an error that is its own cause', () => {
    const error: Error & { cause?: unknown } = new Error('odd');
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isAuthorGone', () => {
  // Prisma's request error for a foreign key violation through @prisma/adapter-pg, as thrown (P2003
  // for a model query, P2010 for a raw one).
  const violation = (index: string, prismaCode = 'P2003') =>
    Object.assign(new Error('Foreign key constraint violated'), {
      code: prismaCode,
      meta: {
        driverAdapterError: new DriverAdapterError({
          kind: 'ForeignKeyConstraintViolation',
          constraint: { index },
          originalCode: '23503',
          originalMessage: `insert or update violates foreign key constraint "${index}"`,
        }),
      },
    });

  it('reads a missing author, from a model query or a raw one, as a deleted account', () => {
    expect(isAuthorGone(violation('Reply_authorId_fkey'))).toBe(true);
    expect(isAuthorGone(violation('Annotation_authorId_fkey', 'P2010'))).toBe(true);
  });

  it('leaves any other foreign key, and any other error, alone', () => {
    expect(isAuthorGone(violation('AnnotationTarget_segmentId_fkey'))).toBe(false);
    expect(isAuthorGone(new Error('Annotation_authorId_fkey'))).toBe(false);
    expect(isAuthorGone(undefined)).toBe(false);
  });
});
