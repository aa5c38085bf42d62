import 'server-only';
import { NextResponse } from 'next/server';
import { isDatabaseUnavailable } from '@/lib/db/errors';

export function jsonError(status: number, error: string, details?: Record<string, unknown>) {
  return NextResponse.json({ error, ...details }, { status });
}

export const notFound = (what = 'Not found') => jsonError(404, what);

/**
 * Wraps a route handler so that a database outage answers 503, and anything unexpected a JSON 500
 * (logged here, with no detail sent), instead of Next's empty error page: API clients always get
 * JSON they can read.
 */
export function withDatabaseErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        const response = jsonError(503, 'The database is not answering; try again shortly.', { db: 'down' });
        // A restart takes a second or two; clients that wait longer only lose time.
        response.headers.set('retry-after', '2');
        return response;
      }
      console.error(error);
      return jsonError(500, 'Something went wrong on our side; the error has been logged.');
    }
  };
}
