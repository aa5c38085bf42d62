// The browser's side of the annotation API (docs/api.md). Every call resolves only with what the
// server committed; anything else rejects with an ApiError whose message can be shown as it is
// (the API's own sentence and its list of problems), so the UI never pretends a write succeeded.
import type { z } from 'zod';
import type { Issue } from '@/lib/annotations/errors';
import type { RenderedAnnotation, RenderedAnnotationList, RenderedReply } from '@/lib/annotations/types';
import type { MarkdownPreview } from '@/lib/validations/markdown';
import type { AnnotationFilter, createAnnotationSchema, updateAnnotationSchema } from '@/lib/validations/annotation';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What a new annotation is sent as: the API's own schema, before its defaults. */
export type NewAnnotation = z.input<typeof createAnnotationSchema>;
export type AnnotationChanges = z.input<typeof updateAnnotationSchema>;
export type ReplyWithParent = RenderedReply & { annotationId: string };

const statusMessages: Record<number, string> = {
  401: 'You are signed out. Sign in again, then retry; what you typed is still here.',
  413: 'This is too long to send.',
  503: 'The database is not answering. Nothing was saved; try again shortly.',
};

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('Could not reach the server. Nothing was saved; check the connection and try again.', 0);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = payload as { error?: unknown; issues?: unknown } | undefined;
    const message = typeof error?.error === 'string' ? error.error : (statusMessages[response.status] ?? `The server answered ${response.status}.`);
    const issues = Array.isArray(error?.issues) ? (error.issues as Issue[]) : [];
    throw new ApiError(response.status === 401 ? statusMessages[401]! : message, response.status, issues);
  }
  return payload as T;
}

const annotationPath = (id: string) => `/api/annotations/${encodeURIComponent(id)}`;
const replyPath = (id: string) => `/api/replies/${encodeURIComponent(id)}`;

/** The list API's query string for a filter and a page (empty fields left out). */
export function listQuery(filter: AnnotationFilter, page: { offset: number; limit: number }): string {
  const fields = { ...filter, q: filter.q?.trim(), offset: String(page.offset), limit: String(page.limit) };
  return new URLSearchParams(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')).toString();
}

/** One page of the document's notes that the reader may see and `filter` selects, in text order. */
export const listAnnotations = (slug: string, filter: AnnotationFilter, page: { offset: number; limit: number }) =>
  request<RenderedAnnotationList>('GET', `/api/documents/${encodeURIComponent(slug)}/annotations?${listQuery(filter, page)}`);

export const getAnnotation = (id: string) => request<RenderedAnnotation>('GET', annotationPath(id));

/** The sanitised HTML of Markdown being written, as the note will show it. */
export const previewMarkdown = async (markdown: string) => (await request<MarkdownPreview>('POST', '/api/markdown', { markdown })).html;

export const createAnnotation = (slug: string, input: NewAnnotation) =>
  request<RenderedAnnotation>('POST', `/api/documents/${encodeURIComponent(slug)}/annotations`, input);

export const updateAnnotation = (id: string, changes: AnnotationChanges) => request<RenderedAnnotation>('PATCH', annotationPath(id), changes);

/** Null when the annotation is gone; the placeholder when it had replies and stays for them. */
/** Confirms a note's uncertain spans where they now are, or (with `targets`) places it on a passage selected again. */
export const settleAnchor = (id: string, targets?: NewAnnotation['targets']) =>
  request<RenderedAnnotation>('POST', `${annotationPath(id)}/anchor`, targets ? { targets } : {});

export const deleteAnnotation = async (id: string) => (await request<RenderedAnnotation | undefined>('DELETE', annotationPath(id))) ?? null;

export const createReply = (annotationId: string, body: string) => request<ReplyWithParent>('POST', `${annotationPath(annotationId)}/replies`, { body });

export const updateReply = (id: string, body: string) => request<ReplyWithParent>('PATCH', replyPath(id), { body });

export const deleteReply = (id: string) => request<void>('DELETE', replyPath(id));

/** The error as one sentence for a form, followed by each problem the API named. */
export function describeError(error: unknown): { message: string; issues: string[] } {
  if (error instanceof ApiError)
    return { message: error.message, issues: error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)) };
  return { message: 'Something went wrong. Nothing was saved; try again.', issues: [] };
}
