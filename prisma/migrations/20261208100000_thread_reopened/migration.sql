-- Who reopened a resolved thread, and when (issue 13: "who and when are kept").
ALTER TABLE "Annotation" ADD COLUMN "reopenedAt" TIMESTAMP(3),
ADD COLUMN "reopenedById" UUID;

ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
