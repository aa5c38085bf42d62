import { describe, expect, it } from 'vitest';
import { renderedAnnotation, renderedList, renderedReply } from '@/lib/annotations/rendered';
import type { Annotation } from '@/lib/annotations/types';

const reply = {
  id: 'r',
  author: { id: 'u', name: 'U' },
  body: 'Agreed, _조일_.',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  hidden: false,
};
const annotation: Annotation = {
  id: 'a',
  documentSlug: 'd',
  language: 'ko',
  color: 'yellow',
  comment: 'The **apology** <script>alert(1)</script>',
  tags: [],
  visibility: 'shared',
  author: { id: 'u', name: 'U' },
  createdAt: reply.createdAt,
  updatedAt: reply.updatedAt,
  group: null,
  groupId: null,
  resolved: false,
  resolvedAt: null,
  resolvedBy: null,
  reopenedAt: null,
  reopenedBy: null,
  hidden: false,
  deleted: false,
  status: 'anchored',
  targets: [],
  replies: [reply],
};

describe('renderedAnnotation', () => {
  it('puts the sanitised HTML of the comment and of every reply beside their Markdown', () => {
    const rendered = renderedAnnotation(annotation);
    expect(rendered.comment).toBe(annotation.comment);
    expect(rendered.commentHtml).toBe('<p>The <strong>apology</strong> &#x3C;script>alert(1)&#x3C;/script></p>');
    // The list's one-line preview, from the same parse: the browser needs no Markdown parser for it.
    expect(rendered.commentText).toBe('The apology <script>alert(1)</script>');
    expect(rendered.replies[0]).toEqual({ ...reply, bodyHtml: '<p>Agreed, <em>조일</em>.</p>' });
  });

  it('renders an empty comment as nothing, keeps a reply’s parent id, and renders every item of a list page', () => {
    expect(renderedAnnotation({ ...annotation, comment: '' }).commentHtml).toBe('');
    expect(renderedReply({ ...reply, annotationId: 'a' })).toMatchObject({ annotationId: 'a', bodyHtml: '<p>Agreed, <em>조일</em>.</p>' });
    const counts = { visible: 1, mine: 0, byLanguage: {}, byColor: { yellow: 1, green: 0, blue: 0, pink: 0, purple: 0 } };
    const list = renderedList({ items: [annotation], total: 1, offset: 0, limit: 100, nextCursor: null, counts });
    expect(list).toMatchObject({ total: 1, offset: 0, limit: 100, counts });
    expect(list.items[0]!.commentHtml).toContain('<strong>apology</strong>');
  });
});
