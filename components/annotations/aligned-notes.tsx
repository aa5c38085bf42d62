'use client';
// The quiet marker in a cell whose counterparts in the other languages are annotated: one per
// cell, "◆ 2 notes · KO JA" (said in full to a screen reader), so that what is said about one
// version of a passage is visible from the others. One note opens at once; several open a short
// list to choose from, and the chosen note opens with the others a step away.
import { useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { useOptionalLayer } from '@/components/annotations/layer-context';
import { languagesOf, notesOnCounterparts } from '@/lib/annotations/client/aligned-notes';
import { colorNames, excerpt, languageCodes, notesOnOtherTexts, plainComment, plural } from '@/lib/annotations/client/wording';

export function AlignedNotes({ segmentId, lang }: { segmentId: string; lang: string }) {
  const layer = useOptionalLayer();
  const [open, setOpen] = useState(false);
  const marker = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const notes = useMemo(
    () => (layer ? notesOnCounterparts(layer.annotations, segmentId, lang, layer.languages.map((l) => l.code), layer.pendingIds) : []),
    [layer, segmentId, lang],
  );

  if (!layer || !notes.length) return null;
  const codes = languagesOf(notes);
  const ids = notes.map((n) => n.id);
  const choose = (index: number) => {
    setOpen(false);
    layer.openAnnotations(ids, { index, trigger: marker.current });
  };

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
    <div className="aligned-notes" lang="en" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={marker}
        type="button"
        className="aligned-notes-button"
        data-note-languages={codes.join(' ')}
        aria-label={notesOnOtherTexts(notes.length, codes.map(layer.languageName))}
        {...(notes.length > 1 ? { 'aria-expanded': open, 'aria-controls': listId } : {})}
        onClick={() => (notes.length > 1 ? setOpen(!open) : choose(0))}
      >
        <span aria-hidden="true" className="aligned-notes-icon">
          ◆
        </span>
        {plural(notes.length, 'note')} · {languageCodes(codes)}
      </button>
      {notes.length > 1 ? (
        <ul id={listId} className="aligned-notes-list" hidden={!open}>
          {notes.map((note, index) => {
            const comment = plainComment(note.comment);
            return (
              <li key={note.id}>
                <button type="button" className="aligned-notes-item" onClick={() => choose(index)}>
                  <ColorSwatch color={note.color} />
                  <span className="visually-hidden">{colorNames[note.color]} note on the </span>
                  <span className="aligned-notes-item-lang">
                    <span aria-hidden="true">{note.language.toUpperCase()}</span>
                    <span className="visually-hidden">{layer.languageName(note.language)} text</span>
                  </span>
                  <span className="aligned-notes-item-text">
                    <span lang={note.language}>“{excerpt(note.targets.map((t) => t.exact).join(' … '), 40)}”</span>
                    {comment ? <span className="aligned-notes-item-comment"> {excerpt(comment, 60)}</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
