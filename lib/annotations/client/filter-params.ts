// The side panel's filters in the page's address (`?notes=mine&notes-lang=ko&…`), so that a
// filtered list can be shared and Back and Forward step through the filters chosen. Each value is
// checked on its own by the filter's rules (the list API checks them again with its schema): one
// bad value is dropped, the others kept. Browser code: the limits, not the zod schemas.
import { limits, palette } from '@/lib/validations/annotation-limits';
import type { AnnotationFilter } from '@/lib/validations/annotation';

const keys = {
  scope: 'notes',
  language: 'notes-lang',
  color: 'notes-colour',
  tag: 'notes-tag',
  group: 'notes-group',
  resolved: 'notes-resolved',
  crossLanguage: 'notes-compare',
  q: 'notes-q',
} as const;
const fields = ['language', 'color', 'tag', 'group', 'q'] as const;
type Field = (typeof fields)[number];
/** The longest search the list API takes (lib/validations/annotation.ts). */
const longestSearch = 200;

const rules: Record<Field, (value: string) => boolean> = {
  language: (value) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
  color: (value) => (palette as readonly string[]).includes(value),
  tag: (value) => !!value.trim() && Array.from(value).length <= limits.tagLength && !/[,\p{Cc}]/u.test(value),
  group: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  q: (value) => Array.from(value).length <= longestSearch && !/\p{Cc}/u.test(value),
};

function valid<K extends Field>(field: K, raw: string | null): AnnotationFilter[K] | undefined {
  return raw && rules[field](raw) ? (raw as AnnotationFilter[K]) : undefined;
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
  // Only comparisons, or no such filter: `false` means the same as absent (as in the list API).
  if (params.get(keys.crossLanguage) === 'true') filter.crossLanguage = true;
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
  if (filter.crossLanguage) next.set(keys.crossLanguage, 'true');
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
    !!from.crossLanguage === !!to.crossLanguage &&
    !!from.q &&
    !!to.q
  );
}

/** The query as text, commas left as they are (`langs=en,ko`, as the reader writes it): a comma means nothing special in a query. */
export function queryText(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}
