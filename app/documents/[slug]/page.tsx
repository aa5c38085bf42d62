import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { AnnotationLayer } from '@/components/annotations/annotation-layer';
import { NotesPanel } from '@/components/annotations/notes-panel';
import { Reader } from '@/components/reader/reader';
import type { Annotation } from '@/lib/annotations/types';
import { getSessionUser } from '@/lib/auth/session';
import { getDocument } from '@/lib/data/documents';
import { listAnnotations } from '@/lib/db/annotations';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { columnCookieName, rememberedLangs } from '@/lib/reader/column-preference';
import { readerPath } from '@/lib/reader/columns';
import { langsParamValue, resolveColumns } from '@/lib/reader/langs';
import { notesCollapsed, notesCookieName } from '@/lib/reader/notes-preference';

/** More than a seminar writes on one text; beyond it the panel says so and loads the rest on request. */
const annotationsOnPage = 1000;

type LoadedAnnotations = { viewer: { id: string; name: string } | null; items: Annotation[]; total: number; unavailable: boolean };

/**
 * Who is reading and the annotations they may see, from the data layer (not over HTTP), so that
 * highlights are in the server-rendered page. Reading needs no database: if it is away, the text
 * still shows and the panel says why there are no notes.
 */
async function loadAnnotations(slug: string): Promise<LoadedAnnotations> {
  try {
    const user = await getSessionUser();
    const viewer = user && { id: user.id, name: user.name };
    const list = await listAnnotations(slug, viewer, { scope: 'visible', limit: annotationsOnPage, offset: 0 });
    return { viewer, items: list.items, total: list.total, unavailable: false };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { viewer: null, items: [], total: 0, unavailable: true };
    throw error;
  }
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await getDocument((await params).slug);
  return document ? { title: document.title } : {};
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const document = await getDocument((await params).slug);
  if (!document) notFound();
  const [query, cookieStore] = await Promise.all([searchParams, cookies()]);
  const view = resolveColumns({
    param: langsParamValue(query.langs),
    remembered: rememberedLangs(cookieStore.get(columnCookieName)?.value),
    languages: document.languages,
  });
  const annotations = await loadAnnotations(document.slug);
  return (
    <AnnotationLayer
      slug={document.slug}
      readerPath={readerPath(document.slug, view.codes)}
      languages={document.languages.map(({ code, name, nativeName }) => ({ code, name, nativeName }))}
      segmentIds={document.segments.map((segment) => segment.id)}
      viewer={annotations.viewer}
      initial={annotations.items}
      total={annotations.total}
      unavailable={annotations.unavailable}
      collapsed={notesCollapsed(cookieStore.get(notesCookieName)?.value)}
    >
      <Reader document={document} view={view} panel={<NotesPanel />} />
    </AnnotationLayer>
  );
}
