// The messages of each interface language, one JSON file each in messages/ (ICU message syntax).
// English is the reference: lib/i18n/messages.test.ts fails when another language lacks a key.
import type en from '@/messages/en.json';
import type { Locale } from '@/lib/i18n/locales';

export type Messages = typeof en;

const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('@/messages/en.json'),
  ko: () => import('@/messages/ko.json'),
  ja: () => import('@/messages/ja.json'),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await loaders[locale]()).default;
}
