'use client';
// The side panel's import: a W3C Web Annotation file (our own JSON-LD export, or another tool's)
// becomes the reader's annotations on this document. The file is first checked without writing
// (a preview): the form shows what would happen, and only the reader's confirmation writes it,
// all or nothing. A file with any problem is refused whole, its problems listed.
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { formatBytes } from '@/components/export/download';
import styles from '@/components/export/export.module.css';
import { doneText, planLines, type ImportSummary } from '@/lib/export/import-summary';
import { importBodyBytes } from '@/lib/export/limits';

type Problem = { path: string; message: string };
// `message`: a key of Import in messages/*.json with its values, or the API's own words (English).
type Message = { key: 'failed' | 'cannotSend' | 'chooseFile' | 'tooBig'; values?: Record<string, string | number> } | { text: string };
type State =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'preview'; file: File; summary: ImportSummary }
  | { phase: 'importing'; file: File; summary: ImportSummary }
  | { phase: 'done'; summary: ImportSummary }
  | { phase: 'refused'; message: Message; problems: Problem[]; count: number };

type Props = {
  slug: string;
  /** Called after a successful import, e.g. to reload the panel's list. */
  onImported?: (summary: ImportSummary) => void;
};

const refused = (message: Message): State => ({ phase: 'refused', message, problems: [], count: 0 });

async function send(slug: string, file: File, preview: boolean): Promise<State> {
  try {
    const response = await fetch(`/api/documents/${encodeURIComponent(slug)}/import?preview=${preview}`, {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'application/ld+json' },
      credentials: 'same-origin',
    });
    const body = (await response.json().catch(() => null)) as (ImportSummary & { error?: string; problems?: Problem[]; problemCount?: number }) | null;
    if (response.ok && body) return preview ? { phase: 'preview', file, summary: body } : { phase: 'done', summary: body };
    const problems = body?.problems ?? [];
    const message: Message = body?.error ? { text: body.error } : { key: 'failed', values: { status: response.status } };
    return { phase: 'refused', message, problems, count: body?.problemCount ?? problems.length };
  } catch {
    return refused({ key: 'cannotSend' });
  }
}

export function ImportForm({ slug, onImported }: Props) {
  const t = useTranslations('Import');
  const words = (key: Parameters<typeof t>[0], values: Record<string, string | number>) => t(key, values);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const id = useId();
  const busy = state.phase === 'checking' || state.phase === 'importing';

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setState(refused({ key: 'chooseFile' }));
    if (file.size > importBodyBytes) {
      return setState(refused({ key: 'tooBig', values: { size: formatBytes(file.size), max: formatBytes(importBodyBytes) } }));
    }
    setState({ phase: 'checking' });
    setState(await send(slug, file, true));
  }

  async function confirm() {
    if (state.phase !== 'preview') return;
    setState({ ...state, phase: 'importing' });
    const next = await send(slug, state.file, false);
    setState(next);
    if (next.phase === 'done') onImported?.(next.summary);
  }

  const plan = state.phase === 'preview' || state.phase === 'importing' ? state.summary : undefined;
  const writes = plan ? plan.imported + plan.replies > 0 : false;

  return (
    <section className={styles.box} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {t('title')}
      </h3>
      <form onSubmit={check} className={styles.importForm}>
        <label htmlFor={`${id}-file`}>{t('fileLabel', { size: formatBytes(importBodyBytes) })}</label>
        {/* The browser's own file button cannot be styled: the input is hidden from sight (still
            focusable and named by both labels) and a label drawn as a button opens it. */}
        <span className={styles.fileField}>
          <input
            id={`${id}-file`}
            className={styles.fileInput}
            name="file"
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            // Another file means another plan: the one shown no longer applies.
            onChange={(event) => {
              setFileName(event.currentTarget.files?.[0]?.name ?? null);
              setState({ phase: 'idle' });
            }}
          />
          <label htmlFor={`${id}-file`} className={styles.fileButton}>
            {t('chooseAFile')}
          </label>
          <span className={styles.fileName}>{fileName ?? t('noFileChosen')}</span>
        </span>
        <button type="submit" className="button" disabled={busy}>
          {state.phase === 'checking' ? t('checking') : t('checkFile')}
        </button>
      </form>
      <div role="status" className={styles.status}>
        {state.phase === 'checking' ? t('checkingStatus') : null}
        {state.phase === 'importing' ? t('importing') : null}
        {state.phase === 'done' ? doneText(state.summary, words) : null}
        {state.phase === 'preview' ? (writes ? t('checkedWrites') : t('checkedNothing')) : null}
      </div>
      {plan ? (
        <div className={styles.plan} aria-labelledby={`${id}-plan`} role="group">
          <h4 id={`${id}-plan`} className={styles.planTitle}>
            {t('planTitle')}
          </h4>
          <ul className={styles.planList}>
            {planLines(plan, words).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className={styles.actions}>
            {writes ? (
              <button type="button" className="button" onClick={confirm} disabled={busy}>
                {state.phase === 'importing' ? t('importing') : t('importCount', { count: plan.imported })}
              </button>
            ) : null}
            <button type="button" className={styles.secondary} onClick={() => setState({ phase: 'idle' })} disabled={busy}>
              {writes ? t('cancel') : t('close')}
            </button>
          </div>
        </div>
      ) : null}
      {state.phase === 'refused' ? (
        <div role="alert" className={styles.error}>
          <p>{'text' in state.message ? state.message.text : t(state.message.key, state.message.values ?? {})}</p>
          {state.problems.length ? (
            <ul className={styles.problems}>
              {state.problems.map((problem, i) => (
                <li key={i}>
                  {problem.path ? <code>{problem.path}</code> : null} {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
          {state.count > state.problems.length ? <p>{t('moreProblems', { count: state.count - state.problems.length })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
