'use client';
// The side panel's export control: choose a format, download the annotations the panel shows
// (its scope and filters) with progress and a way to cancel, or open the print view.
import { Link } from '@/components/link';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { downloadExport, ExportError, formatBytes, type DownloadProgress } from '@/components/export/download';
import styles from '@/components/export/export.module.css';
import type { AnnotationFilter } from '@/lib/validations/annotation';

const formats = [
  { value: 'markdown', label: 'Markdown', hint: 'markdownHint' },
  { value: 'csv', label: 'CSV', hint: 'csvHint' },
  { value: 'jsonld', label: 'W3C Web Annotation (JSON-LD)', hint: 'jsonldHint' },
  { value: 'tmx', label: 'TMX', hint: 'tmxHint' },
] as const;
type Format = (typeof formats)[number]['value'];

type Props = {
  slug: string;
  /** The panel's current scope and filters: the export holds what the panel lists. */
  filter: Partial<AnnotationFilter>;
  signedIn: boolean;
};

type State =
  | { phase: 'idle' }
  | { phase: 'downloading'; progress: DownloadProgress }
  | { phase: 'done'; fileName: string; bytes: number }
  | { phase: 'failed'; message: { text: string } | { key: 'cancelled' | 'interrupted' } };

export function queryOf(filter: Partial<AnnotationFilter>, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...extra, ...filter }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return new URLSearchParams(entries).toString();
}

export function ExportMenu({ slug, filter, signedIn }: Props) {
  const t = useTranslations('Export');
  const [format, setFormat] = useState<Format>('markdown');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const lastAnnounced = useRef(0);
  const id = useId();
  useEffect(() => () => controller.current?.abort(), []);

  const needsSignIn = filter.scope === 'mine' && !signedIn;
  const scope = filter.scope ?? 'visible';

  async function start() {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    lastAnnounced.current = 0;
    setState({ phase: 'downloading', progress: { bytes: 0, total: null } });
    try {
      const url = `/api/documents/${encodeURIComponent(slug)}/export?${queryOf(filter, { format })}`;
      const result = await downloadExport(
        url,
        `${slug}-${scope}-annotations.${format === 'markdown' ? 'md' : format}`,
        (progress) => {
          // Re-rendered (and so announced) at most twice a second, however fast the bytes come.
          const now = performance.now();
          if (now - lastAnnounced.current < 500) return;
          lastAnnounced.current = now;
          setState({ phase: 'downloading', progress });
        },
        current.signal,
      );
      setState({ phase: 'done', ...result });
    } catch (error) {
      if (current.signal.aborted) setState({ phase: 'failed', message: { key: 'cancelled' } });
      else setState({ phase: 'failed', message: error instanceof ExportError ? { text: error.message } : { key: 'interrupted' } });
    } finally {
      if (controller.current === current) controller.current = null;
    }
  }

  const downloading = state.phase === 'downloading';
  return (
    <section className={styles.box} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {t('title')}
      </h3>
      <fieldset className={styles.formats} disabled={downloading}>
        <legend>{t('format')}</legend>
        {formats.map((f) => (
          <label key={f.value} className={styles.choice}>
            <input type="radio" name={`${id}-format`} value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
            <span>
              {f.label} <span className={styles.hint}>{t(f.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className={styles.actions}>
        {downloading ? (
          <button type="button" className={styles.secondary} onClick={() => controller.current?.abort()}>
            {t('cancelExport')}
          </button>
        ) : (
          <button type="button" className="button" onClick={start} disabled={needsSignIn}>
            {t('download', { format: formats.find((f) => f.value === format)!.label.split(' (')[0]! })}
          </button>
        )}
        <Link href={`/documents/${encodeURIComponent(slug)}/print?${queryOf(filter)}`} className={styles.link}>
          {t('printView')}
        </Link>
      </div>
      {needsSignIn ? <p className={styles.hint}>{t('signInToExport')}</p> : null}
      {downloading ? <progress className={styles.progress} aria-label={t('progressLabel')} /> : null}
      <p role="status" className={state.phase === 'failed' ? styles.error : styles.status}>
        {state.phase === 'downloading'
          ? state.progress.total === null
            ? t('progressUnknown', { size: formatBytes(state.progress.bytes) })
            : t('progress', { count: state.progress.total, size: formatBytes(state.progress.bytes) })
          : null}
        {state.phase === 'done' ? t('downloaded', { file: state.fileName, size: formatBytes(state.bytes) }) : null}
        {state.phase === 'failed' ? ('text' in state.message ? state.message.text : t(state.message.key)) : null}
      </p>
    </section>
  );
}
