// Where to go after signing in: a path on this site only, so that a crafted link cannot send a
// fresh session's owner to another site. Shared by server and client code.

/** A path on this site (with its query and fragment), else `fallback`: never another origin. */
export function sameSitePath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  const base = 'http://accord.invalid';
  if (!URL.canParse(value, base)) return fallback;
  const url = new URL(value, base);
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function safeCallbackPath(value: unknown, fallback = '/'): string {
  const path = sameSitePath(value, fallback);
  // Coming back to the auth pages themselves would be a loop.
  return /^\/(signin|signup)(\/|[?#]|$)/.test(path) ? fallback : path;
}
