import { cookies } from 'next/headers';
import { writeRoute } from '@/lib/api/route';
import { deleteAccount, deleteAccountSchema } from '@/lib/auth/account';
import { clientAddress } from '@/lib/auth/rate-limit';
import { RateLimitedError, rateLimitedResponse } from '@/lib/auth/rate-limited';
import { clearSessionCookies } from '@/lib/auth/session-cookie';

/**
 * DELETE { notes: "delete" | "keep-shared", password } → 204: the account and its sessions are
 * gone, with its notes or all but the shared ones (kept under "a former reader").
 */
export const DELETE = writeRoute(deleteAccountSchema, async ({ request, user, body }) => {
  try {
    await deleteAccount(user, body, clientAddress(request.headers));
    clearSessionCookies(await cookies());
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedResponse(error);
    throw error;
  }
});
