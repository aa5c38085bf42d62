// The side panel's filters, applied in the browser to the annotations the page already holds, with
// the same meaning as the list API's (lib/db/annotation-filters.ts): scope mine/visible, language
// of the column, colour, exact tag, and free text in the comment, the quoted text or the tags.
// Deleted placeholders match scope and language only, and the counts leave them out, as the API's.
import type { Annotation } from '@/lib/annotations/types';
import { palette, type Color } from '@/lib/validations/annotation-limits';

export type PanelFilter = {
  scope: 'visible' | 'mine';
  language?: string;
  color?: Color;
  tag?: string;
  q?: string;
};

export type PanelCounts = {
  visible: number;
  mine: number;
  byLanguage: Record<string, number>;
  byColor: Record<Color, number>;
};

const isMine = (annotation: Annotation, viewerId: string | null) => viewerId !== null && annotation.author.id === viewerId;

export function matchesFilter(annotation: Annotation, filter: PanelFilter, viewerId: string | null): boolean {
  if (filter.scope === 'mine' && !isMine(annotation, viewerId)) return false;
  if (filter.language && annotation.language !== filter.language) return false;
  const needsContent = filter.color || filter.tag || filter.q?.trim();
  if (needsContent && annotation.deleted) return false;
  if (filter.color && annotation.color !== filter.color) return false;
  if (filter.tag && !annotation.tags.includes(filter.tag)) return false;
  const q = filter.q?.trim().toLowerCase();
  if (q) {
    const found =
      annotation.comment.toLowerCase().includes(q) ||
      annotation.targets.some((target) => target.exact.toLowerCase().includes(q)) ||
      annotation.tags.some((tag) => tag.toLowerCase().includes(q));
    if (!found) return false;
  }
  return true;
}

export function countAnnotations(annotations: readonly Annotation[], viewerId: string | null, scope: PanelFilter['scope'], languages: readonly string[]): PanelCounts {
  const counts: PanelCounts = {
    visible: 0,
    mine: 0,
    byLanguage: Object.fromEntries(languages.map((code) => [code, 0])),
    byColor: Object.fromEntries(palette.map((color) => [color, 0])) as Record<Color, number>,
  };
  for (const annotation of annotations) {
    if (annotation.deleted) continue;
    const mine = isMine(annotation, viewerId);
    counts.visible++;
    if (mine) counts.mine++;
    if (scope === 'mine' && !mine) continue;
    counts.byLanguage[annotation.language] = (counts.byLanguage[annotation.language] ?? 0) + 1;
    counts.byColor[annotation.color]++;
  }
  return counts;
}

/** Every tag in use, with how many annotations carry it, most used first. */
export function tagCounts(annotations: readonly Annotation[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    if (annotation.deleted) continue;
    for (const tag of annotation.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Text order, as the list API gives it: the first span's segment, where it starts, then age. */
export function compareTextOrder(a: Annotation, b: Annotation): number {
  const [ta, tb] = [a.targets[0], b.targets[0]];
  return (
    (ta?.segmentPosition ?? 0) - (tb?.segmentPosition ?? 0) ||
    (ta?.start ?? 0) - (tb?.start ?? 0) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

export const inTextOrder = (annotations: readonly Annotation[]) => [...annotations].sort(compareTextOrder);
