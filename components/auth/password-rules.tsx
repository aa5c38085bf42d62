import { useTranslations } from 'next-intl';
import styles from '@/components/auth/auth-form.module.css';

export type PasswordLimits = { min: number; max: number };

/** What a new password must be, under its field (the field's aria-describedby names `id`). */
export function PasswordRules({ id, limits }: { id: string; limits: PasswordLimits }) {
  const t = useTranslations('PasswordRules');
  const rules = [t('min', { min: limits.min }), t('max', { max: limits.max }), t('common')];
  return (
    <div id={id} className={styles.hint}>
      {t('intro')}
      <ul className={styles.rules}>
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </div>
  );
}
