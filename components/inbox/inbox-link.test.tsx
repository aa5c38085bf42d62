// The header's inbox link as the server renders it: the count is right without JavaScript.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InboxLink } from '@/components/inbox/inbox-link';
import { InterfaceLanguage } from '@/lib/testing/interface-language';

const html = (unread: number, locale: 'en' | 'ko' = 'en') =>
  renderToStaticMarkup(
    <InterfaceLanguage locale={locale}>
      <InboxLink unread={unread} />
    </InterfaceLanguage>,
  );

describe('InboxLink', () => {
  it('names the unread count in the link and shows it as a badge', () => {
    expect(html(3)).toContain('aria-label="Inbox, 3 unread"');
    expect(html(3)).toMatch(/data-testid="inbox-count"[^>]*>3</);
  });

  it('shows no badge and no count with nothing unread', () => {
    expect(html(0)).not.toContain('inbox-count');
    expect(html(0)).not.toContain('aria-label');
  });
});
