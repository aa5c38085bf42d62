import type { DocumentLanguage } from '@/lib/content';

/** Which text this is, said before it to screen readers on a wide screen, shown in the narrow stack. */
export function CellLabel({ language }: { language: DocumentLanguage }) {
  return (
    <span className="cell-label" lang="en">
      {language.name}
      {language.status === 'working-translation' ? <span className="cell-label-status">, working translation</span> : null}
    </span>
  );
}
