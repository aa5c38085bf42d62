import 'server-only';
// The one place where comments and replies become HTML for the reader: the JSON API and the reader
// page send each one's Markdown with its rendered, sanitised HTML beside it (lib/markdown/render.ts),
// so that the browser never needs a Markdown parser. Exports keep the Markdown alone.
import type { Annotation, AnnotationList, RenderedAnnotation, RenderedAnnotationList, RenderedReply, Reply } from '@/lib/annotations/types';
import { renderMarkdown } from '@/lib/markdown/render';

export const renderedReply = <R extends Reply>(reply: R): R & RenderedReply => ({ ...reply, bodyHtml: renderMarkdown(reply.body) });

export const renderedAnnotation = (annotation: Annotation): RenderedAnnotation => ({
  ...annotation,
  commentHtml: renderMarkdown(annotation.comment),
  replies: annotation.replies.map(renderedReply),
});

export const renderedList = (list: AnnotationList): RenderedAnnotationList => ({ ...list, items: list.items.map(renderedAnnotation) });
