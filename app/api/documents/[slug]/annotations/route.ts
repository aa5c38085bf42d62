import { NextResponse } from 'next/server';
import { parseWith, readRoute, searchParamsOf, writeRoute } from '@/lib/api/route';
import { createAnnotationSchemaFor } from '@/lib/annotations/check-targets';
import { notFound } from '@/lib/annotations/errors';
import { replayedHeader, requestedId } from '@/lib/annotations/idempotency';
import { annotationJson, annotationListJson } from '@/lib/annotations/rendered';
import { getDocument } from '@/lib/data/documents';
import { createAnnotationOnce, listAnnotations } from '@/lib/db/annotations';
import { jsonError } from '@/lib/http';
import { annotationListQuerySchema } from '@/lib/validations/annotation';

export const GET = readRoute<{ slug: string }>(async ({ request, params, user }) => {
  const query = parseWith(annotationListQuerySchema, searchParamsOf(request));
  if (query.scope === 'mine' && !user) return jsonError(401, 'Sign in to see your own annotations.');
  return NextResponse.json(await annotationListJson(await listAnnotations(params.slug, user, query), params.slug));
});

async function schemaFor({ slug }: { slug: string }) {
  const document = await getDocument(slug);
  if (!document) throw notFound(`Document "${slug}"`);
  return createAnnotationSchemaFor(document);
}

// A repeated create (same id or Idempotency-Key, same content) answers as the first did, and says so.
export const POST = writeRoute<{ slug: string }, ReturnType<typeof createAnnotationSchemaFor>>(schemaFor, async ({ request, params, user, body }) => {
  const id = requestedId(request, user.id, body.id);
  const { annotation, replayed } = await createAnnotationOnce(params.slug, user, { ...body, id });
  const headers = { location: `/api/annotations/${annotation.id}`, ...(replayed ? replayedHeader : {}) };
  return NextResponse.json(await annotationJson(annotation), { status: 201, headers });
});
