'use client';
import { Link } from '@/components/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import styles from '@/components/auth/account-nav.module.css';

/** Sign in / sign up links that bring the reader back to the page they were on. */
export function SignInLinks() {
  const t = useTranslations('AccountNav');
  const pathname = usePathname();
  const back = pathname && !/^\/(signin|signup)(\/|$)/.test(pathname) && pathname !== '/' ? `?callbackUrl=${encodeURIComponent(pathname)}` : '';
  return (
    <>
      <Link href={`/signin${back}`} className={styles.link}>
        {t('signIn')}
      </Link>
      <Link href={`/signup${back}`} className={styles.link}>
        {t('signUp')}
      </Link>
    </>
  );
}
