import 'server-only';
// The side panel's filters as SQL conditions over "Annotation" a. Written as SQL rather than a
// Prisma `where` because free text is matched through an index of an expression, which Prisma cannot.
// Deleted placeholders keep their scope and language but have no comment, tags or colour to
// speak of, so the colour, tag and text filters leave them out.
import type { Viewer } from '@/lib/annotations/access';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnnotationFilter } from '@/lib/validations/annotation';

/**
 * Annotations `viewer` may read (the SQL twin of canRead in lib/annotations/access.ts): shared
 * ones, their own, and those of groups they are in now (a hidden one only where they moderate).
 * Membership is looked up on every read, so leaving a group or being removed hides its notes at
 * once. Written over "Annotation" a; the lookup is one probe of Membership's primary key per row.
 */
export function readableBy(viewer: Viewer): Prisma.Sql {
  if (!viewer) return Prisma.sql`a.visibility = 'SHARED'`;
  return Prisma.sql`(a.visibility = 'SHARED' OR a."authorId" = ${viewer.id}::uuid OR (a.visibility = 'GROUP' AND EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."userId" = ${viewer.id}::uuid AND m."groupId" = a."groupId"
      AND (a."hiddenAt" IS NULL OR m.role <> 'MEMBER'))))`;
}

/** The viewer's role in the group of "Annotation" a (null outside it), for canRead and the moderation rules. */
export function viewerRoleIn(viewer: Viewer): Prisma.Sql {
  if (!viewer) return Prisma.sql`NULL::text`;
  return Prisma.sql`(SELECT m.role::text FROM "Membership" m WHERE m."userId" = ${viewer.id}::uuid AND m."groupId" = a."groupId")`;
}

/**
 * Whether `viewer` takes part in the thread of "Annotation" a (the SQL twin of inThread in
 * lib/annotations/access.ts): reads it, and, for a group's note, is in the group now.
 */
export function inThreadOf(viewer: Viewer): Prisma.Sql {
  if (!viewer) return readableBy(viewer);
  return Prisma.sql`(${readableBy(viewer)} AND (a.visibility <> 'GROUP' OR ${viewerRoleIn(viewer)} IS NOT NULL))`;
}

/**
 * Replies of "Reply" r under a readable annotation of "Annotation" a that `viewer` may read: those
 * of a group's note only by its current members (and each reply's own author), a hidden one only
 * by its author or the group's moderators.
 */
export function replyReadableBy(viewer: Viewer): Prisma.Sql {
  if (!viewer) return Prisma.sql`(r."hiddenAt" IS NULL AND a.visibility <> 'GROUP')`;
  const role = viewerRoleIn(viewer);
  return Prisma.sql`((a.visibility <> 'GROUP' OR ${role} IS NOT NULL OR r."authorId" = ${viewer.id}::uuid)
    AND (r."hiddenAt" IS NULL OR r."authorId" = ${viewer.id}::uuid OR ${role} IN ('OWNER', 'MODERATOR')))`;
}

export function filterConditions(viewer: Viewer, filter: AnnotationFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.scope === 'mine') conditions.push(viewer ? Prisma.sql`a."authorId" = ${viewer.id}::uuid` : Prisma.sql`FALSE`);
  else conditions.push(readableBy(viewer));
  if (filter.group) conditions.push(Prisma.sql`a."groupId" = ${filter.group}::uuid`);
  if (filter.resolved !== undefined) conditions.push(filter.resolved ? Prisma.sql`a."resolvedAt" IS NOT NULL` : Prisma.sql`a."resolvedAt" IS NULL`);
  if (filter.language) conditions.push(Prisma.sql`a.language = ${filter.language}`);
  // The flag kept with the spans; a partial text-order index holds exactly these rows.
  if (filter.crossLanguage) conditions.push(Prisma.sql`a."crossLanguage"`);
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
