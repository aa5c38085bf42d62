// The remembered column choice: one cookie for every document, read on the server so that the
// first paint already shows the reader's columns. Written by the no-JavaScript route and by the
// controls' script, hence not HttpOnly; it holds nothing but language codes.

export const columnCookieName = 'accord_langs';
export const columnCookieMaxAge = 60 * 60 * 24 * 365;

// Commas are not allowed in cookie values (RFC 6265); language codes never hold a dot.
export function columnCookieValue(codes: readonly string[]): string {
  return codes.join('.');
}

/** The cookie as a `langs` value, for `resolveColumns`. */
export function rememberedLangs(cookieValue: string | undefined): string | undefined {
  if (!cookieValue) return undefined;
  return cookieValue.split('.').join(',');
}

/** For `document.cookie`. */
export function columnCookieString(codes: readonly string[], secure: boolean): string {
  return `${columnCookieName}=${columnCookieValue(codes)}; Path=/; Max-Age=${columnCookieMaxAge}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Remembers the columns in the browser (the controls' script; the no-JavaScript route sets the same cookie). */
export function rememberColumns(codes: readonly string[]): void {
  document.cookie = columnCookieString(codes, window.location.protocol === 'https:');
}
