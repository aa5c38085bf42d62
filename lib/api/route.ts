import 'server-only';
// The one wrapper every annotation route handler goes through, so that each handler stays a few
// lines (parse, authorise, call lib/, respond) and none can forget a check. For a mutation, in
// this order: same Origin (403), signed in (401), body size (413), JSON (400), schema (400); then
// the handler, whose data-layer errors become 400/401/403/404/409 here, and a database that is away
// becomes 503. Responses depend on who asks, so no cache may keep them.
import type { z } from 'zod';
import { readBody } from '@/lib/api/read-body';
import { AnnotationError, type Issue } from '@/lib/annotations/errors';
import { isSameOrigin } from '@/lib/auth/origin';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import { isAuthorGone } from '@/lib/db/errors';
import { jsonError, withDatabaseErrors } from '@/lib/http';
import { limits } from '@/lib/validations/annotation';

type Params = Record<string, string>;
type Context<P extends Params> = { params: Promise<P> };

const statusOf = { invalid: 400, forbidden: 403, 'not-found': 404, conflict: 409 } as const;

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

const invalidRequest = (issues: Issue[]) => jsonError(400, 'The request is not valid.', { issues });

/** Parses with `schema`, throwing the data layer's "invalid" error (400 with every issue). */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AnnotationError('invalid', 'The request is not valid.', issuesOf(result.error));
  return result.data;
}

/** The query string as an object, for a schema to parse. */
export const searchParamsOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

function respondToError(error: unknown): Response {
  if (error instanceof AnnotationError) {
    return error.kind === 'invalid' ? invalidRequest(error.issues) : jsonError(statusOf[error.kind], error.message);
  }
  // A row that vanished between the check and the write (a concurrent delete).
  if ((error as { code?: unknown })?.code === 'P2025') return jsonError(404, 'Not found.');
  // The signed-in account was deleted a moment ago (the next request's session check says so too).
  if (isAuthorGone(error)) return jsonError(401, 'This account no longer exists; nothing was written.');
  throw error;
}

function privateResponse(response: Response): Response {
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
  response.headers.append('vary', 'Cookie');
  return response;
}

type ReadArgs<P extends Params> = { request: Request; params: P; user: SessionUser | null };

/** A GET handler: anyone may ask; `user` is null when signed out. */
export function readRoute<P extends Params>(handler: (args: ReadArgs<P>) => Promise<Response>) {
  return withDatabaseErrors(async (request: Request, context: Context<P>) => {
    try {
      const user = await getSessionUser();
      return privateResponse(await handler({ request, params: await context.params, user }));
    } catch (error) {
      return privateResponse(respondToError(error));
    }
  });
}

type WriteArgs<P extends Params, Body> = { request: Request; params: P; user: SessionUser; body: Body };

/**
 * A state-changing handler. Pass `null` as the schema for one without a body (DELETE), or a
 * function of the route's params for a schema that checks the body against what they name (so
 * that one 400 lists every problem, of shape and of content alike).
 */
export function writeRoute<P extends Params, S extends z.ZodType | null>(
  schema: S | ((params: P) => Promise<S>),
  handler: (args: WriteArgs<P, S extends z.ZodType ? z.output<S> : undefined>) => Promise<Response>,
) {
  return withDatabaseErrors(async (request: Request, context: Context<P>) => {
    try {
      if (!isSameOrigin(request)) {
        return jsonError(403, 'Cross-site request refused: a change must come from this site (its Origin header).');
      }
      const user = await getSessionUser();
      if (!user) return jsonError(401, 'Sign in to do this.');
      const params = await context.params;
      const bodySchema = typeof schema === 'function' ? await schema(params) : schema;
      let body: unknown;
      if (bodySchema) {
        const read = await readBody(request, limits.bodyBytes);
        if (!read.ok) {
          return read.problem === 'too-large'
            ? jsonError(413, `The request body is larger than ${limits.bodyBytes.toLocaleString('en')} bytes.`)
            : invalidRequest([{ path: '', message: 'the request body is not UTF-8' }]);
        }
        let json: unknown;
        try {
          json = JSON.parse(read.text);
        } catch (error) {
          return invalidRequest([{ path: '', message: `the request body is not JSON (${(error as Error).message})` }]);
        }
        body = parseWith(bodySchema, json);
      }
      const args = { request, params, user, body } as WriteArgs<P, S extends z.ZodType ? z.output<S> : undefined>;
      return privateResponse(await handler(args));
    } catch (error) {
      return privateResponse(respondToError(error));
    }
  });
}
