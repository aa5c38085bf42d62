import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/markdown/plain-text';
import { markdownTree, renderMarkdown, renderMarkdownWithText } from '@/lib/markdown/render';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and Korean and Japanese text', () => {
    const html = renderMarkdown('**조일** 관계와 _日朝_ 関係\n\n- 하나\n- 二つ');
    expect(html).toContain('<strong>조일</strong>');
    expect(html).toContain('<em>日朝</em>');
    expect(html).toContain('<li>하나</li>');
  });

  it('shows raw HTML as the text it was written as, never as markup', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(1)"> <b>bold</b>');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toBe('<p>Hello &#x3C;script>alert(1)&#x3C;/script> &#x3C;img src=x onerror="alert(1)"> &#x3C;b>bold&#x3C;/b></p>');
  });

  it('keeps a word in angle brackets, inline or on a line of its own', () => {
    expect(renderMarkdown('A record marked <draft> is not exchanged')).toBe('<p>A record marked &#x3C;draft> is not exchanged</p>');
    expect(renderMarkdown('<div>\nblock\n</div>\n\n- <!-- note -->')).toBe('<p>&#x3C;div>\nblock\n&#x3C;/div></p>\n<ul>\n<li>&#x3C;!-- note --></li>\n</ul>');
  });

  it('removes javascript: links but keeps the text', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });

  it('turns an image into a link to it, named by its alt text, so that no reader fetches it', () => {
    const html = renderMarkdown('See ![the map](https://x.example/a.png) and ![](https://x.example/b.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://x.example/a.png" rel="noopener noreferrer nofollow" target="_blank">the map</a>');
    expect(html).toContain('>https://x.example/b.png</a>');
    expect(renderMarkdown('![x](javascript:alert(1))')).toBe('<p><span>x</span></p>');
  });

  it('opens links in a new tab without access to the opener', () => {
    const html = renderMarkdown('[MOFA](https://www.mofa.go.jp/)');
    expect(html).toContain('href="https://www.mofa.go.jp/"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('renders nothing for an empty comment', () => {
    expect(renderMarkdown('  \n')).toBe('');
  });
});

describe('markdownTree', () => {
  it('keeps a sentence with a word in angle brackets as one text', () => {
    const paragraph = markdownTree('A record marked <draft> is not exchanged').children[0];
    expect(paragraph).toMatchObject({ tagName: 'p', children: [{ type: 'text', value: 'A record marked <draft> is not exchanged' }] });
  });

  it('gives, from one parse, the same HTML and words as rendering and reading the comment apart', () => {
    const comments = [
      '',
      '   ',
      '**조일** 관계와 _日朝_ 関係\n\n- 하나\n- 二つ',
      'Hello <script>alert(1)</script> <b>bold</b>',
      'See ![the map](https://x.example/a.png), `code`, a line  \nbreak and [a link](https://x.example)',
      '# Heading\n\n> quoted *text*\n\n---\n\n```\nblock\n```',
    ];
    for (const comment of comments) expect(renderMarkdownWithText(comment)).toEqual({ html: renderMarkdown(comment), text: plainText(comment) });
  });
});
