-- Anchoring stored, not recomputed on every read (issue 12): content sync keeps a hash of every
-- segment's text per language, and re-anchors a segment's notes once when it changes, storing the
-- state and current position of each span beside the selectors the author made.

-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('anchored', 'uncertain', 'orphaned');

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "textHashes" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "AnnotationTarget" ADD COLUMN     "anchorEnd" INTEGER,
ADD COLUMN     "anchorStart" INTEGER,
ADD COLUMN     "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'anchored',
ADD COLUMN     "textHash" TEXT;

-- A span is written checked against the current text (create, seed, import), so it is anchored
-- where it was made on the text the segment has now: its textHash is that text's, whoever writes
-- the row. Existing rows keep a null textHash, so the first sync after this migration anchors them.
CREATE FUNCTION accord_target_text_hash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."textHash" IS NULL THEN
    SELECT s."textHashes" ->> a.language INTO NEW."textHash"
    FROM "Segment" s, "Annotation" a WHERE s.id = NEW."segmentId" AND a.id = NEW."annotationId";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "AnnotationTarget_textHash" BEFORE INSERT ON "AnnotationTarget"
  FOR EACH ROW EXECUTE FUNCTION accord_target_text_hash();
