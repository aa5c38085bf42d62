import { cookies } from 'next/headers';
import { endSessions } from '@/lib/db/sessions';
import { jsonError, withDatabaseErrors } from '@/lib/http';
import { isSameOrigin } from '@/lib/auth/origin';
import { getSessionUser } from '@/lib/auth/session';
import { clearSessionCookies } from '@/lib/auth/session-cookie';

// next-auth's own sign-out only logs a failed signOut event and clears the cookie anyway; here
// the answer waits for the session version to be bumped, so "signed out" means signed out
// everywhere. Signing out of an ended session is not an error.

export const POST = withDatabaseErrors(async (request: Request) => {
  if (!isSameOrigin(request)) return jsonError(403, 'This request did not come from Accord’s own pages.');
  const user = await getSessionUser();
  if (user) await endSessions(user.id);

  clearSessionCookies(await cookies());
  return new Response(null, { status: 204 });
});
