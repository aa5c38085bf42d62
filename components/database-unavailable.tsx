import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';

/**
 * What a page shows instead of its data while the database is not answering (a restart takes a
 * few seconds): not an error of the reader's or a crash, nothing lost, and reloading is the fix.
 * `what` names what cannot be shown (messages/*.json, DatabaseUnavailable.body).
 */
export async function DatabaseUnavailable({ what, retryHref }: { what: 'account' | 'print' | 'groups' | 'group' | 'invitation' | 'inbox'; retryHref: string }) {
  const t = await getTranslations('DatabaseUnavailable');
  const common = await getTranslations('Common');
  return (
    <div className="message-page" role="status">
      <h1>{t('heading')}</h1>
      <p>{t('body', { what })}</p>
      <p className="message-actions">
        <Link href={retryHref} className="button">
          {t('retry')}
        </Link>
        <Link href="/">{common('documentsLink')}</Link>
      </p>
    </div>
  );
}
