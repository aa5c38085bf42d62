// The notice of a note whose text changed, rendered as the server renders it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnchorNotice } from '@/components/annotations/anchor-notice';
import { ReaderContext, type ReaderContextValue } from '@/components/annotations/reader-context';
import type { ReaderActions } from '@/lib/annotations/client/actions';
import type { LiveUpdates } from '@/lib/annotations/client/live';
import { createStore } from '@/lib/annotations/client/external-store';
import { initialState } from '@/lib/annotations/client/store';
import type { AnnotationTarget, RenderedAnnotation } from '@/lib/annotations/types';
import { InterfaceLanguage } from '@/lib/testing/interface-language';

const reader: ReaderContextValue = {
  store: createStore(initialState({ highlights: [], total: 0, covered: 0, tags: [], collapsed: false })),
  actions: {} as ReaderActions,
  live: {} as LiveUpdates,
  info: {} as ReaderContextValue['info'],
};

const span = (anchor: AnnotationTarget['anchor']): AnnotationTarget => ({
  segmentId: 's1',
  segmentPosition: 0,
  language: 'en',
  witness: 'default',
  start: 0,
  end: 5,
  exact: 'words',
  prefix: '',
  suffix: '',
  anchor,
});

function notice(targets: AnnotationTarget[], status: RenderedAnnotation['status']) {
  const annotation = { id: 'a', deleted: false, language: 'en', status, targets } as unknown as RenderedAnnotation;
  return renderToStaticMarkup(
    <InterfaceLanguage>
      <ReaderContext.Provider value={reader}>
        <AnchorNotice annotation={annotation} own />
      </ReaderContext.Provider>
    </InterfaceLanguage>,
  );
}

describe('AnchorNotice', () => {
  it('offers to confirm an uncertain span even when a sibling span is orphaned, and says part is lost', () => {
    const html = notice(
      [
        span({ status: 'uncertain', start: 0, end: 5, moved: false, reason: 'context-changed', found: 'words' }),
        span({ status: 'orphaned', reason: 'quote-not-found' }),
      ],
      'orphaned',
    );
    expect(html).toContain('Part of this passage no longer matches the text');
    expect(html).toContain('Confirm it here');
    expect(html).toContain('Select the passage again');
  });

  it('says a wholly orphaned note is kept with its words, with nothing to confirm', () => {
    const html = notice([span({ status: 'orphaned', reason: 'quote-not-found' })], 'orphaned');
    expect(html).toContain('This passage no longer matches the text');
    expect(html).not.toContain('Confirm it here');
  });
});
