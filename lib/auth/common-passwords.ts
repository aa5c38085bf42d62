import 'server-only';
// The passwords guessed first: zxcvbn-ts's list of about 49,000 common passwords (from leaked
// password sets), shipped inside its npm package, so nothing is fetched at run time. Server-only:
// the list is a few hundred kilobytes that no browser needs.
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

/** Whether `password` is on the list, whatever its case and the spaces around it. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common']);
  return common.has(password.trim().toLowerCase());
}

export const commonPasswordCount = () => dictionary['passwords-common'].length;
