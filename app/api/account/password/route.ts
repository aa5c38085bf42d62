import { cookies } from 'next/headers';
import { writeRoute } from '@/lib/api/route';
import { changePassword, changePasswordSchema } from '@/lib/auth/account';
import { clientAddress } from '@/lib/auth/rate-limit';
import { RateLimitedError, rateLimitedResponse } from '@/lib/auth/rate-limited';
import { setSessionCookie } from '@/lib/auth/session-cookie';

/**
 * POST { currentPassword, newPassword } → 204: the password is changed, every other session has
 * ended, and this one carries on with a new cookie.
 */
export const POST = writeRoute(changePasswordSchema, async ({ request, user, body }) => {
  try {
    const sessionVersion = await changePassword(user, body, clientAddress(request.headers));
    await setSessionCookie(await cookies(), user, sessionVersion);
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedResponse(error);
    throw error;
  }
});
