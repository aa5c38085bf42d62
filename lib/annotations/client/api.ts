// The browser's side of the annotation API (docs/api.md). Every call resolves only with what the
// server committed; anything else rejects with an ApiError whose message can be shown as it is
// (the API's own sentence and its list of problems), so the UI never pretends a write succeeded.
import type { z } from 'zod';
import type { Issue } from '@/lib/annotations/errors';
import type { Person, RenderedAnnotation, RenderedAnnotationList, RenderedReply } from '@/lib/annotations/types';
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

/** One JSON request to our API, resolving with what the server committed (or rejecting with an ApiError). */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
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
    throw new ApiError('Could not reach the server. Check the connection and try again; what you typed is still here.', 0);
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

/** A random (version 4) UUID. crypto.randomUUID exists only on https and localhost; this works on any page. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Waits before each retry of a create: about eight seconds in all, long enough for a database
 * restart, short enough that the reader is not left wondering.
 */
export const retryDelaysMs = [250, 500, 1_000, 2_000, 4_000];

/** A failure after which the write may or may not have happened, and may happen if sent again. */
const isRetryable = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The id chosen for each create not yet known to have succeeded or failed, by what it creates:
// sending the same thing again (a retry here, or the reader pressing Save again) reuses the id,
// so that the server writes it once however many attempts reached it.
const pendingIds = new Map<string, string>();

/** POSTs a create with a client-chosen id, retrying on 503 and lost connections (docs/api.md). */
async function createOnce<T>(path: string, body: object): Promise<T> {
  const key = `${path}\n${JSON.stringify(body)}`;
  const id = pendingIds.get(key) ?? randomId();
  pendingIds.set(key, id);
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await request<T>('POST', path, { ...body, id });
      pendingIds.delete(key);
      return created;
    } catch (error) {
      if (!isRetryable(error)) pendingIds.delete(key);
      if (!isRetryable(error) || attempt >= retryDelaysMs.length) throw error;
      await sleep(retryDelaysMs[attempt]!);
    }
  }
}

const annotationPath = (id: string) => `/api/annotations/${encodeURIComponent(id)}`;
const replyPath = (id: string) => `/api/replies/${encodeURIComponent(id)}`;

/** The list API's query string for a filter and a page (empty fields left out). */
export function listQuery(filter: AnnotationFilter, page: { offset: number; limit: number }): string {
  const fields = {
    ...filter,
    q: filter.q?.trim(),
    resolved: filter.resolved === undefined ? undefined : String(filter.resolved),
    crossLanguage: filter.crossLanguage ? 'true' : undefined,
    offset: String(page.offset),
    limit: String(page.limit),
  };
  return new URLSearchParams(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')).toString();
}

/** One page of the document's notes that the reader may see and `filter` selects, in text order. */
export const listAnnotations = (slug: string, filter: AnnotationFilter, page: { offset: number; limit: number }) =>
  request<RenderedAnnotationList>('GET', `/api/documents/${encodeURIComponent(slug)}/annotations?${listQuery(filter, page)}`);

export const getAnnotation = (id: string) => request<RenderedAnnotation>('GET', annotationPath(id));

/** The sanitised HTML of Markdown being written, as the note will show it. */
export const previewMarkdown = async (markdown: string) => (await request<MarkdownPreview>('POST', '/api/markdown', { markdown })).html;

/** Creates once however often it has to be sent (see createOnce). */
export const createAnnotation = (slug: string, input: Omit<NewAnnotation, 'id'>) =>
  createOnce<RenderedAnnotation>(`/api/documents/${encodeURIComponent(slug)}/annotations`, input);

export const updateAnnotation = (id: string, changes: AnnotationChanges) => request<RenderedAnnotation>('PATCH', annotationPath(id), changes);

/** Null when the annotation is gone; the placeholder when it had replies and stays for them. */
/** Confirms a note's uncertain spans where they now are, or (with `targets`) places it on a passage selected again. */
export const settleAnchor = (id: string, targets?: NewAnnotation['targets']) =>
  request<RenderedAnnotation>('POST', `${annotationPath(id)}/anchor`, targets ? { targets } : {});

export const deleteAnnotation = async (id: string) => (await request<RenderedAnnotation | undefined>('DELETE', annotationPath(id))) ?? null;

export const createReply = (annotationId: string, body: string) => createOnce<ReplyWithParent>(`${annotationPath(annotationId)}/replies`, { body });

export const updateReply = (id: string, body: string) => request<ReplyWithParent>('PATCH', replyPath(id), { body });

export const hideReply = (id: string, hidden: boolean) => request<ReplyWithParent>('PATCH', replyPath(id), { hidden });

export const deleteReply = (id: string) => request<void>('DELETE', replyPath(id));

/** The people a reply under this note may mention (lib/db/mentions.ts). */
export const mentionCandidates = async (annotationId: string) =>
  (await request<{ people: Person[] }>('GET', `${annotationPath(annotationId)}/mention-candidates`)).people;

/** The error as one sentence for a form, followed by each problem the API named. */
/** The words of our own (not the API's) for a failure, as a key of ApiErrors in messages/*.json. */
export type ErrorKey = 'signedOut' | 'tooLong' | 'unavailable' | 'unreachable' | 'unknown';
const keyByStatus: Record<number, ErrorKey> = { 0: 'unreachable', 401: 'signedOut', 413: 'tooLong', 503: 'unavailable' };

/**
 * A failure as the UI shows it: the API's own sentence and problems (in English), or, for those
 * the browser names itself (no connection, signed out, too large, database away), `key`, whose
 * words the interface language gives (components/annotations/use-describe-error.ts).
 */
export function describeError(error: unknown): { message: string; issues: string[]; key?: ErrorKey } {
  if (error instanceof ApiError) {
    const issues = error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    const key = keyByStatus[error.status];
    return key ? { message: error.message, issues, key } : { message: error.message, issues };
  }
  return { message: 'Something went wrong. Nothing was saved; try again.', issues: [], key: 'unknown' };
}
