-- A note belongs to the text it was made on (issue 14, witnesses): a language may have several
-- texts (ja.md and ja.working.md), and a span's positions, quote and anchoring are those of one of
-- them. Every span written before this migration was made on its language's own file: 'default'.
ALTER TABLE "AnnotationTarget" ADD COLUMN "witness" TEXT NOT NULL DEFAULT 'default';

-- Segment."textHashes" now also holds each witness's text under its key, as the file is named
-- (`ja` for ja.md, `ja.working` for ja.working.md: lib/content/text-keys.ts), so that a span is
-- hashed, and re-anchored by content sync, against the text it was made on. The span's language is
-- its own `language` where a target has one (read through to_jsonb, so that this function holds
-- with or without that column), else its note's.
CREATE OR REPLACE FUNCTION accord_target_text_hash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."textHash" IS NULL THEN
    SELECT s."textHashes" ->> (coalesce(to_jsonb(NEW) ->> 'language', a.language)
        || CASE WHEN NEW.witness = 'default' THEN '' ELSE '.' || NEW.witness END)
      INTO NEW."textHash"
    FROM "Segment" s, "Annotation" a WHERE s.id = NEW."segmentId" AND a.id = NEW."annotationId";
  END IF;
  NEW."madeOnHash" := coalesce(NEW."madeOnHash", NEW."textHash");
  RETURN NEW;
END $$;
