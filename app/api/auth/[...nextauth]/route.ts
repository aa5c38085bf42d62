import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { accountKey, attemptLimiters, clientAddress } from '@/lib/auth/rate-limit';
import { signInErrorCode } from '@/lib/auth/sign-in-errors';
import { isDatabaseUnavailable } from '@/lib/db/errors';

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

/**
 * A spent sign-in limit answers 429 with Retry-After before next-auth runs. The body keeps
 * next-auth's `{ url }` shape, so that its client's signIn() reads the error from it.
 */
async function refuseWhenLimited(request: NextRequest, context: Context): Promise<Response | null> {
  const [action, provider] = (await context.params).nextauth;
  if (action !== 'callback' || provider !== 'credentials') return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get('email');
  const wait = await attemptLimiters().signIn.retryAfter({
    account: typeof email === 'string' ? accountKey(email) : '',
    address: clientAddress(request.headers),
  });
  if (wait === 0) return null;
  const url = new URL('/signin', request.nextUrl.origin);
  url.searchParams.set('error', signInErrorCode.rateLimited(wait));
  return Response.json(
    { url: url.toString(), error: `Too many attempts, try again in ${wait} seconds.` },
    { status: 429, headers: { 'Retry-After': String(wait) } },
  );
}

export const GET = handle;

/** 503 with Retry-After in next-auth's `{ url }` shape, naming the outage for the sign-in page. */
function unavailable(request: NextRequest): Response {
  const url = new URL('/signin', request.nextUrl.origin);
  url.searchParams.set('error', signInErrorCode.unavailable);
  return Response.json({ url: url.toString(), error: 'The database is not answering; try again shortly.' }, { status: 503, headers: { 'Retry-After': '2' } });
}

/**
 * next-auth answers any error thrown by authorize with 401, its message as `?error=`; authorize
 * throws signInErrorCode.unavailable for an outage, which is no wrong password: it becomes a 503.
 */
async function isOutageRefusal(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const url = typeof body === 'object' && body !== null && 'url' in body && typeof body.url === 'string' ? URL.parse(body.url) : null;
  return url?.searchParams.get('error') === signInErrorCode.unavailable;
}

export async function POST(request: NextRequest, context: Context) {
  try {
    const response = (await refuseWhenLimited(request, context)) ?? (await handle(request, context));
    if (!(await isOutageRefusal(response))) return response;
    // next-auth's own body and cookies, under the status the outage calls for.
    const headers = new Headers(response.headers);
    headers.set('Retry-After', '2');
    return new Response(response.body, { status: 503, headers });
  } catch (error) {
    // The limits live in the database: while it is away, the same 503.
    if (!isDatabaseUnavailable(error)) throw error;
    return unavailable(request);
  }
}
