// GET /api/documents/<slug>/export?format=markdown|jsonld|csv&scope=mine|visible&language=&color=&tag=&q=
// Streams the annotations the requester may read (never others' private ones) as a download.
import { parseWith, readRoute, searchParamsOf } from '@/lib/api/route';
import { appOrigin } from '@/lib/auth/origin';
import { getDocument } from '@/lib/data/documents';
import { iterateAnnotations, listAnnotations } from '@/lib/db/annotations';
import { exportFileName, exportFormats, exportQuerySchema } from '@/lib/export/formats';
import { started, toByteStream } from '@/lib/export/stream';
import { jsonError } from '@/lib/http';

export const GET = readRoute<{ slug: string }>(async ({ request, params, user }) => {
  const { format, ...filter } = parseWith(exportQuerySchema, searchParamsOf(request));
  if (filter.scope === 'mine' && !user) return jsonError(401, 'Sign in to export your own annotations.');
  const document = await getDocument(params.slug);
  if (!document) return jsonError(404, `Document "${params.slug}" was not found.`);

  // The total lets the download show "of n annotations"; the stream itself is never counted.
  const { total } = await listAnnotations(document.slug, user, { ...filter, limit: 1, offset: 0 });
  const annotations = await started(iterateAnnotations(document.slug, user, filter));
  const exportedAt = new Date();
  const baseUrl = appOrigin(request.headers, request.url) ?? new URL(request.url).origin;
  const { write, mediaType } = exportFormats[format];
  return new Response(toByteStream(write({ document, baseUrl, filter, exportedAt }, annotations)), {
    headers: {
      'content-type': mediaType,
      'content-disposition': `attachment; filename="${exportFileName(document.slug, filter.scope, format, exportedAt)}"`,
      'x-content-type-options': 'nosniff',
      'x-annotation-total': String(total),
    },
  });
});
