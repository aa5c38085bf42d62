'use client';
// "Select English": in a passage's gutter, one per shown language, seen only when it has keyboard
// focus. It selects that language's whole text of the passage and moves to the selection toolbar,
// so that a keyboard or screen-reader user can begin a note without caret browsing. Only for a
// signed-in reader (the others are offered to sign in), and only once scripts run.
import { useTranslations } from 'next-intl';
import { useOptionalReader } from '@/components/annotations/reader-context';
import { useHydrated } from '@/components/use-hydrated';
import { requestPassageSelection } from '@/lib/annotations/client/dom-selection';

export function SelectPassageButton({ segmentId, lang }: { segmentId: string; lang: string }) {
  const t = useTranslations('Notes');
  const reader = useOptionalReader();
  const hydrated = useHydrated();
  if (!hydrated || !reader?.info.viewer || reader.info.unavailable) return null;
  return (
    <button type="button" className="select-passage" onClick={(event) => requestPassageSelection({ segmentId, lang, trigger: event.currentTarget })}>
      {t('selectLanguage', { language: reader.info.languageName(lang) })}
      <span className="visually-hidden">{t('selectLanguageHidden', { id: segmentId })}</span>
    </button>
  );
}
