import Link from 'next/link';
import type { DocumentContent } from '@/lib/content';
import { ColumnControls } from '@/components/reader/column-controls';
import { DeepLinkStatus } from '@/components/reader/deep-link-status';
import { KeyTerms } from '@/components/reader/key-terms';
import { LangsNotice } from '@/components/reader/langs-notice';
import { ParallelText } from '@/components/reader/parallel-text';
import { formatDate } from '@/lib/reader/format-date';
import type { ColumnView } from '@/lib/reader/langs';
import { languageColours } from '@/lib/reader/language-colours';
import './reader.css';

/** The reader page's body. `reader-layout` is a flex row so that a side panel can sit beside the text. */
export function Reader({ document, view, panel }: { document: DocumentContent; view: ColumnView; panel?: React.ReactNode }) {
  const columns = view.codes.map((code) => document.languages.find((l) => l.code === code)).filter((l) => l !== undefined);
  const first = document.languages[0];
  const languageNames = document.languages.map(({ code, name, nativeName }) => ({ code, name, nativeName }));
  const facts = [
    first?.place,
    first?.date ? formatDate(first.date) : undefined,
    `${document.segments.length} passages`,
    `${document.languages.length} ${document.languages.length === 1 ? 'language' : 'languages'}`,
  ].filter(Boolean);
  return (
    <div className="reader-layout">
      <article className="reader" aria-labelledby="reader_title" data-columns={columns.length}>
        <header className="reader-header">
          <h1 id="reader_title" lang={first?.code}>
            {document.title}
          </h1>
          <p className="reader-facts">
            {facts.join(' · ')}
            {document.witnesses.length ? (
              <>
                {' · '}
                <Link href={`/documents/${document.slug}/compare`}>Compare the texts of a language</Link>
              </>
            ) : null}
          </p>
          {document.languages.length > 1 ? (
            <ColumnControls slug={document.slug} codes={view.codes} languages={languageNames} colours={languageColours(document)} />
          ) : null}
          {document.alignments.length ? <KeyTerms slug={document.slug} languages={columns.map(({ code, name }) => ({ code, name }))} /> : null}
        </header>
        {view.problems.length ? <LangsNotice view={view} languages={document.languages} /> : null}
        <DeepLinkStatus firstSegmentId={document.segments[0]?.id ?? ''} />
        <ParallelText document={document} columns={columns} />
      </article>
      {panel}
    </div>
  );
}
