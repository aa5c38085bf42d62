'use client';
// A highlight made from the keyboard takes focus once its mark is drawn, so that Enter opens it.
import { useEffect, useState } from 'react';
import { useReaderState } from '@/components/annotations/reader-context';
import { marksOf } from '@/lib/annotations/client/reveal';

/** Returns a function that asks for the mark of annotation `id` to take focus as soon as it is drawn. */
export function useFocusMarkWhenDrawn(): (id: string) => void {
  const [id, setId] = useState<string | null>(null);
  // Followed only while a mark is awaited, so that the toolbar does not re-render for every redraw.
  const drawn = useReaderState((s) => (id ? s.drawn : null));
  useEffect(() => {
    if (!id) return;
    // The mark is drawn in a deferred render: look for it over the next frames.
    let frames = 0;
    let frame = 0;
    const focus = () => {
      const mark = marksOf(id)[0];
      if (mark?.tabIndex === 0) {
        mark.focus();
        setId(null);
      } else if (++frames < 60) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [id, drawn]);
  return setId;
}
