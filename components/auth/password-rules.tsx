import styles from '@/components/auth/auth-form.module.css';

/** What a new password must be, under its field (the field's aria-describedby names `id`). */
export function PasswordRules({ id, rules }: { id: string; rules: string[] }) {
  return (
    <div id={id} className={styles.hint}>
      A password must be:
      <ul className={styles.rules}>
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </div>
  );
}
