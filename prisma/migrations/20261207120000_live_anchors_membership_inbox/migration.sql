-- Live events for what the first triggers missed (issue 13):
--  * a note's passage: re-anchoring on content sync, or its author selecting it again, changes
--    only its targets' rows, which had no trigger;
--  * a membership that ends: no note changes, yet the group's notes must go from the pages of the
--    one who left or was removed, at once;
--  * the inbox: a notification made or read, so that the header's unread count follows.
-- Events meant for one reader only carry "userId"; events about no document (a membership, the
-- inbox) have no "documentId" and reach every stream of that reader (lib/db/live-events.ts).

ALTER TABLE "LiveEvent" ALTER COLUMN "documentId" DROP NOT NULL;
ALTER TABLE "LiveEvent" ALTER COLUMN "annotationId" DROP NOT NULL;
ALTER TABLE "LiveEvent" ADD COLUMN "userId" UUID;
ALTER TABLE "LiveEvent" ADD COLUMN "groupId" UUID;

CREATE INDEX "LiveEvent_userId_id_idx" ON "LiveEvent"("userId", "id");
-- "Has this note had an event in this transaction?" (the targets' triggers below).
CREATE INDEX "LiveEvent_annotationId_idx" ON "LiveEvent"("annotationId");

-- One 'annotation.changed' per note whose targets changed, unless the note already has an event
-- in this transaction (its creation writes its targets too; a change of its words has its own).
CREATE OR REPLACE FUNCTION accord_targets_event(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  ev record;
BEGIN
  FOR ev IN
    INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", "before")
    SELECT a."documentId", 'annotation.changed', a.id, accord_event_before(a)
    FROM "Annotation" a
    WHERE a.id = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM "LiveEvent" e WHERE e."annotationId" = a.id AND e.xmin = pg_current_xact_id()::xid)
    RETURNING id
  LOOP
    PERFORM pg_notify('accord_live', ev.id::text);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION accord_target_rows_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_targets_event(ARRAY(SELECT DISTINCT "annotationId" FROM changed_targets));
  RETURN NULL;
END $$;

-- An update tells only of spans that moved or changed state (a new text hash alone is no news).
CREATE OR REPLACE FUNCTION accord_target_update_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM accord_targets_event(ARRAY(
    SELECT DISTINCT n."annotationId" FROM new_targets n JOIN old_targets o ON o.id = n.id
    WHERE (n."segmentId", n.start, n."end", n.exact, n."anchorStatus", n."anchorStart", n."anchorEnd")
      IS DISTINCT FROM (o."segmentId", o.start, o."end", o.exact, o."anchorStatus", o."anchorStart", o."anchorEnd")));
  RETURN NULL;
END $$;

CREATE TRIGGER "AnnotationTarget_insert_live_event" AFTER INSERT ON "AnnotationTarget"
  REFERENCING NEW TABLE AS changed_targets FOR EACH STATEMENT EXECUTE FUNCTION accord_target_rows_event();
CREATE TRIGGER "AnnotationTarget_delete_live_event" AFTER DELETE ON "AnnotationTarget"
  REFERENCING OLD TABLE AS changed_targets FOR EACH STATEMENT EXECUTE FUNCTION accord_target_rows_event();
CREATE TRIGGER "AnnotationTarget_update_live_event" AFTER UPDATE ON "AnnotationTarget"
  REFERENCING OLD TABLE AS old_targets NEW TABLE AS new_targets FOR EACH STATEMENT EXECUTE FUNCTION accord_target_update_event();

-- A membership ended (left, removed, the account or the group deleted): the one who is gone is
-- told of each group note they did not write, on its document (read then as gone, unless they
-- may still read it), and once, on no document, that they are out of the group.
CREATE OR REPLACE FUNCTION accord_membership_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev record;
BEGIN
  FOR ev IN
    INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", "userId", "groupId")
    SELECT a."documentId", 'annotation.changed', a.id, gone."userId", gone."groupId"
    FROM gone_members gone JOIN "Annotation" a ON a."groupId" = gone."groupId" AND a."authorId" <> gone."userId"
    UNION ALL
    SELECT NULL, 'membership.deleted', NULL, gone."userId", gone."groupId" FROM gone_members gone
    RETURNING id
  LOOP
    PERFORM pg_notify('accord_live', ev.id::text);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "Membership_live_event" AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS gone_members FOR EACH STATEMENT EXECUTE FUNCTION accord_membership_event();

-- The inbox changed for these readers (a notification made, or read): one event each per statement.
CREATE OR REPLACE FUNCTION accord_inbox_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev record;
BEGIN
  FOR ev IN
    INSERT INTO "LiveEvent" ("documentId", kind, "userId")
    SELECT NULL, 'inbox.changed', r."recipientId" FROM (SELECT DISTINCT "recipientId" FROM changed_notifications) r
    RETURNING id
  LOOP
    PERFORM pg_notify('accord_live', ev.id::text);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "Notification_insert_live_event" AFTER INSERT ON "Notification"
  REFERENCING NEW TABLE AS changed_notifications FOR EACH STATEMENT EXECUTE FUNCTION accord_inbox_event();
CREATE TRIGGER "Notification_update_live_event" AFTER UPDATE ON "Notification"
  REFERENCING NEW TABLE AS changed_notifications FOR EACH STATEMENT EXECUTE FUNCTION accord_inbox_event();
