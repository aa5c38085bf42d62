import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { passwordLimits } from '@/lib/auth/password';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { SignUpForm } from '@/components/auth/sign-up-form';
import styles from '@/components/auth/auth-form.module.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SignUp'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations('SignUp');
  const callbackUrl = safeCallbackPath(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  const signInHref = callbackUrl === '/' ? '/signin' : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <SignUpForm callbackUrl={callbackUrl} passwordLimits={passwordLimits} />
      <p className={styles.switch}>{t.rich('haveAccount', { link: (text) => <Link href={signInHref}>{text}</Link> })}</p>
    </div>
  );
}
