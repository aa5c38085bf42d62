import 'server-only';
// The one place where comments and replies become HTML for the reader: the JSON API and the reader
// page send each one's Markdown with its rendered, sanitised HTML beside it (lib/markdown/render.ts),
// so that the browser never needs a Markdown parser. Exports keep the Markdown alone.
import { counterpartsOf } from '@/lib/annotations/counterparts';
import type { Annotation, AnnotationList, RenderedAnnotation, RenderedAnnotationList, RenderedReply, Reply } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { getDocument } from '@/lib/data/documents';
import { renderMarkdown, renderMarkdownWithText } from '@/lib/markdown/render';

export const renderedReply = <R extends Reply>(reply: R): R & RenderedReply => ({ ...reply, bodyHtml: renderMarkdown(reply.body) });

/** With the annotation's `document`, its counterparts too (the API's shape). */
export function renderedAnnotation(annotation: Annotation, document?: DocumentContent): RenderedAnnotation {
  const comment = renderMarkdownWithText(annotation.comment);
  return {
    ...annotation,
    commentHtml: comment.html,
    commentText: comment.text,
    replies: annotation.replies.map(renderedReply),
    ...(document ? { counterparts: counterpartsOf(annotation.targets, document) } : {}),
  };
}

export const renderedList = (list: AnnotationList, document?: DocumentContent): RenderedAnnotationList => ({
  ...list,
  items: list.items.map((annotation) => renderedAnnotation(annotation, document)),
});

/** The API's shape of one annotation: rendered, with its counterparts in its document's current text. */
export const annotationJson = async (annotation: Annotation): Promise<RenderedAnnotation> =>
  renderedAnnotation(annotation, (await getDocument(annotation.documentSlug)) ?? undefined);

/** The API's shape of a page of `slug`'s annotations. */
export const annotationListJson = async (list: AnnotationList, slug: string): Promise<RenderedAnnotationList> =>
  renderedList(list, (await getDocument(slug)) ?? undefined);
