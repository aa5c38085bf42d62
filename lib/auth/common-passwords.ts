// The passwords guessed first: zxcvbn-ts's list of about 49,000 common passwords (from leaked
// password sets), shipped inside its npm package, so nothing is fetched at run time. For the server
// and scripts only (the launcher creates the demo account through lib/auth/password.ts): the list is
// a few hundred kilobytes that no browser needs, so client components receive the rules as text.
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

/** Whether `password` is on the list, whatever its case and the spaces around it. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common']);
  return common.has(password.trim().toLowerCase());
}

export const commonPasswordCount = () => dictionary['passwords-common'].length;
