// The names the interface gives the document's languages ("Korean", 한국어, 韓国・朝鮮語), and a
// list of them as the interface language writes one ("English and Korean", 영어 및 한국어).
import { useLocale, useTranslations } from 'next-intl';
import { listFormat, runtimeLanguageName } from '@/lib/i18n/format';

type Named = { code: string; name: string };

export function useLanguageNames() {
  const t = useTranslations('LanguageNames');
  const locale = useLocale();
  const nameOf = (language: Named): string => {
    const base = (language.code.split('-')[0] ?? language.code) as 'en';
    if (t.has(base)) return t(base);
    // A language the messages do not name: the content's English name, or the runtime's own.
    return locale === 'en' ? language.name : runtimeLanguageName(locale, language.code);
  };
  const listOf = (languages: readonly Named[]): string => listFormat(locale).format(languages.map(nameOf));
  return { nameOf, listOf };
}
