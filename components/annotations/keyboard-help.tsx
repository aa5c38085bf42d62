import { useTranslations } from 'next-intl';

// How to annotate without a mouse, said where readers look for it.
export function KeyboardHelp() {
  const t = useTranslations('Notes');
  const tags = { kbd: (text: React.ReactNode) => <kbd>{text}</kbd>, strong: (text: React.ReactNode) => <strong>{text}</strong> };
  return (
    <details className="keyboard-help">
      <summary>{t('keyboardHelp')}</summary>
      <ul>
        <li>{t.rich('keyboardSelect', tags)}</li>
        <li>{t.rich('keyboardCaret', tags)}</li>
        <li>{t.rich('keyboardToolbar', tags)}</li>
        <li>{t.rich('keyboardHighlights', tags)}</li>
        <li>{t('keyboardList')}</li>
      </ul>
    </details>
  );
}
