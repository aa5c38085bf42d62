-- Where an imported annotation or reply came from (`via`), and whose words it holds when someone
-- other than the importer wrote it (`importedFrom*`): import writes nothing twice and credits others.
ALTER TABLE "Annotation" ADD COLUMN "via" TEXT,
ADD COLUMN "importedFromId" TEXT,
ADD COLUMN "importedFromCreator" TEXT,
ADD COLUMN "importedFromCreatorName" TEXT,
ADD COLUMN "importedFromCreated" TIMESTAMP(3);

ALTER TABLE "Reply" ADD COLUMN "via" TEXT,
ADD COLUMN "importedFromId" TEXT,
ADD COLUMN "importedFromCreator" TEXT,
ADD COLUMN "importedFromCreatorName" TEXT,
ADD COLUMN "importedFromCreated" TIMESTAMP(3);

CREATE INDEX "Annotation_documentId_via_idx" ON "Annotation"("documentId", "via");

CREATE INDEX "Annotation_documentId_importedFromId_idx" ON "Annotation"("documentId", "importedFromId");
