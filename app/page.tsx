import Link from 'next/link';
import { getDocuments } from '@/lib/data/documents';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const documents = await getDocuments();
  return (
    <>
      <h1>Documents</h1>
      <ul>
        {documents.map((document) => (
          <li key={document.slug}>
            <Link href={`/documents/${document.slug}`}>{document.title}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
