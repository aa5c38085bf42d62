import 'server-only';
import { NextResponse } from 'next/server';
import { isDatabaseUnavailable } from '@/lib/db/errors';

export function jsonError(status: number, error: string, details?: Record<string, unknown>) {
  return NextResponse.json({ error, ...details }, { status });
}

export const notFound = (what = 'Not found') => jsonError(404, what);

/** Wraps a route handler so that a database outage answers 503 instead of a crash page. */
export function withDatabaseErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        const response = jsonError(503, 'The database is not answering; try again shortly.', { db: 'down' });
        response.headers.set('retry-after', '5');
        return response;
      }
      throw error;
    }
  };
}
