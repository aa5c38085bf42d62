-- Free text (the list's `q`) is served by an index. Each annotation keeps the text a search looks
-- in ("searchText": comment, tags and quotes, lowercased, one per line) and a GIN index holds its
-- characters and pairs of characters. Pairs rather than words or trigrams, because Korean and
-- Japanese readers search two-character words and Japanese has no spaces: any substring of two
-- or more characters has all its pairs in the text, so the index narrows and `strpos` decides.

-- The one rule for what a search looks in. Lines keep the fields apart (a search term is one line).
CREATE FUNCTION accord_search_text(comment TEXT, tags TEXT[], quotes TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(concat_ws(chr(10), comment, array_to_string(tags, chr(10)), array_to_string(quotes, chr(10))))
$$;

-- Every character and every pair of neighbouring characters (duplicates are left in: GIN drops them).
CREATE FUNCTION accord_grams(t TEXT) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT chars || array(SELECT a || b FROM unnest(chars[:cardinality(chars) - 1], chars[2:]) AS pair(a, b))
  FROM string_to_array(t, NULL) AS chars
$$;

-- What a term needs of a text: its pairs, or the character itself when it is one character long.
CREATE FUNCTION accord_term_grams(term TEXT) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN char_length(term) < 2 THEN string_to_array(term, NULL)
    ELSE array(SELECT a || b FROM unnest(chars[:cardinality(chars) - 1], chars[2:]) AS pair(a, b)) END
  FROM string_to_array(term, NULL) AS chars
$$;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

UPDATE "Annotation" a SET "searchText" = accord_search_text(a.comment, a.tags, q.quotes)
FROM (SELECT "annotationId", array_agg(exact ORDER BY ordinal) AS quotes FROM "AnnotationTarget" GROUP BY 1) q
WHERE q."annotationId" = a.id;

-- CreateIndex
CREATE INDEX "Annotation_searchText_idx" ON "Annotation" USING GIN (accord_grams("searchText"));

-- A changed comment or tags: the quotes are read from the targets (they never change).
CREATE FUNCTION accord_annotation_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := accord_search_text(NEW.comment, NEW.tags,
    ARRAY(SELECT t.exact FROM "AnnotationTarget" t WHERE t."annotationId" = NEW.id ORDER BY t.ordinal));
  RETURN NEW;
END $$;

CREATE TRIGGER "Annotation_searchText" BEFORE UPDATE OF comment, tags ON "Annotation"
  FOR EACH ROW WHEN (OLD.comment IS DISTINCT FROM NEW.comment OR OLD.tags IS DISTINCT FROM NEW.tags)
  EXECUTE FUNCTION accord_annotation_search_text();

-- Targets are written after their annotation (in the same statement or transaction), so whoever
-- writes them (app, import, seed) gets the annotation's search text right here, once per
-- statement. The app's create and the seed write it already; then this finds nothing to change,
-- and sends no UPDATE at all (an UPDATE that changes no row still fires the counts' statement
-- trigger on "Annotation", which every create would pay for).
CREATE FUNCTION accord_targets_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  stale JSONB;
BEGIN
  SELECT jsonb_object_agg(fresh.id, fresh.text) INTO stale
  FROM (
    SELECT n.id, n."searchText", accord_search_text(n.comment, n.tags, array_agg(t.exact ORDER BY t.ordinal)) AS text
    FROM (SELECT DISTINCT "annotationId" FROM inserted) i
    JOIN "Annotation" n ON n.id = i."annotationId"
    JOIN "AnnotationTarget" t ON t."annotationId" = n.id
    GROUP BY n.id
  ) fresh
  WHERE fresh."searchText" IS DISTINCT FROM fresh.text;
  IF stale IS NOT NULL THEN
    UPDATE "Annotation" a SET "searchText" = s.value FROM jsonb_each_text(stale) s WHERE a.id = s.key::uuid;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "AnnotationTarget_searchText" AFTER INSERT ON "AnnotationTarget"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION accord_targets_inserted();
