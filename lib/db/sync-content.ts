// Mirrors content/ into the rows that annotations reference. Idempotent: it writes only what
// differs, so a restart on unchanged content changes nothing (not even updatedAt). It never
// deletes a segment or language (annotations may point at it): what left content/ is marked
// removed, and un-marked, under the same row, if it comes back.
//
// Each segment's text is kept as a hash per language and witness (Segment.textHashes, keyed `ja`,
// `ja.working`: lib/content/text-keys.ts). When one changes, its
// notes are re-anchored (lib/db/reanchor.ts) before the new hashes are written, so that a sync
// cut short in between is done again, whole, at the next start.
import type { DocumentContent } from '@/lib/content';
import { sameHashes, segmentHashes, type TextHashes } from '@/lib/content/segment-hash';
import { segmentTexts } from '@/lib/content/text-keys';
import { followMovedTexts, reanchorDocument } from '@/lib/db/reanchor';
import type { PrismaClient } from '@/lib/generated/prisma/client';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function syncLanguages(tx: Transaction, documentId: number, content: DocumentContent, now: Date) {
  const rows = new Map((await tx.documentLanguage.findMany({ where: { documentId } })).map((row) => [row.code, row]));
  for (const language of content.languages) {
    const fields = { title: language.title, source: language.source, status: language.status, removedAt: null };
    const row = rows.get(language.code);
    if (!row) {
      await tx.documentLanguage.create({ data: { documentId, code: language.code, ...fields } });
    } else if (row.title !== fields.title || row.source !== fields.source || row.status !== fields.status || row.removedAt) {
      await tx.documentLanguage.update({ where: { id: row.id }, data: fields });
    }
  }
  const present = new Set(content.languages.map((l) => l.code));
  const gone = [...rows.values()].filter((row) => !present.has(row.code) && !row.removedAt).map((row) => row.id);
  if (gone.length) await tx.documentLanguage.updateMany({ where: { id: { in: gone } }, data: { removedAt: now } });
}

async function syncSegments(tx: Transaction, documentId: number, content: DocumentContent, now: Date) {
  const rows = new Map((await tx.segment.findMany({ where: { documentId } })).map((row) => [row.key, row]));
  const created: { documentId: number; key: string; position: number }[] = [];
  for (const [position, segment] of content.segments.entries()) {
    const row = rows.get(segment.id);
    if (!row) created.push({ documentId, key: segment.id, position });
    else if (row.position !== position || row.removedAt) await tx.segment.update({ where: { id: row.id }, data: { position, removedAt: null } });
  }
  if (created.length) await tx.segment.createMany({ data: created });
  const present = new Set(content.segments.map((s) => s.id));
  const gone = [...rows.values()].filter((row) => !present.has(row.key) && !row.removedAt).map((row) => row.id);
  // A removed segment keeps its last position, so that orphaned annotations still sort near where they were.
  if (gone.length) await tx.segment.updateMany({ where: { id: { in: gone } }, data: { removedAt: now } });
}

export async function syncDocument(prisma: PrismaClient, content: DocumentContent): Promise<void> {
  const documentId = await prisma.$transaction(
    async (tx) => {
      const existing = await tx.document.findUnique({ where: { slug: content.slug } });
      const document = existing ?? (await tx.document.create({ data: { slug: content.slug, title: content.title } }));
      if (existing && existing.title !== content.title) await tx.document.update({ where: { id: existing.id }, data: { title: content.title } });
      const now = new Date();
      await syncLanguages(tx, document.id, content, now);
      await syncSegments(tx, document.id, content, now);
      return document.id;
    },
    // Reordering a long document updates many rows; the default 5 s is tight on embedded PGlite.
    { timeout: 60_000, maxWait: 30_000 },
  );
  const texts = segmentTexts(content);
  const hashes: Record<string, TextHashes> = Object.fromEntries(content.segments.map((segment) => [segment.id, segmentHashes(texts.get(segment.id)!)]));
  // Spans whose text moved to another name (a working translation renamed when the authentic text
  // came) follow it; the rest of the changed texts' spans are re-anchored.
  await followMovedTexts(prisma, documentId, hashes);
  await reanchorDocument(prisma, documentId, content, hashes);
  await writeHashes(prisma, documentId, hashes);
}

/** Stores the hashes that differ; a segment gone from content keeps none (its notes are orphaned). */
async function writeHashes(prisma: PrismaClient, documentId: number, hashes: Record<string, TextHashes>) {
  const rows = await prisma.segment.findMany({ where: { documentId }, select: { id: true, key: true, textHashes: true } });
  for (const row of rows) {
    const wanted = hashes[row.key] ?? {};
    if (!sameHashes(row.textHashes, wanted)) await prisma.segment.update({ where: { id: row.id }, data: { textHashes: wanted } });
  }
}

export async function syncContent(prisma: PrismaClient, documents: DocumentContent[]): Promise<void> {
  for (const document of documents) await syncDocument(prisma, document);
}
