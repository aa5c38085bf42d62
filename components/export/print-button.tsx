'use client';
import { useTranslations } from 'next-intl';

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. */
export function PrintButton() {
  const t = useTranslations('Export');
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
