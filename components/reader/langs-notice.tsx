import { useTranslations } from 'next-intl';
import { useLanguageNames } from '@/components/i18n/use-language-names';
import type { DocumentLanguage } from '@/lib/content';
import type { ColumnView } from '@/lib/reader/langs';

/** Says what was wrong with `?langs=` and what is shown instead: the page never fails on it. */
export function LangsNotice({ view, languages }: { view: ColumnView; languages: DocumentLanguage[] }) {
  const t = useTranslations('Reader');
  const { nameOf, listOf } = useLanguageNames();
  const available = languages.map((l) => `${l.code} (${nameOf(l)})`).join(', ');
  const shown = view.codes.map((code) => languages.find((l) => l.code === code) ?? { code, name: code });
  const from = view.from === 'remembered' ? 'remembered' : view.from === 'address' ? 'address' : 'usual';
  return (
    <div className="notice notice-warning langs-notice" role="status">
      <p className="notice-title">{t('langsTitle')}</p>
      {/* What parseLangs found wrong, in English (lib/reader/langs.ts). */}
      <ul lang="en">
        {view.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>{t('langsShowing', { names: listOf(shown), from, available })}</p>
    </div>
  );
}
