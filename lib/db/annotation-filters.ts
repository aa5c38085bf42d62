import 'server-only';
// The side panel's filters as SQL conditions over "Annotation" a. Written as SQL rather than a
// Prisma `where` because free text is matched through an index of an expression, which Prisma cannot.
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
    // The GIN index of searchText's character pairs narrows (or the text-order walk, where a term
    // is common); strpos decides. A term is one line, so it cannot match across two fields.
    const term = Prisma.sql`lower(${filter.q})`;
    conditions.push(Prisma.sql`a."deletedAt" IS NULL AND accord_grams(a."searchText") @> accord_term_grams(${term}) AND strpos(a."searchText", ${term}) > 0`);
  }
  return conditions;
}

export const and = (conditions: Prisma.Sql[]) =>
  Prisma.join(
    conditions.map((condition) => Prisma.sql`(${condition})`),
    ' AND ',
  );
