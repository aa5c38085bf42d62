-- A member made moderator, or a moderator made member: what they may read of the group changed
-- with their role, since a hidden note, and a hidden reply, is read only by its author and the
-- group's moderators. Each of the group's notes that has either (theirs aside: an author always
-- reads their own) is told to them alone as changed; read then, a note they may no longer read
-- arrives as gone, one they may now read arrives whole, with its replies as they may now read them.
CREATE OR REPLACE FUNCTION accord_role_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev record;
BEGIN
  FOR ev IN
    INSERT INTO "LiveEvent" ("documentId", kind, "annotationId", "userId", "groupId")
    SELECT a."documentId", 'annotation.changed', a.id, n."userId", n."groupId"
    FROM new_members n
    JOIN old_members o ON o."userId" = n."userId" AND o."groupId" = n."groupId"
    JOIN "Annotation" a ON a."groupId" = n."groupId" AND a."authorId" <> n."userId"
    WHERE (o.role = 'MEMBER') <> (n.role = 'MEMBER')
      AND (a."hiddenAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "Reply" r WHERE r."annotationId" = a.id AND r."hiddenAt" IS NOT NULL))
    RETURNING id
  LOOP
    PERFORM pg_notify('accord_live', ev.id::text);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "Membership_role_live_event" AFTER UPDATE ON "Membership"
  REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members FOR EACH STATEMENT EXECUTE FUNCTION accord_role_event();
