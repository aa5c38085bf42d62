// Whether the Notes panel beside the text is collapsed on a wide screen: one cookie for every
// document, read on the server so that the first paint already has the reader's layout. Written
// by the panel's script (hence not HttpOnly); it holds one word.

export const notesCookieName = 'accord_notes';
const collapsedValue = 'collapsed';
const maxAge = 60 * 60 * 24 * 365;

/** True when the cookie says the reader collapsed the panel; anything else shows it. */
export function notesCollapsed(cookieValue: string | undefined): boolean {
  return cookieValue === collapsedValue;
}

/** For `document.cookie`. */
export function notesCookieString(collapsed: boolean, secure: boolean): string {
  return `${notesCookieName}=${collapsed ? collapsedValue : 'open'}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
