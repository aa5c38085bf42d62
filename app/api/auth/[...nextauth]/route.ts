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

export async function POST(request: NextRequest, context: Context) {
  try {
    return (await refuseWhenLimited(request, context)) ?? handle(request, context);
  } catch (error) {
    // The limits live in the database: while it is away, a 503 in next-auth's `{ url }` shape,
    // whose error code the sign-in page explains (next-auth answers authorize's own outages so).
    if (!isDatabaseUnavailable(error)) throw error;
    const url = new URL('/signin', request.nextUrl.origin);
    url.searchParams.set('error', signInErrorCode.unavailable);
    return Response.json({ url: url.toString(), error: 'The database is not answering; try again shortly.' }, { status: 503, headers: { 'Retry-After': '2' } });
  }
}
