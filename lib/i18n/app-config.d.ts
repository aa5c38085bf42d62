// Types next-intl's hooks and getTranslations: a key missing from messages/en.json, or a
// locale we do not have, fails `tsc`.
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
