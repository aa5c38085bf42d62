-- A note belongs to the text it was made on (issue 14, witnesses): a language may have several
-- texts (ja.md and ja.working.md), and a span's positions, quote and anchoring are those of one of
-- them. Every span written before this migration was made on its language's own file: 'default'.
ALTER TABLE "AnnotationTarget" ADD COLUMN "witness" TEXT NOT NULL DEFAULT 'default';

-- Segment."textHashes" now also holds each witness's text under its key, as the file is named
-- (`ja` for ja.md, `ja.working` for ja.working.md: lib/content/text-keys.ts), so that a span is
-- hashed, and re-anchored by content sync, against the text it was made on. This replaces the
-- function of 20261207100000_target_languages and keeps what it does: a span written without a
-- language (the seeder, a hand-written row) takes its note's, and is hashed by its own language's
-- text, now the text of its witness in that language.
CREATE OR REPLACE FUNCTION accord_target_text_hash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.language IS NULL THEN
    SELECT a.language INTO NEW.language FROM "Annotation" a WHERE a.id = NEW."annotationId";
  END IF;
  IF NEW."textHash" IS NULL THEN
    SELECT s."textHashes" ->> (NEW.language || CASE WHEN NEW.witness = 'default' THEN '' ELSE '.' || NEW.witness END)
      INTO NEW."textHash"
    FROM "Segment" s WHERE s.id = NEW."segmentId";
  END IF;
  NEW."madeOnHash" := coalesce(NEW."madeOnHash", NEW."textHash");
  RETURN NEW;
END $$;
