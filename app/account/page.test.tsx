import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailable } from '@/components/database-unavailable';

// The session check as it fails while the database restarts, or for a reason of its own.
const session = vi.hoisted(() => ({ failure: undefined as Error | undefined }));
vi.mock('@/lib/auth/session', () => ({
  getSessionUser: async () => {
    throw session.failure;
  },
}));

afterEach(() => {
  session.failure = undefined;
});

describe('the account page', () => {
  it('shows the calm "temporarily unavailable" page, not the error page, while the database is away', async () => {
    session.failure = Object.assign(new Error('the database system is starting up'), { code: '57P03' });
    const { default: AccountPage } = await import('@/app/account/page');
    const page = await AccountPage();
    expect(page.type).toBe(DatabaseUnavailable);
    expect(page.props).toMatchObject({ retryHref: '/account' });
  });

  it('lets any other failure through to the error page', async () => {
    session.failure = new Error('something unforeseen');
    const { default: AccountPage } = await import('@/app/account/page');
    await expect(AccountPage()).rejects.toThrow('something unforeseen');
  });
});
