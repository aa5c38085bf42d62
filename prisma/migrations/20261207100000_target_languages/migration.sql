-- Notes that compare languages (issue 14, item 3): each span carries the language of the column it
-- was selected in, so that one note may quote the English and the Japanese of a passage side by
-- side. The annotation's own language stays: it is its first span's language. Existing spans were
-- all made in their note's language.

-- AlterTable
ALTER TABLE "AnnotationTarget" ADD COLUMN "language" TEXT;
UPDATE "AnnotationTarget" t SET language = a.language FROM "Annotation" a WHERE a.id = t."annotationId";
ALTER TABLE "AnnotationTarget" ALTER COLUMN "language" SET NOT NULL;

-- Whether the note's spans cover more than one language (`?crossLanguage=true`, the panel's
-- "Comparisons"). Kept on the row, written with the spans (a note's spans change only when they
-- are written whole: a create, an import, a selection made again), so that the list filter is a
-- walk along the partial text-order index below, as the other lists walk theirs.
ALTER TABLE "Annotation" ADD COLUMN "crossLanguage" BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX "Annotation_crossLanguageTextOrder_idx" ON "Annotation" ("documentId", "firstPosition", "firstSegmentId", "firstStart", "createdAt", id)
  WHERE "crossLanguage";

-- A span written without a language (the seeder, a hand-written row) is in its note's language;
-- its text hash is that of its own language's text.
CREATE OR REPLACE FUNCTION accord_target_text_hash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.language IS NULL THEN
    SELECT a.language INTO NEW.language FROM "Annotation" a WHERE a.id = NEW."annotationId";
  END IF;
  IF NEW."textHash" IS NULL THEN
    SELECT s."textHashes" ->> NEW.language INTO NEW."textHash" FROM "Segment" s WHERE s.id = NEW."segmentId";
  END IF;
  NEW."madeOnHash" := coalesce(NEW."madeOnHash", NEW."textHash");
  RETURN NEW;
END $$;
