import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDocuments } from '@/lib/data/documents';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('NotFound'))('title') };
}

export default async function NotFound() {
  const documents = await getDocuments().catch(() => []);
  const t = await getTranslations('NotFound');
  const common = await getTranslations('Common');
  return (
    <div className="message-page">
      <h1>{t('heading')}</h1>
      <p>{t('body')}</p>
      {documents.length ? (
        <>
          <h2>{t('documents')}</h2>
          <ul className="plain-list">
            {documents.map((document) => (
              <li key={document.slug}>
                <Link href={`/documents/${document.slug}`} lang={document.languages[0]?.code}>
                  {document.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href="/">{common('documentsLink')}</Link>
      </p>
    </div>
  );
}
