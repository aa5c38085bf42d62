// The browser's side of the annotation API (docs/api.md). Every call resolves only with what the
// server committed; anything else rejects with an ApiError whose message can be shown as it is
// (the API's own sentence and its list of problems), so the UI never pretends a write succeeded.
import type { Issue } from '@/lib/annotations/errors';
import type { Annotation, Reply } from '@/lib/annotations/types';
import type { Color, Visibility } from '@/lib/validations/annotation';

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

export type NewAnnotation = {
  language: string;
  color: Color;
  comment: string;
  tags: string[];
  visibility: Visibility;
  targets: { segmentId: string; start: number; end: number; exact: string; prefix: string; suffix: string }[];
};
export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'comment' | 'tags' | 'visibility'>>;
export type ReplyWithParent = Reply & { annotationId: string };

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

/** One page of the document's notes that the reader may see, in text order. */
export const listAnnotations = (slug: string, page: { offset: number; limit: number }) =>
  request<{ items: Annotation[]; total: number; offset: number; limit: number }>(
    'GET',
    `/api/documents/${encodeURIComponent(slug)}/annotations?scope=visible&offset=${page.offset}&limit=${page.limit}`,
  );

export const createAnnotation = (slug: string, input: NewAnnotation) =>
  request<Annotation>('POST', `/api/documents/${encodeURIComponent(slug)}/annotations`, input);

export const updateAnnotation = (id: string, changes: AnnotationChanges) => request<Annotation>('PATCH', annotationPath(id), changes);

/** Null when the annotation is gone; the placeholder when it had replies and stays for them. */
export const deleteAnnotation = async (id: string) => (await request<Annotation | undefined>('DELETE', annotationPath(id))) ?? null;

export const createReply = (annotationId: string, body: string) =>
  request<ReplyWithParent>('POST', `${annotationPath(annotationId)}/replies`, { body });

export const updateReply = (id: string, body: string) => request<ReplyWithParent>('PATCH', replyPath(id), { body });

export const deleteReply = (id: string) => request<void>('DELETE', replyPath(id));

/** The error as one sentence for a form, followed by each problem the API named. */
export function describeError(error: unknown): { message: string; issues: string[] } {
  if (error instanceof ApiError) return { message: error.message, issues: error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)) };
  return { message: 'Something went wrong. Nothing was saved; try again.', issues: [] };
}
