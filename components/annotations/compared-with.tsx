'use client';
// The words a comparison answers, quoted in the compare prompt and in the selection toolbar.
import { useTranslations } from 'next-intl';
import { useReader } from '@/components/annotations/reader-context';
import { draftLanguages } from '@/lib/annotations/client/compare';
import type { Draft } from '@/lib/annotations/client/store';

const excerpt = (text: string, max = 60) => {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max).join('')}…` : text;
};

/** The words a comparison answers, in their own language: “deep remorse…” (English). */
export function Quoted({ draft, message }: { draft: Draft; message: 'prompt' | 'answering' }) {
  const c = useTranslations('CompareNotes');
  const { info } = useReader();
  const quote = draft.targets.map((t) => t.exact).join(' … ');
  return (
    <>
      {c.rich(message, {
        text: excerpt(quote),
        // The words in their own language (a text node alone would be read in the interface's).
        quote: (chunks) => <span lang={draft.language}>{chunks}</span>,
        language: draftLanguages(draft).map(info.languageName).join(', '),
      })}
    </>
  );
}

/** In the selection toolbar, once the answer is selected: what it will be compared with. */
export function ComparedWith({ draft }: { draft: Draft }) {
  return (
    <p className="selection-compared">
      <Quoted draft={draft} message="answering" />
    </p>
  );
}
