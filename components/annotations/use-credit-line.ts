'use client';
// How an imported note or reply names whose words it holds, in the interface language: "from Alice
// Kim’s notes, 1 Dec 2026" (lib/annotations/credit.ts says it in English for the exports).
import { useLocale, useTranslations } from 'next-intl';
import { dateTimeFormat, intlLocale } from '@/lib/i18n/format';
import type { ImportedFrom } from '@/lib/annotations/types';

export function useCreditLine(): (from: ImportedFrom) => string {
  const t = useTranslations('Notes');
  const locale = useLocale();
  return (from) => {
    const credit = from.creatorName ? t('credit', { name: from.creatorName }) : t('creditSomeone');
    if (!from.created || Number.isNaN(new Date(from.created).getTime())) return credit;
    // A day, not a moment: fixed to UTC, so that server and browser write the same words.
    const date = dateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(from.created));
    return t('creditDated', { credit, date });
  };
}
