// The print view of exported annotations: what the Markdown export says, laid out to print
// cleanly (print-view.css). Presentational: the page hands it the annotations. The printed record
// is in English, as the Markdown export is; the toolbar around it speaks the interface language.
import { Link } from '@/components/link';
import { useLocale, useTranslations } from 'next-intl';
import { PrintButton } from '@/components/export/print-button';
import { PrintedAnnotation } from '@/components/export/printed-annotation';
import type { Annotation } from '@/lib/annotations/types';
import { statusLabel, type DocumentContent } from '@/lib/content';
import { documentUrl } from '@/lib/export/links';
import { describeFilters, describeScope, formatDateTime, sentence, statusNoteAfterLabel } from '@/lib/export/options';
import type { AnnotationFilter } from '@/lib/validations/annotation';
import './print-view.css';

type Props = {
  document: DocumentContent;
  annotations: Annotation[];
  /** How many matched, when more than `annotations` holds (the view shows a first part). */
  total: number;
  filter: AnnotationFilter;
  baseUrl: string;
  exportedAt: Date;
  exportHref: string;
};

export function PrintView({ document, annotations, total, filter, baseUrl, exportedAt, exportHref }: Props) {
  const t = useTranslations('Export');
  const locale = useLocale();
  const filters = describeFilters(filter);
  const url = documentUrl(baseUrl, document.slug);
  return (
    <div className="print-view" lang="en">
      <nav className="print-toolbar" aria-label={t('printView')} lang={locale}>
        <Link href={`/documents/${document.slug}`}>{t('backToDocument')}</Link>
        <PrintButton />
        <p className="muted">{t('saveAsPdf')}</p>
      </nav>
      <header className="print-header">
        <h1>
          Annotations: <span lang={document.languages[0]?.code}>{document.title}</span>
        </h1>
        <p>
          Exported {formatDateTime(exportedAt.toISOString())} from <a href={url}>{url}</a>. Scope: {describeScope(filter.scope)}.
          {filters.length ? ` Filters: ${filters.join(', ')}.` : ''}
        </p>
        <h2>Texts</h2>
        <ul className="print-texts">
          {document.languages.map((l) => (
            <li key={l.code}>
              <strong>{l.name}</strong> (lang: {l.code}): <span className={`status-badge status-${l.status}`}>{statusLabel(l.status)}</span>
              {statusNoteAfterLabel(l)} Source: {l.sourceUrl ? l.source : sentence(l.source)}
              {l.sourceUrl ? (
                <>
                  {' '}
                  <a href={l.sourceUrl}>{l.sourceUrl}</a>.
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </header>
      {annotations.map((annotation, i) => (
        <PrintedAnnotation key={annotation.id} number={i + 1} annotation={annotation} document={document} baseUrl={baseUrl} />
      ))}
      <p className="print-count">
        {total === 0 ? 'No annotations matched.' : total === 1 ? '1 annotation.' : `${total.toLocaleString('en')} annotations.`}
        {annotations.length < total ? (
          <>
            {' '}
            This view shows the first {annotations.length.toLocaleString('en')}; the <a href={exportHref}>Markdown export</a> has them all.
          </>
        ) : null}
      </p>
    </div>
  );
}
