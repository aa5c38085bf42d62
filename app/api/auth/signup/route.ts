import { readBody } from '@/lib/api/read-body';
import { jsonError, withDatabaseErrors } from '@/lib/http';
import { isSameOrigin } from '@/lib/auth/origin';
import { attemptLimiters, clientAddress, RateLimitedError } from '@/lib/auth/rate-limit';
import { createAccount, duplicateEmailMessage, validateSignUp } from '@/lib/auth/signup';

// Email, name and a password of at most 200 characters fit many times over.
const maxBodyBytes = 4096;

/** POST { email, name, password } → 201 { user }; the client then signs in through next-auth. */
export const POST = withDatabaseErrors(async (request: Request) => {
  if (!isSameOrigin(request)) return jsonError(403, 'This request did not come from Accord’s own pages.');
  if (!request.headers.get('content-type')?.startsWith('application/json')) return jsonError(415, 'Send the form as JSON.');
  // Streamed with a limit: an oversize body is refused without being held whole.
  const read = await readBody(request, maxBodyBytes);
  if (!read.ok) return read.problem === 'too-large' ? jsonError(413, 'The request is too large.') : jsonError(400, 'The request is not valid UTF-8.');
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return jsonError(400, 'The request is not valid JSON.');
  }

  const checked = validateSignUp(body);
  if (!checked.ok) return jsonError(400, 'Some fields need attention.', { fieldErrors: checked.fieldErrors, formErrors: checked.formErrors });

  try {
    // Only well-formed attempts count: someone trying passwords against the rules is not an attack.
    await attemptLimiters().signUp.take({ account: checked.data.email, address: clientAddress(request.headers) });
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    return Response.json(
      { error: error.message, retryAfter: error.retryAfterSeconds },
      { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
    );
  }

  const user = await createAccount(checked.data);
  if (!user) return jsonError(409, duplicateEmailMessage, { fieldErrors: { email: [duplicateEmailMessage] } });
  return Response.json({ user }, { status: 201 });
});
