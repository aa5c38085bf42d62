import styles from '@/components/auth/auth-form.module.css';

/** The refusals of one field, under it; the field points here with aria-describedby. */
export function FieldErrorList({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <ul id={id} className={styles.fieldErrors}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

/** aria-describedby for a field: its hints, then its errors when it has any. */
export const describedBy = (errorsId: string, hasErrors: boolean, ...hints: string[]) =>
  [...hints, hasErrors ? errorsId : ''].filter(Boolean).join(' ') || undefined;
