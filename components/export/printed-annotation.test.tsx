// A note in the print view, rendered as the server renders it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PrintedAnnotation } from '@/components/export/printed-annotation';
import { sampleAnnotations, sampleDocument } from '@/lib/export/fixtures/sample';

const note = sampleAnnotations[0]!;
const render = (comment: string, reply = 'Agreed.') =>
  renderToStaticMarkup(
    <PrintedAnnotation
      number={1}
      annotation={{ ...note, comment, replies: [{ ...note.replies[0]!, body: reply }] }}
      document={sampleDocument}
      baseUrl="https://accord.example"
    />,
  );

describe('PrintedAnnotation', () => {
  it('prints a word in angle brackets as written, escaped, in the comment and in a reply', () => {
    const html = render('A record marked <draft> is not exchanged', 'Not <b>bold</b>');
    expect(html).toContain('<p>A record marked &lt;draft&gt; is not exchanged</p>');
    expect(html).toContain('<p>Not &lt;b&gt;bold&lt;/b&gt;</p>');
    expect(html).not.toContain('<draft>');
  });

  it('prints a note that compares languages with each quote under its language, and heads it with both', () => {
    const english = { ...note.targets[0]!, language: 'en', start: 21, end: 30, exact: 'Pyongyang', prefix: '', suffix: '' };
    const html = renderToStaticMarkup(
      <PrintedAnnotation
        number={1}
        annotation={{ ...note, language: 'en', targets: [english, note.targets[0]!] }}
        document={sampleDocument}
        baseUrl="https://accord.example"
      />,
    );
    expect(html).toContain('Annotation (English and Japanese, s1-p1)');
    expect(html).toMatch(/<strong>English<\/strong> \(lang: en\)[^<]*<\/figcaption><blockquote lang="en"><p>Pyongyang<\/p>/);
    expect(html).toMatch(/<strong>Japanese<\/strong> \(lang: ja\)[^<]*<\/figcaption><blockquote lang="ja"><p>𠮷野で「首都」<\/p>/);
    expect(html.indexOf('lang="en"><p>Pyongyang')).toBeLessThan(html.indexOf('lang="ja"><p>𠮷野'));
  });

  it('still renders the comment’s Markdown and drops a javascript: link', () => {
    const html = render('**Yes** [here](javascript:alert(1))');
    expect(html).toContain('<strong>Yes</strong>');
    expect(html).not.toContain('javascript:');
  });
});
