import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { DocumentContent } from '@/lib/content';
import { ColumnControls } from '@/components/reader/column-controls';
import { DeepLinkStatus } from '@/components/reader/deep-link-status';
import { LangsNotice } from '@/components/reader/langs-notice';
import { ParallelText } from '@/components/reader/parallel-text';
import { ReadIn } from '@/components/reader/read-in';
import { ReadingModes } from '@/components/reader/reading-modes';
import { formatDate } from '@/lib/reader/format-date';
import type { ColumnView } from '@/lib/reader/langs';
import { languageColours } from '@/lib/reader/language-colours';
import type { ReadingMode } from '@/lib/reader/reading-mode';
import { noWitnesses, shownLanguage, type WitnessChoice } from '@/lib/reader/witness-choice';
import './reader.css';

/**
 * `witnesses`: the text each language shows where it is not the language's own (`?witness=`).
 * `panelFolded`: whether `panel` starts folded away (the reader's remembered choice).
 */
type Props = {
  document: DocumentContent;
  view: ColumnView;
  mode: ReadingMode;
  witnesses?: WitnessChoice;
  panel?: React.ReactNode;
  panelFolded?: boolean;
};

/** The reader page's body. `reader-layout` is a flex row so that a side panel can sit beside the text. */
export function Reader({ document, view, mode, witnesses = noWitnesses, panel, panelFolded = false }: Props) {
  const chosen = view.codes.map((code) => document.languages.find((l) => l.code === code)).filter((l) => l !== undefined);
  // One language read in full: every other language of the document is a counterpart, the chosen ones first.
  const columns = (mode === 'single' ? [...chosen, ...document.languages.filter((l) => !view.codes.includes(l.code))] : chosen).map((l) =>
    shownLanguage(document, l, witnesses),
  );
  const t = useTranslations('Reader');
  const home = useTranslations('Home');
  const locale = useLocale();
  const first = document.languages[0];
  const languageNames = document.languages.map(({ code, name, nativeName }) => ({ code, name, nativeName }));
  const colours = languageColours(document);
  const facts = [
    first?.place,
    first?.date ? formatDate(first.date, locale) : undefined,
    home('passages', { count: document.segments.length }),
    t('languagesCount', { count: document.languages.length }),
  ].filter(Boolean);
  const several = document.languages.length > 1;
  return (
    // data-panel: the room the panel takes is kept for it while the page is still arriving (reader.css).
    <div className="reader-layout" data-panel={panel ? (panelFolded ? 'folded' : 'open') : undefined}>
      <article className="reader" aria-labelledby="reader_title" data-columns={mode === 'single' ? 1 : columns.length} data-mode={mode}>
        <header className="reader-header">
          <h1 id="reader_title" lang={first?.code}>
            {document.title}
          </h1>
          <p className="reader-facts">
            {facts.join(' · ')}
            {document.witnesses.length ? (
              <>
                {' · '}
                <Link href={`/documents/${document.slug}/compare`}>{t('compareTexts')}</Link>
              </>
            ) : null}
          </p>
          {several ? (
            <div className="reader-controls">
              <ReadingModes slug={document.slug} codes={view.codes} mode={mode} witnesses={witnesses} />
              {mode === 'single' ? (
                <ReadIn slug={document.slug} codes={view.codes} languages={languageNames} colours={colours} witnesses={witnesses} />
              ) : (
                <ColumnControls slug={document.slug} codes={view.codes} mode={mode} languages={languageNames} colours={colours} witnesses={witnesses} />
              )}
            </div>
          ) : null}
        </header>
        {view.problems.length ? <LangsNotice view={view} languages={document.languages} /> : null}
        <DeepLinkStatus firstSegmentId={document.segments[0]?.id ?? ''} />
        <ParallelText document={document} columns={columns} mode={mode} witnesses={witnesses} />
      </article>
      {panel}
    </div>
  );
}
