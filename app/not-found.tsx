import Link from 'next/link';
import type { Metadata } from 'next';
import { getDocuments } from '@/lib/data/documents';

export const metadata: Metadata = { title: 'Not found' };

export default async function NotFound() {
  const documents = await getDocuments().catch(() => []);
  return (
    <div className="message-page">
      <h1>Nothing here</h1>
      <p>There is no document or page at this address. The link may be mistyped, or the document may have moved.</p>
      {documents.length ? (
        <>
          <h2>Documents you can read</h2>
          <ul className="plain-list">
            {documents.map((document) => (
              <li key={document.slug}>
                <Link href={`/documents/${document.slug}`}>{document.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href="/">Go to the list of documents</Link>
      </p>
    </div>
  );
}
