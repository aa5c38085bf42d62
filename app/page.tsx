import { Link } from '@/components/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageName } from '@/components/reader/language-name';
import { getDocuments } from '@/lib/data/documents';
import { formatDate } from '@/lib/reader/format-date';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  // By title, as a reader scans a list; the folder names that order content/ are not shown.
  const documents = [...(await getDocuments())].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const locale = await getLocale();
  const t = await getTranslations('Home');
  const status = await getTranslations('Status');
  return (
    <div className="home">
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <ul className="document-list">
        {documents.map((document) => {
          const first = document.languages[0];
          const facts = [first?.place, first?.date ? formatDate(first.date, locale) : undefined, t('passages', { count: document.segments.length })].filter(
            Boolean,
          );
          const otherTitles = document.languages.slice(1).filter((l) => l.title !== document.title);
          return (
            <li key={document.slug} className="document-card">
              <h2 lang={first?.code}>
                <Link href={`/documents/${document.slug}`}>{document.title}</Link>
              </h2>
              {otherTitles.length ? (
                <p className="document-titles">
                  {otherTitles.map((language, index) => (
                    <span key={language.code}>
                      {index ? ' · ' : null}
                      <span lang={language.code}>{language.title}</span>
                    </span>
                  ))}
                </p>
              ) : null}
              <p className="document-facts">{facts.join(' · ')}</p>
              <h3 className="visually-hidden">{t('languages')}</h3>
              <ul className="language-list">
                {document.languages.map((language) => (
                  <li key={language.code}>
                    <span className="language-list-name">
                      <LanguageName language={language} />
                    </span>
                    <span className={`status-badge status-${language.status}`}>{status(language.status)}</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
