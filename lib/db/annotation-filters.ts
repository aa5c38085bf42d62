import 'server-only';
// The side panel's filters as SQL conditions over "Annotation" a. Written as SQL rather than a
// Prisma `where` because free text also searches inside the tags array, which Prisma cannot.
// Deleted placeholders keep their scope and language but have no comment, tags or colour to
// speak of, so the colour, tag and text filters leave them out.
import type { Viewer } from '@/lib/annotations/access';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnnotationFilter } from '@/lib/validations/annotation';

/** Annotations `viewer` may read: shared ones, and their own. */
export function readableBy(viewer: Viewer): Prisma.Sql {
  return viewer ? Prisma.sql`(a.visibility = 'SHARED' OR a."authorId" = ${viewer.id}::uuid)` : Prisma.sql`a.visibility = 'SHARED'`;
}

export function filterConditions(viewer: Viewer, filter: AnnotationFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.scope === 'mine') conditions.push(viewer ? Prisma.sql`a."authorId" = ${viewer.id}::uuid` : Prisma.sql`FALSE`);
  else conditions.push(readableBy(viewer));
  if (filter.language) conditions.push(Prisma.sql`a.language = ${filter.language}`);
  if (filter.color) conditions.push(Prisma.sql`a.color = ${filter.color} AND a."deletedAt" IS NULL`);
  // `@>` rather than `= ANY`: the GIN index on tags serves containment only.
  if (filter.tag) conditions.push(Prisma.sql`a.tags @> ARRAY[${filter.tag}]::text[] AND a."deletedAt" IS NULL`);
  if (filter.q) {
    const q = filter.q;
    conditions.push(Prisma.sql`a."deletedAt" IS NULL AND (
      strpos(lower(a.comment), lower(${q})) > 0
      OR EXISTS (SELECT 1 FROM "AnnotationTarget" t WHERE t."annotationId" = a.id AND strpos(lower(t.exact), lower(${q})) > 0)
      OR EXISTS (SELECT 1 FROM unnest(a.tags) AS tag WHERE strpos(lower(tag), lower(${q})) > 0))`);
  }
  return conditions;
}

export const and = (conditions: Prisma.Sql[]) => Prisma.join(conditions.map((condition) => Prisma.sql`(${condition})`), ' AND ');
