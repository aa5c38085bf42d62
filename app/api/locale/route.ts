// The language switcher's target, a plain form POST so that it works without JavaScript: remember
// the chosen interface language for a year, then go back to the page the reader was on (a path on
// this site only, never another origin). Nothing here needs an account.
import { cookies } from 'next/headers';
import { readBody } from '@/lib/api/read-body';
import { sameSitePath } from '@/lib/auth/callback-url';
import { isSameOrigin } from '@/lib/auth/origin';
import { jsonError } from '@/lib/http';
import { localeCookieMaxAge, localeCookieName } from '@/lib/i18n/locales';
import { localeChoiceSchema } from '@/lib/validations/locale';

// A language code and a page address.
const maxBodyBytes = 4096;

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return jsonError(403, 'This request did not come from Accord’s own pages.');
  if (!request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) {
    return jsonError(415, 'Send the language as a form (application/x-www-form-urlencoded).');
  }
  const read = await readBody(request, maxBodyBytes);
  if (!read.ok) return read.problem === 'too-large' ? jsonError(413, 'The request is too large.') : jsonError(400, 'The request is not valid UTF-8.');
  const parsed = localeChoiceSchema.safeParse(Object.fromEntries(new URLSearchParams(read.text)));
  if (!parsed.success) return jsonError(400, 'Choose one of the interface languages: en, ko or ja.');

  (await cookies()).set(localeCookieName, parsed.data.locale, {
    path: '/',
    maxAge: localeCookieMaxAge,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:',
  });
  // A relative Location keeps the host the browser used, whatever proxy sits in front.
  return new Response(null, { status: 303, headers: { Location: sameSitePath(parsed.data.back), 'Cache-Control': 'no-store' } });
}
