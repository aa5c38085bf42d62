import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { AnnotationLayer } from '@/components/annotations/annotation-layer';
import { NotesPanel } from '@/components/annotations/notes-panel';
import { Reader } from '@/components/reader/reader';
import { renderedList } from '@/lib/annotations/rendered';
import type { ReaderHighlights, RenderedAnnotationList } from '@/lib/annotations/types';
import { getSessionUser } from '@/lib/auth/session';
import { getDocument } from '@/lib/data/documents';
import { listHighlights } from '@/lib/db/annotation-highlights';
import { listAnnotations } from '@/lib/db/annotations';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { listGroups } from '@/lib/db/groups';
import type { GroupChoice } from '@/lib/groups/audience';
import { columnCookieName, rememberedLangs } from '@/lib/reader/column-preference';
import { readerPath } from '@/lib/reader/columns';
import { langsParamValue, resolveColumns } from '@/lib/reader/langs';
import { notesCollapsed, notesCookieName } from '@/lib/reader/notes-preference';
import { parseReadingMode } from '@/lib/reader/reading-mode';
import { parseWitnessChoice } from '@/lib/reader/witness-choice';

/** More than a seminar writes on one text; beyond it the panel says so and draws the rest on request. */
const highlightsOnPage = 1000;
/** The first rows of the panel's list, in the page so that it is not empty before scripts run; the rest load as it scrolls. */
const listedOnPage = 12;

type LoadedAnnotations = {
  viewer: { id: string; name: string } | null;
  groups: GroupChoice[];
  highlights: ReaderHighlights;
  firstPage: RenderedAnnotationList | null;
  unavailable: boolean;
};

const noHighlights: ReaderHighlights = { packed: '', covered: 0, tags: [] };

/**
 * Who is reading, the highlights of the notes they may see and the first rows of the panel, from
 * the data layer (not over HTTP). The notes themselves (comments, quotes, replies) are not in the
 * page: the panel loads them as it shows them. Reading needs no database: if it is away, the text
 * still shows and the panel says why there are no notes.
 */
async function loadAnnotations(slug: string): Promise<LoadedAnnotations> {
  try {
    const user = await getSessionUser();
    const viewer = user && { id: user.id, name: user.name };
    const [highlights, firstPage, groups] = await Promise.all([
      listHighlights(slug, viewer, { limit: highlightsOnPage }),
      listAnnotations(slug, viewer, { scope: 'visible', limit: listedOnPage, offset: 0 }),
      viewer ? listGroups(viewer) : [],
    ]);
    return { viewer, groups: groups.map(({ id, name, role }) => ({ id, name, role })), highlights, firstPage: renderedList(firstPage), unavailable: false };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { viewer: null, groups: [], highlights: noHighlights, firstPage: null, unavailable: true };
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
  const mode = parseReadingMode(query.mode);
  const witnesses = parseWitnessChoice(query.witness, document);
  if (witnesses.problems.length) view.problems.push(...witnesses.problems);
  const annotations = await loadAnnotations(document.slug);
  const collapsed = notesCollapsed(cookieStore.get(notesCookieName)?.value);
  return (
    <AnnotationLayer
      slug={document.slug}
      readerPath={readerPath(document.slug, view.codes, undefined, mode, witnesses.chosen)}
      languages={document.languages.map(({ code, name, nativeName }) => ({ code, name, nativeName }))}
      viewer={annotations.viewer}
      groups={annotations.groups}
      highlights={annotations.highlights}
      total={annotations.firstPage?.total ?? 0}
      unavailable={annotations.unavailable}
      collapsed={collapsed}
    >
      <Reader
        document={document}
        view={view}
        mode={mode}
        witnesses={witnesses.chosen}
        panel={<NotesPanel initialList={annotations.firstPage} />}
        panelFolded={collapsed}
      />
    </AnnotationLayer>
  );
}
