// The quoted passages of a note, rendered as the server renders them.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PassageQuotes, type Quote } from '@/components/annotations/passage-quotes';
import { ReaderContext, type ReaderContextValue } from '@/components/annotations/reader-context';
import { InterfaceLanguage } from '@/lib/testing/interface-language';

const names: Record<string, string> = { en: 'English', ja: 'Japanese' };
const reader = { info: { languageName: (code: string) => names[code] ?? code } } as unknown as ReaderContextValue;

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

describe('PassageQuotes of a note that compares languages', () => {
  it('stands the quotes side by side, one labelled column per language, each quote marked with its lang', () => {
    const html = render([
      { segmentId: 's2-p1', exact: 'deep remorse and heartfelt apology' },
      { segmentId: 's2-p1', exact: '痛切な反省と心からのお詫び', language: 'ja' },
    ]);
    expect(html).toMatch(/^<div class="note-quotes-compare" role="group" aria-label="Quotes side by side" data-languages="2">/);
    expect(html).toContain('<figcaption class="note-quotes-caption">English text</figcaption>');
    expect(html).toContain('<figcaption class="note-quotes-caption">Japanese text</figcaption>');
    expect(html).toContain('<blockquote class="note-quote" lang="en">deep remorse and heartfelt apology</blockquote>');
    expect(html).toContain('<blockquote class="note-quote" lang="ja">痛切な反省と心からのお詫び</blockquote>');
    expect(html.indexOf('English text')).toBeLessThan(html.indexOf('Japanese text'));
  });

  it('keeps one language’s quotes as before, without columns', () => {
    expect(render([{ segmentId: 's1', exact: 'words' }])).toMatch(/^<figure class="note-quotes">/);
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
