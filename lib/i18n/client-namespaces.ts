// Which messages each part of the app hands to the browser. A page's Client Components format their
// labels in the browser, so their namespaces travel in the page's RSC payload; sending every message
// of the interface would put about 30 KB of strings that no script reads into every page.
// lib/i18n/client-messages.test.ts follows each route's imports and fails when a Client Component
// asks for a namespace its part of the app does not send.
import type { Messages } from '@/lib/i18n/messages';

type Namespace = keyof Messages;

export const clientNamespaces = {
  /** The header and footer of every page (app/layout.tsx), and the error boundary inside it. */
  layout: ['AccountNav', 'LanguageSwitcher', 'Common', 'ErrorPage'],
  /** The reader, its notes panel and toolbar, and the print view of its notes (app/documents/[slug]). */
  reader: [
    'Announce',
    'ApiErrors',
    'Colors',
    'CompareNotes',
    'Export',
    'GroupNotes',
    'Import',
    'KeyTerms',
    'LanguageNames',
    'LiveNotes',
    'Mentions',
    'Notes',
    'Reader',
    'ReadingMode',
  ],
  groups: ['ApiErrors', 'Groups'],
  inbox: ['Inbox'],
  account: ['Account', 'Auth', 'PasswordRules'],
  signIn: ['Auth', 'SignIn', 'SignInErrors'],
  signUp: ['Auth', 'PasswordRules', 'SignUp'],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientArea = keyof typeof clientNamespaces;

/** The namespaces of `area` out of all the messages of the interface language. */
export function clientMessages(messages: Record<string, unknown>, area: ClientArea): Record<string, unknown> {
  return Object.fromEntries(clientNamespaces[area].map((namespace) => [namespace, messages[namespace]]));
}
