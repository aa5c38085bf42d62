import type { DocumentLanguage } from '@/lib/content';

/** "한국어 Korean": the language's own name in its own language, then the English one. */
export function LanguageName({ language }: { language: Pick<DocumentLanguage, 'code' | 'name' | 'nativeName'> }) {
  if (language.nativeName === language.name) return <span lang="en">{language.name}</span>;
  return (
    <>
      <span lang={language.code}>{language.nativeName}</span>{' '}
      <span className="language-name-en" lang="en">
        {language.name}
      </span>
    </>
  );
}
