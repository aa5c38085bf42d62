'use client';
// What the notes panel shows in its notes tab: the list, one note, or the editor for a new note or
// an edit. One note and the editor are loaded when first shown: a reader who only reads never loads them.
import dynamic from 'next/dynamic';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState, type ComponentProps } from 'react';
import { NotesList } from '@/components/annotations/notes-list';
import { useGroups, useReader, useReaderState } from '@/components/annotations/reader-context';
import { draftLanguages } from '@/lib/annotations/client/compare';
import type { PanelView } from '@/lib/annotations/client/store';
import { rememberedAudience } from '@/lib/groups/audience';
import { listFormat } from '@/lib/i18n/format';

const AnnotationDetail = dynamic(() => import('@/components/annotations/annotation-detail').then((module) => module.AnnotationDetail));
const AnnotationEditor = dynamic(() => import('@/components/annotations/annotation-editor').then((module) => module.AnnotationEditor));

/** The id of the shown note's or form's heading, which the panel focuses when the view changes. */
export const viewHeading = 'notes-view-heading';

/** A note the panel shows, from those loaded or else from the API; undefined while it loads, null if it is gone. */
function useNote(id: string | null) {
  const { actions } = useReader();
  const note = useReaderState((s) => (id ? s.notes.get(id) : undefined));
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (!id || note) return;
    let live = true;
    void actions.ensureNotes([id]).then(([found]) => live && !found && setMissing(id));
    return () => {
      live = false;
    };
  }, [id, note, actions]);
  return note ?? (missing === id ? null : undefined);
}

function Loading({ gone }: { gone: boolean }) {
  const t = useTranslations('Notes');
  return gone ? (
    <p className="notice notice-warning" role="alert">
      {t('noteGone')}
    </p>
  ) : (
    <p className="muted" role="status">
      {t('loadingNote')}
    </p>
  );
}

export function PanelBody({ view, list }: { view: PanelView; list: ComponentProps<typeof NotesList> }) {
  const t = useTranslations('Notes');
  const c = useTranslations('CompareNotes');
  const locale = useLocale();
  const { actions, info } = useReader();
  const groups = useGroups();
  const shownId = view.mode === 'detail' ? view.ids[view.index]! : view.mode === 'edit' ? view.id : null;
  const note = useNote(shownId);
  if (view.mode === 'detail') {
    return (
      <>
        <BackButton />
        {note ? (
          <AnnotationDetail
            key={note.id}
            annotation={note}
            headingId={viewHeading}
            position={{ index: view.index, count: view.ids.length, go: (index) => actions.openAnnotations(view.ids, { index, scroll: true }) }}
          />
        ) : (
          <Loading gone={note === null} />
        )}
      </>
    );
  }
  if (view.mode === 'new') {
    return (
      <AnnotationEditor
        headingId={viewHeading}
        heading={
          draftLanguages(view.draft).length > 1
            ? c('newHeading', { languages: listFormat(locale).format(draftLanguages(view.draft).map(info.languageName)) })
            : t('newNote', { language: info.languageName(view.draft.language) })
        }
        language={view.draft.language}
        quotes={view.draft.targets}
        initial={{ color: 'yellow', comment: '', tags: [], ...rememberedAudience(info.slug, groups) }}
        submitLabel={t('saveNote')}
        onSubmit={(values) => actions.saveNew(view.draft, values)}
        onCancel={() => actions.showList({ restoreFocus: true })}
      />
    );
  }
  if (view.mode === 'edit') {
    if (!note) return <Loading gone={note === null} />;
    const initial = { color: note.color, comment: note.comment, tags: note.tags, visibility: note.visibility, groupId: note.group?.id };
    return (
      <AnnotationEditor
        headingId={viewHeading}
        heading={t('editNote')}
        language={note.language}
        quotes={note.targets}
        initial={initial}
        submitLabel={t('saveChanges')}
        credited={note.importedFrom !== undefined && note.visibility === 'private'}
        group={note.group}
        annotationId={note.id}
        onSubmit={(values) => actions.saveEdit(note.id, values)}
        onCancel={() => actions.openAnnotations([note.id])}
      />
    );
  }
  return <NotesList {...list} />;
}

function BackButton() {
  const t = useTranslations('Notes');
  const { actions } = useReader();
  return (
    <button type="button" className="link-button notes-back" onClick={() => actions.showList()}>
      ← {t('allNotes')}
    </button>
  );
}
