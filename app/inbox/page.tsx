import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import { LocalTime } from '@/components/i18n/local-time';
import { InboxItemActions, MarkAllRead } from '@/components/inbox/inbox-actions';
import { getSessionUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { listInbox } from '@/lib/db/notifications';
import { inboxQuerySchema, type InboxItem, type InboxPage } from '@/lib/notifications/types';
import './inbox.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Inbox');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type T = Awaited<ReturnType<typeof getTranslations<'Inbox'>>>;

function Item({ item, t }: { item: InboxItem; t: T }) {
  const values = { actor: item.actor?.name ?? t('formerReader'), title: item.document.title };
  const label = t.markup(item.kind, { ...values, who: (chunks) => chunks, doc: (chunks) => chunks });
  return (
    <li className={item.read ? 'inbox-item' : 'inbox-item is-unread'}>
      <p className="inbox-what">
        {item.read ? null : <span className="inbox-unread">{t('unreadBadge')}</span>}
        {t.rich(item.kind, { ...values, who: (chunks) => <strong>{chunks}</strong>, doc: (chunks) => <cite>{chunks}</cite> })}
      </p>
      {item.excerpt ? <blockquote className="inbox-excerpt">{item.excerpt}</blockquote> : null}
      <p className="inbox-when">
        <LocalTime iso={item.createdAt} />
      </p>
      <InboxItemActions id={item.id} href={item.href} read={item.read} label={label} />
    </li>
  );
}

export default async function InboxPage({ searchParams }: Props) {
  const query = inboxQuerySchema.safeParse(await searchParams);
  let page: InboxPage | null;
  try {
    const user = await getSessionUser();
    page = user && (await listInbox(user, query.success ? query.data : {}));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return <DatabaseUnavailable what="inbox" retryHref="/inbox" />;
  }
  if (!page) redirect('/signin?callbackUrl=%2Finbox');
  const t = await getTranslations('Inbox');
  const older = query.success && query.data.before;
  return (
    <div className="inbox-page">
      <h1>{t('title')}</h1>
      <div className="inbox-summary">
        <p>{t('unread', { count: page.unread })}</p>
        {page.unread > 0 ? <MarkAllRead /> : null}
      </div>
      {page.items.length === 0 ? (
        <p className="inbox-empty">{older ? t('noOlder') : t('empty')}</p>
      ) : (
        <ol className="inbox-list">
          {page.items.map((item) => (
            <Item key={item.id} item={item} t={t} />
          ))}
        </ol>
      )}
      <nav aria-label={t('pages')} className="inbox-pages">
        {older ? <Link href="/inbox">{t('newest')}</Link> : null}
        {page.next ? <Link href={`/inbox?before=${page.next}`}>{t('older')}</Link> : null}
      </nav>
    </div>
  );
}
