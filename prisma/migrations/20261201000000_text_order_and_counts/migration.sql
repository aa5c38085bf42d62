-- Lists page in text order along one index, and the panel's counts are kept rather than counted.

-- DropIndex
DROP INDEX "Annotation_documentId_visibility_idx";

-- DropIndex
DROP INDEX "Annotation_authorId_idx";

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "firstPosition" INTEGER NOT NULL DEFAULT 0;
UPDATE "Annotation" a SET "firstPosition" = s.position FROM "Segment" s WHERE s.id = a."firstSegmentId";

-- CreateTable
CREATE TABLE "AnnotationCount" (
    "documentId" INTEGER NOT NULL,
    "authorId" UUID NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "language" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "deleted" BOOLEAN NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "AnnotationCount_pkey" PRIMARY KEY ("documentId","authorId","visibility","language","color","deleted")
);

-- CreateIndex
CREATE INDEX "Annotation_textOrder_idx" ON "Annotation"("documentId", "firstPosition", "firstSegmentId", "firstStart", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Annotation_authorTextOrder_idx" ON "Annotation"("authorId", "documentId", "firstPosition", "firstSegmentId", "firstStart", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Annotation_tags_idx" ON "Annotation" USING GIN ("tags");

-- firstPosition is the first span's segment position, whoever writes the row (app, import, seed).
CREATE FUNCTION accord_annotation_first_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT s.position INTO NEW."firstPosition" FROM "Segment" s WHERE s.id = NEW."firstSegmentId";
  RETURN NEW;
END $$;

CREATE TRIGGER "Annotation_firstPosition" BEFORE INSERT OR UPDATE OF "firstSegmentId" ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION accord_annotation_first_position();

-- A re-synced document whose segments moved keeps its annotations in text order.
CREATE FUNCTION accord_segment_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Annotation" SET "firstPosition" = NEW.position WHERE "firstSegmentId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Segment_moved" AFTER UPDATE OF position ON "Segment"
  FOR EACH ROW WHEN (OLD.position IS DISTINCT FROM NEW.position) EXECUTE FUNCTION accord_segment_moved();

-- Counts: statement-level triggers with transition tables, so that a bulk insert (import, seed)
-- adds one grouped upsert rather than one per row. Keys are taken in a fixed order so that two
-- transactions never wait for each other's counters in opposite orders.
CREATE FUNCTION accord_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnnotationCount" ("documentId", "authorId", visibility, language, color, deleted, n)
  SELECT "documentId", "authorId", visibility, language, color, "deletedAt" IS NOT NULL, count(*)::int
  FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("documentId", "authorId", visibility, language, color, deleted)
  DO UPDATE SET n = "AnnotationCount".n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE FUNCTION accord_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnnotationCount" ("documentId", "authorId", visibility, language, color, deleted, n)
  SELECT "documentId", "authorId", visibility, language, color, "deletedAt" IS NOT NULL, -count(*)::int
  FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("documentId", "authorId", visibility, language, color, deleted)
  DO UPDATE SET n = "AnnotationCount".n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE FUNCTION accord_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AnnotationCount" ("documentId", "authorId", visibility, language, color, deleted, n)
  SELECT k."documentId", k."authorId", k.visibility, k.language, k.color, k.deleted, sum(k.n)::int
  FROM (
    SELECT "documentId", "authorId", visibility, language, color, "deletedAt" IS NOT NULL AS deleted, -1 AS n FROM old_rows
    UNION ALL
    SELECT "documentId", "authorId", visibility, language, color, "deletedAt" IS NOT NULL, 1 FROM new_rows
  ) k
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(k.n) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("documentId", "authorId", visibility, language, color, deleted)
  DO UPDATE SET n = "AnnotationCount".n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE TRIGGER "Annotation_count_insert" AFTER INSERT ON "Annotation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_count_inserted();
CREATE TRIGGER "Annotation_count_delete" AFTER DELETE ON "Annotation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_count_deleted();
CREATE TRIGGER "Annotation_count_update" AFTER UPDATE ON "Annotation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accord_count_updated();

-- Counts of the annotations made before this migration.
INSERT INTO "AnnotationCount" ("documentId", "authorId", visibility, language, color, deleted, n)
SELECT "documentId", "authorId", visibility, language, color, "deletedAt" IS NOT NULL, count(*)::int
FROM "Annotation" GROUP BY 1, 2, 3, 4, 5, 6;
