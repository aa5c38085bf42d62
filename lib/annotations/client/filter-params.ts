// The side panel's filters in the page's address (`?notes=mine&notes-lang=ko&…`), so that a
// filtered list can be shared and Back and Forward step through the filters chosen. Each value is
// checked on its own against the filter schema: one bad value is dropped, the others kept.
import { annotationFilterSchema, type AnnotationFilter } from '@/lib/validations/annotation';

const keys = {
  scope: 'notes',
  language: 'notes-lang',
  color: 'notes-colour',
  tag: 'notes-tag',
  group: 'notes-group',
  resolved: 'notes-resolved',
  q: 'notes-q',
} as const;
const fields = ['language', 'color', 'tag', 'group', 'q'] as const;
const shape = annotationFilterSchema.shape;

function valid<K extends (typeof fields)[number]>(field: K, raw: string | null): AnnotationFilter[K] | undefined {
  if (!raw) return undefined;
  return shape[field].safeParse(raw).success ? (raw as AnnotationFilter[K]) : undefined;
}

/** The filter an address asks for; the search text is kept as typed (not trimmed), so typing a space works. */
export function filterFromParams(params: URLSearchParams): AnnotationFilter {
  const filter: AnnotationFilter = { scope: params.get(keys.scope) === 'mine' ? 'mine' : 'visible' };
  for (const field of fields) {
    const value = valid(field, params.get(keys[field]));
    if (value !== undefined) Object.assign(filter, { [field]: value });
  }
  const resolved = params.get(keys.resolved);
  if (resolved === 'true' || resolved === 'false') filter.resolved = resolved === 'true';
  return filter;
}

/** `params` with the filter written in (the default scope and empty fields left out), other parameters kept. */
export function withFilterParams(params: URLSearchParams, filter: AnnotationFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.values(keys)) next.delete(key);
  if (filter.scope === 'mine') next.set(keys.scope, 'mine');
  for (const field of fields) {
    const value = filter[field];
    if (value) next.set(keys[field], value);
  }
  if (filter.resolved !== undefined) next.set(keys.resolved, String(filter.resolved));
  return next;
}

/** Whether going from one filter to the other is only more typing in the search box (one history entry for a word, not one per key). */
export function onlyTyping(from: AnnotationFilter, to: AnnotationFilter): boolean {
  return (
    from.scope === to.scope &&
    from.language === to.language &&
    from.color === to.color &&
    from.tag === to.tag &&
    from.group === to.group &&
    from.resolved === to.resolved &&
    !!from.q &&
    !!to.q
  );
}
