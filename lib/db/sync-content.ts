// Mirrors content/ into the rows that annotations reference. Idempotent; never deletes a
// segment or language (annotations may point at it): what left content/ is marked removed.
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';

export async function syncDocument(prisma: PrismaClient, content: DocumentContent): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const document = await tx.document.upsert({
      where: { slug: content.slug },
      create: { slug: content.slug, title: content.title },
      update: { title: content.title },
    });
    const now = new Date();
    for (const language of content.languages) {
      const fields = { title: language.title, source: language.source, status: language.status, removedAt: null };
      await tx.documentLanguage.upsert({
        where: { documentId_code: { documentId: document.id, code: language.code } },
        create: { documentId: document.id, code: language.code, ...fields },
        update: fields,
      });
    }
    await tx.documentLanguage.updateMany({
      where: { documentId: document.id, code: { notIn: content.languages.map((l) => l.code) }, removedAt: null },
      data: { removedAt: now },
    });
    for (const [position, segment] of content.segments.entries()) {
      await tx.segment.upsert({
        where: { documentId_key: { documentId: document.id, key: segment.id } },
        create: { documentId: document.id, key: segment.id, position },
        update: { position, removedAt: null },
      });
    }
    await tx.segment.updateMany({
      where: { documentId: document.id, key: { notIn: content.segments.map((s) => s.id) }, removedAt: null },
      data: { removedAt: now },
    });
  });
}

export async function syncContent(prisma: PrismaClient, documents: DocumentContent[]): Promise<void> {
  for (const document of documents) await syncDocument(prisma, document);
}
