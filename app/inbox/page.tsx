import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { DatabaseUnavailable } from '@/components/database-unavailable';
import { InboxItemActions, MarkAllRead } from '@/components/inbox/inbox-actions';
import { getSessionUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { listInbox } from '@/lib/db/notifications';
import { formatMoment } from '@/lib/annotations/client/wording';
import { inboxQuerySchema, type InboxItem, type InboxPage } from '@/lib/notifications/types';
import './inbox.css';

export const metadata: Metadata = { title: 'Inbox' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const what = (item: InboxItem) => (item.kind === 'mention' ? 'mentioned you' : 'replied to your note');

function Item({ item }: { item: InboxItem }) {
  const actor = item.actor?.name ?? 'A former reader';
  const label = `${actor} ${what(item)} on ${item.document.title}`;
  return (
    <li className={item.read ? 'inbox-item' : 'inbox-item is-unread'}>
      <p className="inbox-what">
        {item.read ? null : <span className="inbox-unread">Unread</span>}
        <strong>{actor}</strong> {what(item)} on <cite>{item.document.title}</cite>
      </p>
      {item.excerpt ? <blockquote className="inbox-excerpt">{item.excerpt}</blockquote> : null}
      <p className="inbox-when">
        <time dateTime={item.createdAt}>{formatMoment(item.createdAt)}</time>
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
    return <DatabaseUnavailable what="your inbox" retryHref="/inbox" />;
  }
  if (!page) redirect('/signin?callbackUrl=%2Finbox');
  const older = query.success && query.data.before;
  return (
    <div className="inbox-page">
      <h1>Inbox</h1>
      <div className="inbox-summary">
        <p>{page.unread === 0 ? 'Nothing unread.' : page.unread === 1 ? '1 unread.' : `${page.unread} unread.`}</p>
        {page.unread > 0 ? <MarkAllRead /> : null}
      </div>
      {page.items.length === 0 ? (
        <p className="inbox-empty">
          {older ? 'No older notifications.' : 'Nothing here yet. When someone replies to your note or mentions you with @ and your name, it shows here.'}
        </p>
      ) : (
        <ol className="inbox-list">
          {page.items.map((item) => (
            <Item key={item.id} item={item} />
          ))}
        </ol>
      )}
      <nav aria-label="Inbox pages" className="inbox-pages">
        {older ? <Link href="/inbox">Newest</Link> : null}
        {page.next ? <Link href={`/inbox?before=${page.next}`}>Older notifications</Link> : null}
      </nav>
    </div>
  );
}
