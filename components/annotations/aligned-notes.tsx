'use client';
// The quiet marker in a cell whose counterparts in the other languages are annotated: one per
// cell, "◆ 2 notes · KO JA" (said in full to a screen reader), so that what is said about one
// version of a passage is visible from the others. It comes from the segment's notes in the store
// (counts by language), in the HTML so that nothing moves when the page wakes up; the notes
// themselves load only when a list of several is opened. One note opens at once; from several the
// reader chooses, and the chosen note opens with the others a step away.
import { useLocale, useTranslations } from 'next-intl';
import { memo, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { useOptionalReader, useReaderState, useSegmentNotes, type ReaderContextValue } from '@/components/annotations/reader-context';
import { counterpartNotes, type SegmentNote } from '@/lib/annotations/client/store';
import { excerpt, textCode, textName } from '@/lib/annotations/client/wording';
import { listFormat } from '@/lib/i18n/format';

function Choice({ note, reader, onChoose }: { note: SegmentNote; reader: ReaderContextValue; onChoose: () => void }) {
  const t = useTranslations('Notes');
  const colors = useTranslations('Colors');
  const loaded = useReaderState((s) => s.notes.get(note.id));
  const comment = loaded?.commentText ?? '';
  return (
    <li>
      <button type="button" className="aligned-notes-item" onClick={onChoose}>
        <ColorSwatch color={note.color} />
        <span className="aligned-notes-item-lang">
          <span aria-hidden="true">{textCode(note.text)}</span>
          <span className="visually-hidden">{t('colorNoteOn', { color: colors(note.color), language: textName(note.text, reader.info.languageName) })}</span>
        </span>
        <span className="aligned-notes-item-text">
          {loaded ? (
            <>
              <span lang={note.language}>
                “
                {excerpt(
                  loaded.targets
                    .filter((t) => t.language === note.language)
                    .map((t) => t.exact)
                    .join(' … '),
                  40,
                )}
                ”
              </span>
              {comment ? <span className="aligned-notes-item-comment"> {excerpt(comment, 60)}</span> : null}
            </>
          ) : (
            <span className="muted">{t('loading')}</span>
          )}
        </span>
      </button>
    </li>
  );
}

/** `text`: the text key the cell shows (`ja`, or `ja.working` for another text of Japanese): notes drawn on any other text are marked here. */
export const AlignedNotes = memo(function AlignedNotes({ segmentId, lang, text = lang }: { segmentId: string; lang: string; text?: string }) {
  const t = useTranslations('Notes');
  const locale = useLocale();
  const reader = useOptionalReader();
  const onSegment = useSegmentNotes(segmentId);
  const [open, setOpen] = useState(false);
  const marker = useRef<HTMLButtonElement>(null);
  const listId = useId();
  if (!reader) return null;
  const notes = counterpartNotes(
    onSegment,
    text,
    reader.info.languages.map((l) => l.code),
  );
  if (!notes.length) return null;
  const codes = [...new Set(notes.map((n) => n.text))];
  const ids = notes.map((n) => n.id);
  const choose = (index: number) => {
    setOpen(false);
    reader.actions.openAnnotations(ids, { index, trigger: marker.current });
  };
  function toggle() {
    if (notes.length === 1) return choose(0);
    if (!open) void reader!.actions.ensureNotes(ids);
    setOpen(!open);
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      marker.current?.focus();
    }
  }
  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  }

  return (
    <div className="aligned-notes" lang={locale} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={marker}
        type="button"
        className="aligned-notes-button"
        data-note-languages={codes.join(' ')}
        aria-label={t('notesOnTexts', {
          count: notes.length,
          languages: listFormat(locale).format(codes.map((code) => textName(code, reader.info.languageName))),
        })}
        {...(notes.length > 1 ? { 'aria-expanded': open, 'aria-controls': listId } : {})}
        onClick={toggle}
      >
        <span aria-hidden="true" className="aligned-notes-icon">
          ◆
        </span>
        {t('notesShort', { count: notes.length })} · {codes.map(textCode).join(' ')}
      </button>
      {notes.length > 1 ? (
        <ul id={listId} className="aligned-notes-list" hidden={!open}>
          {open ? notes.map((note, index) => <Choice key={note.id} note={note} reader={reader} onChoose={() => choose(index)} />) : null}
        </ul>
      ) : null}
    </div>
  );
});
