'use client';
// One row of the notes list: the note's colour, languages and where it is, its badges, its quote in
// each language (or who resolved it), the start of its comment, and who wrote it. Choosing it opens it.
import { useLocale, useTranslations } from 'next-intl';
import { memo } from 'react';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { useReader, useReaderState } from '@/components/annotations/reader-context';
import { useCreditLine } from '@/components/annotations/use-credit-line';
import { excerpt } from '@/lib/annotations/client/wording';
import { languagesOf } from '@/lib/annotations/target-order';
import type { RenderedAnnotation } from '@/lib/annotations/types';

/** A row's height before it is measured (the virtualised list places rows by it until then). */
export const estimatedRowHeight = 118;

export const NoteItem = memo(function NoteItem({ note: listed }: { note: RenderedAnnotation }) {
  const t = useTranslations('Notes');
  const c = useTranslations('CompareNotes');
  const colors = useTranslations('Colors');
  const creditLine = useCreditLine();
  const { actions, info } = useReader();
  const g = useTranslations('GroupNotes');
  const locale = useLocale();
  // The version this page holds, if newer (edited here since the list page came).
  const note = useReaderState((s) => s.notes.get(listed.id)) ?? listed;
  // A note that compares languages shows each language's words, each in its own `lang`.
  const languages = languagesOf(note);
  const quotes = languages.map((code) => ({
    code,
    text: note.targets
      .filter((t) => t.language === code)
      .map((t) => t.exact)
      .join(' … '),
  }));
  const comment = note.commentText;
  const first = note.targets[0];
  return (
    <button
      type="button"
      className="note-item"
      data-note-item={note.id}
      data-color={note.deleted ? undefined : note.color}
      onClick={(event) => actions.openAnnotations([note.id], { scroll: true, trigger: event.currentTarget })}
    >
      <span className="note-item-head">
        {note.deleted ? null : <ColorSwatch color={note.color} />}
        <span className="visually-hidden">{note.deleted ? t('deletedNote') : t('colorNote', { color: colors(note.color) })}, </span>
        <span>
          {languages
            .map((code) => {
              // Each language's span says its text when it is not the language's own (a witness).
              const text = note.targets.find((t) => t.language === code && t.witness && t.witness !== 'default')?.witness;
              return text ? `${info.languageName(code)} (${t('onText', { text })})` : info.languageName(code);
            })
            .join(' ↔ ')}{' '}
          · {first?.segmentId}
        </span>
        {languages.length > 1 && !note.deleted ? <span className="visibility-badge is-comparison">{c('badge')}</span> : null}
        {note.visibility === 'private' && !note.deleted ? <span className="visibility-badge is-private">{t('privateBadge')}</span> : null}
        {note.group && !note.deleted ? <span className="visibility-badge is-group">{note.group.name}</span> : null}
        {note.hidden ? <span className="note-item-orphan">{g('hiddenBadge')}</span> : null}
        {note.status === 'orphaned' ? <span className="note-item-orphan">{t('noLongerInText')}</span> : null}
        {note.status === 'uncertain' && !note.deleted ? <span className="note-item-orphan note-item-uncertain">{t('textChanged')}</span> : null}
      </span>
      {note.resolved ? (
        // A resolved thread folds to one line saying who closed it; it opens (and reopens) like any other.
        <span className="note-item-meta note-item-resolved" lang={locale}>
          {g('resolvedBy', { name: note.resolvedBy?.name ?? g('someone') })}
        </span>
      ) : (
        quotes.map(({ code, text }) => (
          <span key={code} className="note-item-quote" lang={code}>
            “{excerpt(text, quotes.length > 1 ? 70 : 120)}”
          </span>
        ))
      )}
      {note.resolved ? null : note.deleted ? (
        <span className="note-item-comment muted">{t('deletedByAuthorShort')}</span>
      ) : comment ? (
        <span className="note-item-comment">{excerpt(comment, 140)}</span>
      ) : null}
      <span className="note-item-meta">
        {note.author.name}
        {note.importedFrom ? ` · ${creditLine(note.importedFrom)}` : ''}
        {note.replies.length ? ` · ${t('repliesCount', { count: note.replies.length })}` : ''}
        {note.tags.length ? ` · ${note.tags.map((t) => `#${t}`).join(' ')}` : ''}
      </span>
    </button>
  );
});

export const Placeholder = () => <div className="note-item is-loading" aria-hidden="true" />;
