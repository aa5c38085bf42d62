// The quoted passages of a note, rendered as the server renders them.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PassageQuotes, type Quote } from '@/components/annotations/passage-quotes';
import { ReaderContext, type ReaderContextValue } from '@/components/annotations/reader-context';
import { InterfaceLanguage } from '@/lib/testing/interface-language';

const reader = { info: { languageName: () => 'English' } } as unknown as ReaderContextValue;

const render = (quotes: Quote[]) =>
  renderToStaticMarkup(
    <InterfaceLanguage>
      <ReaderContext.Provider value={reader}>
        <PassageQuotes language="en" quotes={quotes} />
      </ReaderContext.Provider>
    </InterfaceLanguage>,
  );

describe('PassageQuotes', () => {
  it('links an orphaned quote to where it was', () => {
    expect(render([{ segmentId: 's1', exact: 'words', orphaned: true }])).toContain('<a href="#s1">Where it was: passage s1</a>');
  });

  it('gives no dead link for a quote whose segment was removed, and says it was', () => {
    const html = render([{ segmentId: 's9', exact: 'words', orphaned: true, removed: true }]);
    expect(html).not.toContain('href="#s9"');
    expect(html).toContain('Passage s9, since removed from the text');
  });
});

describe('PassageQuotes in the Korean interface', () => {
  it('says where an orphaned quote was in Korean', () => {
    const html = renderToStaticMarkup(
      <InterfaceLanguage locale="ko">
        <ReaderContext.Provider value={reader}>
          <PassageQuotes language="en" quotes={[{ segmentId: 's1', exact: 'words', orphaned: true }]} />
        </ReaderContext.Provider>
      </InterfaceLanguage>,
    );
    expect(html).toContain('<a href="#s1">원래 위치: 문단 s1</a>');
  });
});
