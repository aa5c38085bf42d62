// Our own route handlers and Server Actions are not covered by next-auth's CSRF cookie, and
// Next's Server Action check lets a request without Origin through: state-changing requests
// must name our origin exactly. A browser cannot forge Origin or Host on a cross-site request.

/** The app's origin: NEXTAUTH_URL's when set, else the one the request was addressed to (Host). */
export function appOrigin(headers: Headers, requestUrl?: string, nextAuthUrl = process.env.NEXTAUTH_URL): string | null {
  if (nextAuthUrl) return URL.canParse(nextAuthUrl) ? new URL(nextAuthUrl).origin : null;
  const host = headers.get('host');
  if (!host) return null;
  const protocol = requestUrl && URL.canParse(requestUrl) ? new URL(requestUrl).protocol : 'http:';
  const candidate = `${protocol}//${host}`;
  return URL.canParse(candidate) ? new URL(candidate).origin : null;
}

/** For Server Actions, which see headers (from next/headers) but no Request. */
export function hasSameOrigin(headers: Headers, requestUrl?: string): boolean {
  const origin = headers.get('origin');
  const expected = appOrigin(headers, requestUrl);
  // A missing Origin, or the opaque "null" of sandboxed frames and some redirects, is refused.
  return origin !== null && origin !== 'null' && expected !== null && origin === expected;
}

/** True only when the request's Origin header is present and equals the app's origin. */
export function isSameOrigin(request: Request): boolean {
  return hasSameOrigin(request.headers, request.url);
}
