'use client';
// The quiet marker in a cell whose counterpart in another language is annotated: "1 note on the
// Korean text". What is said about one version of a passage is visible from the others.
import { useMemo } from 'react';
import { useOptionalLayer } from '@/components/annotations/layer-context';
import { notesOnText } from '@/lib/annotations/client/wording';

export function AlignedNotes({ segmentId, lang }: { segmentId: string; lang: string }) {
  const layer = useOptionalLayer();
  const groups = useMemo(() => {
    if (!layer) return [];
    const byLanguage = new Map<string, string[]>();
    for (const annotation of layer.annotations) {
      if (annotation.deleted || annotation.language === lang || layer.pendingIds.has(annotation.id)) continue;
      if (!annotation.targets.some((t) => t.segmentId === segmentId && t.anchor.status === 'anchored')) continue;
      byLanguage.set(annotation.language, [...(byLanguage.get(annotation.language) ?? []), annotation.id]);
    }
    return [...byLanguage].sort(([a], [b]) => layer.languages.findIndex((l) => l.code === a) - layer.languages.findIndex((l) => l.code === b));
  }, [layer, segmentId, lang]);

  if (!layer || !groups.length) return null;
  return (
    <p className="aligned-notes" lang="en">
      {groups.map(([code, ids]) => (
        <button
          key={code}
          type="button"
          className="aligned-notes-button"
          data-note-language={code}
          onClick={(event) => layer.openAnnotations(ids, { trigger: event.currentTarget })}
        >
          <span aria-hidden="true" className="aligned-notes-icon">
            ◆
          </span>
          {notesOnText(ids.length, layer.languageName(code))}
        </button>
      ))}
    </p>
  );
}
