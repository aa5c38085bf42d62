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

  it('still renders the comment’s Markdown and drops a javascript: link', () => {
    const html = render('**Yes** [here](javascript:alert(1))');
    expect(html).toContain('<strong>Yes</strong>');
    expect(html).not.toContain('javascript:');
  });
});
