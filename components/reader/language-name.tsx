import { useLocale } from 'next-intl';
import { useLanguageNames } from '@/components/i18n/use-language-names';
import type { DocumentLanguage } from '@/lib/content';

/**
 * "한국어 Korean": the language's own name in its own language, then its name in the interface
 * language (one name when they are the same: "한국어" in the Korean interface).
 */
export function LanguageName({ language }: { language: Pick<DocumentLanguage, 'code' | 'name' | 'nativeName'> }) {
  const locale = useLocale();
  const name = useLanguageNames().nameOf(language);
  if (language.nativeName === name) return <span lang={language.code}>{name}</span>;
  return (
    <>
      <span lang={language.code}>{language.nativeName}</span>{' '}
      <span className="language-name-en" lang={locale}>
        {name}
      </span>
    </>
  );
}
