-- The version of the text a span was made on (issue 12): textHash follows every re-anchor, so it
-- cannot say which text the author read. madeOnHash is set once, when the span is written (made,
-- seeded, imported onto this text, or selected again), and never changed afterwards. Rows written
-- before this migration keep null: their textHash may already be a later text's, and a guess
-- would be passed off as a fact.

-- AlterTable
ALTER TABLE "AnnotationTarget" ADD COLUMN     "madeOnHash" TEXT;

CREATE OR REPLACE FUNCTION accord_target_text_hash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."textHash" IS NULL THEN
    SELECT s."textHashes" ->> a.language INTO NEW."textHash"
    FROM "Segment" s, "Annotation" a WHERE s.id = NEW."segmentId" AND a.id = NEW."annotationId";
  END IF;
  NEW."madeOnHash" := coalesce(NEW."madeOnHash", NEW."textHash");
  RETURN NEW;
END $$;
