import 'server-only';
// Every annotation of a document that a viewer may read, in text order, for the exports. Built
// for throughput and flat memory: keyset pages (never OFFSET) along the text-order index, so a
// page costs the same at the end of the export as at the start and only one page is in memory,
// each page one statement (lib/db/annotation-rows.ts).
import type { Viewer } from '@/lib/annotations/access';
import type { Annotation } from '@/lib/annotations/types';
import { documentContext } from '@/lib/db/annotation-documents';
import { and, filterConditions } from '@/lib/db/annotation-filters';
import { afterKey, readAnnotations } from '@/lib/db/annotation-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnnotationFilter } from '@/lib/validations/annotation';

export async function* iterateAnnotations(
  slug: string,
  viewer: Viewer,
  filter: AnnotationFilter,
  { batchSize = 500 }: { batchSize?: number } = {},
): AsyncGenerator<Annotation> {
  const document = await documentContext(slug);
  const conditions = [Prisma.sql`a."documentId" = ${document.documentId}`, ...filterConditions(viewer, filter)];
  let after: Prisma.Sql[] = [];
  for (;;) {
    const page = await readAnnotations(and([...conditions, ...after]), { limit: batchSize }, [document], viewer);
    for (const row of page) yield row.annotation;
    const last = page.at(-1);
    if (!last || page.length < batchSize) break;
    after = [afterKey(last.key)];
  }
}
