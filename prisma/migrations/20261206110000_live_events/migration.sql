-- Live events (issue 13): every created, changed or deleted note and reply is written to an event
-- log by triggers, so that it is logged in the same transaction as the write whatever wrote it (the
-- API, an import, a seed), and announced with NOTIFY, which PostgreSQL delivers at commit to every
-- instance listening on the database. The payload is only the event's id: listeners read the rest
-- from the log, where Last-Event-ID also resumes from (lib/live/).

CREATE TABLE "LiveEvent" (
    "id" BIGSERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "annotationId" UUID NOT NULL,
    "replyId" UUID,
    "before" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LiveEvent_documentId_id_idx" ON "LiveEvent"("documentId", "id");
CREATE INDEX "LiveEvent_at_idx" ON "LiveEvent"("at");

-- What a note was before a change or a delete, so that "could this listener see it" can still be
-- asked once the row has changed or gone. Its words are left out: the log keeps no text.
CREATE OR REPLACE FUNCTION accord_event_before(note "Annotation") RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT to_jsonb(note) - 'comment' - 'tags' - 'searchText'
$$;

-- A note's row without what readers never see change: content sync moves firstPosition, the search
-- text follows tags, and updatedAt alone is no news.
CREATE OR REPLACE FUNCTION accord_event_visible(note "Annotation") RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT to_jsonb(note) - 'firstPosition' - 'firstSegmentId' - 'firstStart' - 'searchText' - 'updatedAt'
$$;

CREATE OR REPLACE FUNCTION accord_annotation_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "LiveEvent" ("documentId", kind, "annotationId") VALUES (NEW."documentId", 'annotation.created', NEW.id)
    RETURNING id INTO event_id;
  ELSIF TG_OP = 'UPDATE' THEN
    IF accord_event_visible(NEW) = accord_event_visible(OLD) THEN
      RETURN NULL;
    END IF;
    INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", "before") VALUES (NEW."documentId", 'annotation.changed', NEW.id, accord_event_before(OLD))
    RETURNING id INTO event_id;
  ELSE
    INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", "before") VALUES (OLD."documentId", 'annotation.deleted', OLD.id, accord_event_before(OLD))
    RETURNING id INTO event_id;
  END IF;
  PERFORM pg_notify('accord_live', event_id::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "Annotation_live_event" AFTER INSERT OR UPDATE OR DELETE ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION accord_annotation_event();

CREATE OR REPLACE FUNCTION accord_reply_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_id bigint;
  reply "Reply";
  document_id integer;
BEGIN
  IF TG_OP = 'DELETE' THEN reply := OLD; ELSE reply := NEW; END IF;
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'updatedAt') = (to_jsonb(OLD) - 'updatedAt') THEN
    RETURN NULL;
  END IF;
  SELECT "documentId" INTO document_id FROM "Annotation" WHERE id = reply."annotationId";
  -- Deleted along with its note (a cascade): the note's own event says so.
  IF document_id IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", "replyId")
  VALUES (document_id, 'reply.' || CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END, reply."annotationId", reply.id)
  RETURNING id INTO event_id;
  PERFORM pg_notify('accord_live', event_id::text);
  RETURN NULL;
END $$;

CREATE TRIGGER "Reply_live_event" AFTER INSERT OR UPDATE OR DELETE ON "Reply"
  FOR EACH ROW EXECUTE FUNCTION accord_reply_event();
