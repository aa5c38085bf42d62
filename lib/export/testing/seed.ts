// Test plumbing for the export and import integration tests: points the app's database client at
// a test database, and makes annotations through the real data layer.
import { describeSpan } from '@/lib/anchoring/selectors';
import type { DocumentContent } from '@/lib/content';
import { loadAllDocuments } from '@/lib/content/load';
import { createAnnotation } from '@/lib/db/annotations';
import { syncContent } from '@/lib/db/sync-content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { TestDatabase } from '@/lib/testing/database';
import type { Color, Visibility } from '@/lib/validations/annotation';

/** lib/db/client.ts keeps one client per process on globalThis: tests put theirs there. */
export function useDatabase(database: TestDatabase): void {
  (globalThis as unknown as { accordPrisma?: PrismaClient }).accordPrisma = database.prisma;
}

export async function prepareDatabase(database: TestDatabase): Promise<DocumentContent[]> {
  const documents = await loadAllDocuments();
  await syncContent(database.prisma, documents);
  return documents;
}

export async function createUser(database: TestDatabase, name: string) {
  return database.prisma.user.create({
    data: { name, email: `${name.toLowerCase().replace(/\W/g, '')}@example.test` },
    select: { id: true, name: true, email: true },
  });
}

export async function rowCounts(database: TestDatabase) {
  const [annotations, targets, replies] = await Promise.all([
    database.prisma.annotation.count(),
    database.prisma.annotationTarget.count(),
    database.prisma.reply.count(),
  ]);
  return { annotations, targets, replies };
}

/** `language`: a span in another column than the note's (a note that compares languages). */
type Highlight = { segmentId: string; quote: string; language?: string };

/** Annotates `quote`s (one per segment) in `language` through createAnnotation, as the API does. */
export async function annotate(
  document: DocumentContent,
  author: { id: string; name: string },
  language: string,
  spans: Highlight[],
  extra: { comment?: string; tags?: string[]; color?: Color; visibility?: Visibility } = {},
) {
  const targets = spans.map(({ segmentId, quote, language: own = language }) => {
    const text = document.segments.find((s) => s.id === segmentId)?.texts[own];
    if (!text?.includes(quote)) throw new Error(`"${quote}" is not in ${segmentId} (${own})`);
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    return { ...describeSpan(segmentId, text, start, start + Array.from(quote).length), language: own };
  });
  return createAnnotation(document.slug, author, {
    language,
    color: extra.color ?? 'yellow',
    comment: extra.comment ?? '',
    tags: extra.tags ?? [],
    visibility: extra.visibility ?? 'private',
    targets,
  });
}
