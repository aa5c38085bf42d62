'use client';
// The side panel's import: a W3C Web Annotation file (our own JSON-LD export, or another tool's)
// becomes the reader's annotations on this document, or, if anything in it is wrong, nothing
// does and the problems are listed.
import { useId, useState, type FormEvent } from 'react';
import { formatBytes } from '@/components/export/download';
import styles from '@/components/export/export.module.css';
import { importBodyBytes } from '@/lib/export/limits';

type Summary = { imported: number; replies: number; skippedReplies: number; skippedDeleted: number };
type Problem = { path: string; message: string };
type State =
  { phase: 'idle' } | { phase: 'uploading' } | { phase: 'done'; summary: Summary } | { phase: 'refused'; message: string; problems: Problem[]; count: number };

type Props = {
  slug: string;
  /** Called after a successful import, e.g. to reload the panel's list. */
  onImported?: (summary: Summary) => void;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function summaryText({ imported, replies, skippedReplies, skippedDeleted }: Summary): string {
  const parts = [`Imported ${plural(imported, 'annotation')} and ${plural(replies, 'reply', 'replies')} as yours.`];
  if (skippedReplies) {
    parts.push(
      `${plural(skippedReplies, 'reply', 'replies')} by other people or under deleted annotations ${skippedReplies === 1 ? 'was' : 'were'} not imported.`,
    );
  }
  if (skippedDeleted)
    parts.push(`${plural(skippedDeleted, 'deleted annotation')} (kept in the file only for ${skippedDeleted === 1 ? 'its' : 'their'} replies) left out.`);
  return parts.join(' ');
}

export function ImportForm({ slug, onImported }: Props) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setState({ phase: 'refused', message: 'Choose a file to import.', problems: [], count: 0 });
      return;
    }
    if (file.size > importBodyBytes) {
      setState({
        phase: 'refused',
        message: `The file is ${formatBytes(file.size)}; at most ${formatBytes(importBodyBytes)} can be imported.`,
        problems: [],
        count: 0,
      });
      return;
    }
    setState({ phase: 'uploading' });
    try {
      const response = await fetch(`/api/documents/${encodeURIComponent(slug)}/import`, {
        method: 'POST',
        body: file,
        headers: { 'content-type': 'application/ld+json' },
        credentials: 'same-origin',
      });
      const body = (await response.json().catch(() => null)) as (Summary & { error?: string; problems?: Problem[]; problemCount?: number }) | null;
      if (response.ok && body) {
        setState({ phase: 'done', summary: body });
        onImported?.(body);
      } else {
        const problems = body?.problems ?? [];
        setState({
          phase: 'refused',
          message: body?.error ?? `The import failed (${response.status}).`,
          problems,
          count: body?.problemCount ?? problems.length,
        });
      }
    } catch {
      setState({ phase: 'refused', message: 'The file could not be sent; check the connection and try again.', problems: [], count: 0 });
    }
  }

  return (
    <section className={styles.box} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        Import
      </h3>
      <form onSubmit={submit} className={styles.importForm}>
        <label htmlFor={`${id}-file`}>W3C Web Annotation file (JSON-LD, up to {formatBytes(importBodyBytes)})</label>
        <input id={`${id}-file`} name="file" type="file" accept=".jsonld,.json,application/ld+json,application/json" />
        <button type="submit" className="button" disabled={state.phase === 'uploading'}>
          {state.phase === 'uploading' ? 'Importing…' : 'Import'}
        </button>
      </form>
      <div role="status" className={styles.status}>
        {state.phase === 'uploading' ? 'Checking and importing the file…' : null}
        {state.phase === 'done' ? summaryText(state.summary) : null}
      </div>
      {state.phase === 'refused' ? (
        <div role="alert" className={styles.error}>
          <p>{state.message}</p>
          {state.problems.length ? (
            <ul className={styles.problems}>
              {state.problems.map((problem, i) => (
                <li key={i}>
                  {problem.path ? <code>{problem.path}</code> : null} {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
          {state.count > state.problems.length ? <p>…and {plural(state.count - state.problems.length, 'more problem')}.</p> : null}
        </div>
      ) : null}
    </section>
  );
}
