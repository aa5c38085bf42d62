import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { demoUser } from '@/lib/db/demo-user';
import { authEnv } from '@/lib/env';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInError } from '@/lib/auth/sign-in-errors';
import { OAuthButton } from '@/components/auth/oauth-button';
import { SignInForm } from '@/components/auth/sign-in-form';
import styles from '@/components/auth/auth-form.module.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SignIn'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations('SignIn');
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const { ACCORD_EMBEDDED, GITHUB_ID, GITHUB_SECRET } = authEnv();
  const signUpHref = callbackUrl === '/' ? '/signup' : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      {ACCORD_EMBEDDED === '1' && (
        <aside className={styles.notice} aria-labelledby="demo-account-heading">
          <p id="demo-account-heading">
            <strong>{t('demoAccount')}</strong> <code>{demoUser.email}</code> / <code>{demoUser.password}</code>
          </p>
          <p>{t('demoNote')}</p>
        </aside>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={signInError(first(params.error))} />
      {GITHUB_ID && GITHUB_SECRET && (
        <>
          <p className={styles.divider}>{t('or')}</p>
          <OAuthButton provider="github" label={t('withGitHub')} callbackUrl={callbackUrl} />
        </>
      )}
      <p className={styles.switch}>{t.rich('newHere', { link: (text) => <Link href={signUpHref}>{text}</Link> })}</p>
    </div>
  );
}
