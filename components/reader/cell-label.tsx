import { useLocale, useTranslations } from 'next-intl';
import { useLanguageNames } from '@/components/i18n/use-language-names';
import type { DocumentLanguage } from '@/lib/content';

/** Which text this is, said before it to screen readers on a wide screen, shown in the narrow stack. */
export function CellLabel({ language }: { language: DocumentLanguage & { witness?: string } }) {
  const t = useTranslations('Reader');
  const locale = useLocale();
  const { nameOf } = useLanguageNames();
  return (
    <span className="cell-label" lang={locale}>
      {nameOf(language)}
      {/* Another text of the language than its own (a witness) says which. */}
      {language.witness && language.witness !== 'default' ? ` (${language.witness})` : null}
      {language.status === 'working-translation' ? <span className="cell-label-status">{t('workingShort')}</span> : null}
    </span>
  );
}
