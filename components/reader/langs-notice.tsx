import type { DocumentLanguage } from '@/lib/content';
import { listNames, type ColumnView } from '@/lib/reader/langs';

/** Says what was wrong with `?langs=` and what is shown instead: the page never fails on it. */
export function LangsNotice({ view, languages }: { view: ColumnView; languages: DocumentLanguage[] }) {
  const available = languages.map((l) => `${l.code} (${l.name})`).join(', ');
  const instead = view.from === 'address' ? '' : view.from === 'remembered' ? ' (your last choice)' : ' (the usual view)';
  return (
    <div className="notice notice-warning langs-notice" role="status">
      <p className="notice-title">Some of the languages in this address cannot be shown.</p>
      <ul>
        {view.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        Showing {listNames(view.codes, languages)}
        {instead}. This document is available in: {available}.
      </p>
    </div>
  );
}
