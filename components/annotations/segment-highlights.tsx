'use client';
// A segment's text with its highlights drawn in place: one <mark> per stretch of text that some
// highlights cover, so that overlapping highlights show as bands of each colour and the text
// content stays exactly the segment text. It subscribes to its own highlights only, so a change
// elsewhere does not re-render it; without an annotation layer around it, the plain text.
import { useTranslations } from 'next-intl';
import { memo, useDeferredValue, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useCounterpartLights, useDrawnHighlights, useOptionalReader } from '@/components/annotations/reader-context';
import { SelectionKeeper } from '@/components/annotations/selection-keeper';
import { anchorToUtf16 } from '@/lib/anchoring';
import { splitIntoFragments, type Fragment } from '@/lib/annotations/client/highlight-fragments';
import { draftId, type DrawnHighlight } from '@/lib/annotations/client/store';
import { phraseRuns, type PhraseSpan } from '@/lib/reader/phrase-runs';

/** `lang`: the text key the highlights are drawn on (`ja`, or `ja.working` for another text of Japanese; lib/content/text-keys.ts). */
type Props = { text: string; segmentId: string; lang: string; phrases?: PhraseSpan[] };
const noPhrases: PhraseSpan[] = [];

/** Bands of every colour covering a stretch, the innermost last (at the bottom, next to the underline). */
function bands(colors: string[]): React.CSSProperties | undefined {
  if (colors.length < 2) return undefined;
  const step = 100 / colors.length;
  const stops = colors.map((color, i) => `var(--note-${color}) ${i * step}% ${(i + 1) * step}%`);
  return { backgroundImage: `linear-gradient(to bottom, ${stops.join(', ')})` };
}

export const SegmentHighlights = memo(function SegmentHighlights({ text, segmentId, lang, phrases = noPhrases }: Props) {
  const t = useTranslations('Notes');
  const reader = useOptionalReader();
  // Deferred: when the page wakes up, every segment's marks are drawn in one interruptible render
  // that yields to the browser, not in one long task; a single new highlight is drawn as quickly.
  const highlights = useDeferredValue(useDrawnHighlights(segmentId, lang));
  // Phrases whose counterparts other languages' notes mark: lit lightly here, and they open those notes.
  const lights = useDeferredValue(useCounterpartLights(segmentId, lang, phrases));
  const litPhrases = useMemo(
    () =>
      new Map(
        lights
          ? lights
              .split(' ')
              .map((entry) => entry.split('=') as [string, string, string])
              .map(([id, color, ids]) => [id, { color, ids: ids.split(',') }])
          : [],
      ),
    [lights],
  );
  const fragments = useMemo(() => {
    const byId = new Map<string, DrawnHighlight>(highlights.map((h) => [h.id, h]));
    const spans = highlights.flatMap((h) => {
      try {
        return [{ id: h.id, ...anchorToUtf16(text, h) }];
      } catch {
        return []; // An anchor past the end of this text (content changed under a stale page): not drawn.
      }
    });
    const withHighlights = (fragment: Fragment) => ({ ...fragment, highlights: fragment.ids.map((id) => byId.get(id)!) });
    return phraseRuns(splitIntoFragments(text.length, spans), phrases).map((run) => ({ ...run, fragments: run.fragments.map(withHighlights) }));
  }, [highlights, text, phrases]);
  // Marks drawn or taken away replace the text nodes under the reader's selection: it is put back.
  if (!highlights.length && !phrases.length) return <SelectionKeeper drawn={fragments}>{text}</SelectionKeeper>;

  function openCounterpartNotes(event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>, ids: string[]) {
    // A click on a mark inside the phrase opens that mark's own notes.
    if (!reader || (event.target as Element).closest('mark.note-mark[data-annotation-ids]')) return;
    if ('key' in event) {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
    } else if (!window.getSelection()?.isCollapsed) return;
    reader.actions.openAnnotations(ids, { trigger: event.currentTarget });
  }

  function open(ids: string[], element: HTMLElement) {
    if (!reader) return;
    const pending = new Set(highlights.filter((h) => h.pending).map((h) => h.id));
    reader.actions.openAnnotations(ids.filter((id) => id !== draftId && !pending.has(id)).reverse(), { trigger: element });
  }
  function onClick(event: MouseEvent<HTMLElement>, ids: string[]) {
    // The end of a drag that selected text is not a click on the highlight.
    if (!window.getSelection()?.isCollapsed) return;
    open(ids, event.currentTarget);
  }
  function onKeyDown(event: KeyboardEvent<HTMLElement>, ids: string[]) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open(ids, event.currentTarget);
  }

  function draw(fragment: (typeof fragments)[number]['fragments'][number]) {
    const piece = text.slice(fragment.start, fragment.end);
    if (!fragment.highlights.length) return piece;
    const inner = fragment.highlights.at(-1)!;
    const saved = fragment.highlights.filter((h) => !h.pending);
    // Reachable with Tab where a saved highlight begins; every stretch opens on click.
    const focusable = fragment.starts.some((id) => saved.some((h) => h.id === id));
    // A note whose text changed since it was made is marked, for eyes and for screen readers.
    const uncertain = fragment.highlights.some((h) => h.uncertain);
    return (
      <mark
        key={fragment.start}
        className="note-mark"
        data-annotation-ids={fragment.ids.join(' ')}
        data-color={inner.color}
        data-visibility={inner.visibility}
        data-pending={inner.pending ? (inner.id === draftId ? 'draft' : 'saving') : undefined}
        data-depth={fragment.ids.length > 1 ? fragment.ids.length : undefined}
        data-uncertain={uncertain ? '' : undefined}
        title={uncertain ? t('textChangedSince') : undefined}
        style={bands(fragment.highlights.map((h) => h.color))}
        {...(focusable
          ? {
              tabIndex: 0,
              role: 'button',
              'aria-describedby': uncertain ? 'accord_note_mark_hint accord_note_mark_changed' : 'accord_note_mark_hint',
              onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(e, fragment.ids),
            }
          : {})}
        onClick={saved.length ? (e) => onClick(e, fragment.ids) : undefined}
      >
        {piece}
      </mark>
    );
  }

  const drawn = fragments.map((run) =>
    run.phrase ? (
      // Hovered or focused, it lights its counterparts in the other columns (PhraseLights).
      <span
        key={run.fragments[0]!.start}
        className="phrase"
        data-link={run.phrase}
        tabIndex={0}
        aria-describedby={litPhrases.has(run.phrase) ? 'accord_phrase_hint accord_phrase_notes_hint' : 'accord_phrase_hint'}
        {...(litPhrases.has(run.phrase)
          ? {
              'data-counterpart-color': litPhrases.get(run.phrase)!.color,
              onClick: (e: MouseEvent<HTMLElement>) => openCounterpartNotes(e, litPhrases.get(run.phrase!)!.ids),
              onKeyDown: (e: KeyboardEvent<HTMLElement>) => openCounterpartNotes(e, litPhrases.get(run.phrase!)!.ids),
            }
          : {})}
      >
        {run.fragments.map(draw)}
      </span>
    ) : (
      run.fragments.map(draw)
    ),
  );
  return <SelectionKeeper drawn={fragments}>{drawn}</SelectionKeeper>;
});
