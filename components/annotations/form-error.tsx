// A refused write in the API's words: the sentence, then each problem it named.
export type Failure = { message: string; issues: string[] };

export function FormError({ error, className = 'form-error' }: { error: Failure | null; className?: string }) {
  if (!error) return null;
  return (
    <div role="alert" className={className}>
      <p>{error.message}</p>
      {error.issues.length ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
