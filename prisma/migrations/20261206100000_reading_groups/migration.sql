-- Reading groups (issue 13): groups with members and invites, notes shared with one group,
-- threads that resolve, and notes or replies a group's moderators hide.

-- AlterEnum
ALTER TYPE "Visibility" ADD VALUE 'GROUP';

-- CreateEnum
CREATE TYPE "GroupRole" AS ENUM ('OWNER', 'MODERATOR', 'MEMBER');

-- CreateTable
CREATE TABLE "Group" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "role" "GroupRole" NOT NULL DEFAULT 'MEMBER',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","groupId")
);

-- CreateTable
CREATE TABLE "GroupInvite" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "GroupInvite_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Membership_groupId_role_idx" ON "Membership"("groupId", "role");
-- One owner per group: handing over ownership demotes the old owner in the same transaction.
CREATE UNIQUE INDEX "Membership_one_owner" ON "Membership"("groupId") WHERE role = 'OWNER';
CREATE UNIQUE INDEX "GroupInvite_tokenHash_key" ON "GroupInvite"("tokenHash");
CREATE INDEX "GroupInvite_groupId_idx" ON "GroupInvite"("groupId");

ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupInvite" ADD CONSTRAINT "GroupInvite_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "groupId" UUID,
ADD COLUMN "resolvedAt" TIMESTAMP(3),
ADD COLUMN "resolvedById" UUID,
ADD COLUMN "hiddenAt" TIMESTAMP(3),
ADD COLUMN "hiddenById" UUID;

-- A note is in a group exactly when it is shared with one. (Written as a text comparison: the
-- new enum value cannot be used in the transaction that adds it.)
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_group_check" CHECK ((visibility::text = 'GROUP') = ("groupId" IS NOT NULL));

ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A group's notes on a document in text order (the list's `?group=`), and across documents, newest first (the group page).
CREATE INDEX "Annotation_groupTextOrder_idx" ON "Annotation"("groupId", "documentId", "firstPosition", "firstSegmentId", "firstStart", "createdAt", "id");
CREATE INDEX "Annotation_groupId_createdAt_idx" ON "Annotation"("groupId", "createdAt");

ALTER TABLE "Reply" ADD COLUMN "hiddenAt" TIMESTAMP(3),
ADD COLUMN "hiddenById" UUID;

-- Counts per group, and hidden notes apart (only their authors and the group's moderators count them).
ALTER TABLE "AnnotationCount" ADD COLUMN "groupId" UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
ADD COLUMN "hidden" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "AnnotationCount" DROP CONSTRAINT "AnnotationCount_pkey";
ALTER TABLE "AnnotationCount" ADD CONSTRAINT "AnnotationCount_pkey"
  PRIMARY KEY ("documentId", "authorId", "visibility", "groupId", "language", "color", "deleted", "hidden");

CREATE OR REPLACE FUNCTION accord_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnnotationCount" ("documentId", "authorId", visibility, "groupId", language, color, deleted, hidden, n)
  SELECT "documentId", "authorId", visibility, coalesce("groupId", '00000000-0000-0000-0000-000000000000'), language, color,
    "deletedAt" IS NOT NULL, "hiddenAt" IS NOT NULL, count(*)::int
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("documentId", "authorId", visibility, "groupId", language, color, deleted, hidden)
  DO UPDATE SET n = "AnnotationCount".n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION accord_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnnotationCount" ("documentId", "authorId", visibility, "groupId", language, color, deleted, hidden, n)
  SELECT "documentId", "authorId", visibility, coalesce("groupId", '00000000-0000-0000-0000-000000000000'), language, color,
    "deletedAt" IS NOT NULL, "hiddenAt" IS NOT NULL, -count(*)::int
  FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("documentId", "authorId", visibility, "groupId", language, color, deleted, hidden)
  DO UPDATE SET n = "AnnotationCount".n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION accord_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnnotationCount" ("documentId", "authorId", visibility, "groupId", language, color, deleted, hidden, n)
  SELECT k."documentId", k."authorId", k.visibility, k."groupId", k.language, k.color, k.deleted, k.hidden, sum(k.n)::int
  FROM (
    SELECT "documentId", "authorId", visibility, coalesce("groupId", '00000000-0000-0000-0000-000000000000') AS "groupId", language, color,
      "deletedAt" IS NOT NULL AS deleted, "hiddenAt" IS NOT NULL AS hidden, -1 AS n FROM old_rows
    UNION ALL
    SELECT "documentId", "authorId", visibility, coalesce("groupId", '00000000-0000-0000-0000-000000000000'), language, color,
      "deletedAt" IS NOT NULL, "hiddenAt" IS NOT NULL, 1 FROM new_rows
  ) k
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  HAVING sum(k.n) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
  ON CONFLICT ("documentId", "authorId", visibility, "groupId", language, color, deleted, hidden)
  DO UPDATE SET n = "AnnotationCount".n + EXCLUDED.n;
  RETURN NULL;
END $$;
