// /documents/<slug>/print?scope=&language=&color=&tag=&q=: the export's content as a page that
// prints cleanly to PDF. The same query, rules and order as GET /api/documents/<slug>/export.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import { PrintView } from '@/components/export/print-view';
import type { Annotation } from '@/lib/annotations/types';
import { appOrigin } from '@/lib/auth/origin';
import { getSessionUser } from '@/lib/auth/session';
import { getDocument } from '@/lib/data/documents';
import { iterateAnnotations, listAnnotations } from '@/lib/db/annotations';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { annotationFilterSchema, type AnnotationFilter } from '@/lib/validations/annotation';

// A page holds what a browser can lay out; beyond this the Markdown export is the way.
const shownAtMost = 2_000;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await getDocument((await params).slug);
  return { title: document ? `Annotations: ${document.title}` : 'Annotations', robots: { index: false } };
}

/** The annotations to show, or null when the filter asks for the reader's own and no one is signed in. */
async function loadPrint(slug: string, filter: AnnotationFilter): Promise<{ annotations: Annotation[]; total: number } | null> {
  const user = await getSessionUser();
  if (filter.scope === 'mine' && !user) return null;
  const annotations: Annotation[] = [];
  for await (const annotation of iterateAnnotations(slug, user, filter)) {
    annotations.push(annotation);
    if (annotations.length === shownAtMost) break;
  }
  const total = annotations.length < shownAtMost ? annotations.length : (await listAnnotations(slug, user, { ...filter, limit: 1, offset: 0 })).total;
  return { annotations, total };
}

export default async function PrintPage({ params, searchParams }: Props) {
  const [{ slug }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const document = await getDocument(slug);
  if (!document) notFound();
  const flat = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value.at(-1) : value]));
  const parsed = annotationFilterSchema.safeParse(flat);
  const t = await getTranslations('Export');
  if (!parsed.success) {
    return (
      <div className="message-page">
        <h1>{t('badAddress')}</h1>
        <ul className="plain-list" lang="en">
          {parsed.error.issues.map((issue, i) => (
            <li key={i}>
              {issue.path.join('.') || 'address'}: {issue.message}
            </li>
          ))}
        </ul>
        <p>
          <Link href={`/documents/${slug}/print`}>{t('printEverything')}</Link>
        </p>
      </div>
    );
  }
  const filter = parsed.data;
  const here = `/documents/${slug}/print?${new URLSearchParams(flat as Record<string, string>)}`;
  let loaded: Awaited<ReturnType<typeof loadPrint>>;
  try {
    loaded = await loadPrint(slug, filter);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return <DatabaseUnavailable what="print" retryHref={here} />;
  }
  if (!loaded) {
    return (
      <div className="message-page">
        <h1>{t('signInToPrint')}</h1>
        <p>
          {t.rich('signInOrShared', {
            signin: (text) => <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{text}</Link>,
            shared: (text) => <Link href={`/documents/${slug}/print`}>{text}</Link>,
          })}
        </p>
      </div>
    );
  }
  const { annotations, total } = loaded;
  const exportQuery = new URLSearchParams({ format: 'markdown', ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) });
  return (
    <PrintView
      document={document}
      annotations={annotations}
      total={total}
      filter={filter}
      baseUrl={appOrigin(requestHeaders) ?? 'http://localhost:3000'}
      exportedAt={new Date()}
      exportHref={`/api/documents/${slug}/export?${exportQuery}`}
    />
  );
}
