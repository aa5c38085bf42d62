'use client';
// The document's notes in text order, filtered; those whose passage no longer matches the text
// in a group of their own, openly, with their quote. Choosing one scrolls to it and opens it.
import { useMemo } from 'react';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { useLayer } from '@/components/annotations/layer-context';
import { MoreNotes } from '@/components/annotations/more-notes';
import { NotesFilters } from '@/components/annotations/notes-filters';
import { countAnnotations, matchesFilter, tagCounts } from '@/lib/annotations/client/panel-filter';
import { colorNames, excerpt, plainComment, plural } from '@/lib/annotations/client/wording';
import type { Annotation } from '@/lib/annotations/types';

function NoteItem({ annotation }: { annotation: Annotation }) {
  const layer = useLayer();
  const pending = layer.pendingIds.has(annotation.id);
  const quote = annotation.targets.map((t) => t.exact).join(' … ');
  const comment = plainComment(annotation.comment);
  const first = annotation.targets[0];
  return (
    <li>
      <button
        type="button"
        className="note-item"
        data-note-item={annotation.id}
        data-color={annotation.deleted ? undefined : annotation.color}
        disabled={pending}
        onClick={(event) => layer.openAnnotations([annotation.id], { scroll: true, trigger: event.currentTarget })}
      >
        <span className="note-item-head">
          {annotation.deleted ? null : <ColorSwatch color={annotation.color} />}
          <span className="visually-hidden">{annotation.deleted ? 'Deleted note' : `${colorNames[annotation.color]} note`}, </span>
          <span>
            {layer.languageName(annotation.language)} · {first?.segmentId}
          </span>
          {annotation.visibility === 'private' && !annotation.deleted ? <span className="visibility-badge is-private">Private</span> : null}
          {pending ? <span className="note-item-saving">Saving…</span> : null}
        </span>
        <span className="note-item-quote" lang={annotation.language}>
          “{excerpt(quote, 120)}”
        </span>
        {annotation.deleted ? (
          <span className="note-item-comment muted">Deleted by its author; the replies remain.</span>
        ) : comment ? (
          <span className="note-item-comment">{excerpt(comment, 140)}</span>
        ) : null}
        <span className="note-item-meta">
          {annotation.author.name}
          {annotation.replies.length ? ` · ${plural(annotation.replies.length, 'reply', 'replies')}` : ''}
          {annotation.tags.length ? ` · ${annotation.tags.map((t) => `#${t}`).join(' ')}` : ''}
        </span>
      </button>
    </li>
  );
}

export function NotesList() {
  const layer = useLayer();
  const viewerId = layer.viewer?.id ?? null;
  const codes = useMemo(() => layer.languages.map((l) => l.code), [layer.languages]);
  const counts = useMemo(() => countAnnotations(layer.annotations, viewerId, layer.filter.scope, codes), [layer.annotations, viewerId, layer.filter.scope, codes]);
  const tags = useMemo(() => tagCounts(layer.annotations), [layer.annotations]);
  const shown = layer.annotations.filter((a) => matchesFilter(a, layer.filter, viewerId));
  const placed = shown.filter((a) => a.status === 'anchored');
  const orphaned = shown.filter((a) => a.status === 'orphaned');
  const total = layer.annotations.length;

  return (
    <div className="notes-list-view">
      {total ? <NotesFilters counts={counts} tags={tags} /> : null}
      <p className="notes-summary" role="status">
        {total === 0
          ? null
          : shown.length === total
            ? `${plural(total, 'note')}, in text order`
            : `Showing ${shown.length.toLocaleString('en')} of ${plural(total, 'note')}`}
      </p>
      <MoreNotes />
      {total === 0 ? (
        <div className="notes-empty">
          <p>No notes on this document yet.</p>
          <p className="muted">
            {layer.viewer ? 'Select words in any column to highlight them or comment on them.' : 'Shared notes appear here. '}
            {layer.viewer ? null : <a href={layer.signInHref()}>Sign in to add your own</a>}
          </p>
        </div>
      ) : shown.length === 0 ? (
        <p className="notes-empty">No notes match these filters.</p>
      ) : null}
      {placed.length ? (
        <ol className="note-items" aria-label="Notes in text order">
          {placed.map((annotation) => (
            <NoteItem key={annotation.id} annotation={annotation} />
          ))}
        </ol>
      ) : null}
      {orphaned.length ? (
        <section className="notes-orphans" aria-labelledby="accord_notes_orphans_title">
          <h3 id="accord_notes_orphans_title" className="notes-group-title">
            No longer in the text ({orphaned.length})
          </h3>
          <p className="muted">This passage no longer matches the text: the words below were changed or removed. The notes are kept with their quotes.</p>
          <ol className="note-items">
            {orphaned.map((annotation) => (
              <NoteItem key={annotation.id} annotation={annotation} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
