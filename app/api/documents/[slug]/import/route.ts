// POST /api/documents/<slug>/import: a W3C Web Annotation file (JSON-LD) becomes the signed-in
// user's annotations on this document, all of them or, if anything is wrong, none. With
// ?preview=true nothing is written: the answer says what the import would do.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { readBody } from '@/lib/api/read-body';
import { parseWith, searchParamsOf, writeRoute } from '@/lib/api/route';
import { getDocument } from '@/lib/data/documents';
import { importAnnotationFile } from '@/lib/db/annotation-import';
import { importBodyBytes, importProblemsShown } from '@/lib/export/limits';
import { jsonError } from '@/lib/http';

const refused = (problems: { path: string; message: string }[]) =>
  jsonError(400, 'The file was not imported; nothing was written.', {
    problems: problems.slice(0, importProblemsShown),
    problemCount: problems.length,
  });

const importQuerySchema = z.object({
  preview: z.enum(['true', 'false'], { error: 'preview must be "true" or "false"' }).optional(),
});

// No schema here: writeRoute checks Origin and sign-in; the body is larger than its limit.
export const POST = writeRoute<{ slug: string }, null>(null, async ({ request, params, user }) => {
  const query = parseWith(importQuerySchema, searchParamsOf(request));
  if (!(await getDocument(params.slug))) return jsonError(404, `Document "${params.slug}" was not found.`);
  const read = await readBody(request, importBodyBytes);
  if (!read.ok) {
    return read.problem === 'too-large'
      ? jsonError(413, `The file is larger than ${importBodyBytes / 1024 / 1024} MB.`)
      : refused([{ path: '', message: 'the file is not UTF-8 text' }]);
  }
  let file: unknown;
  try {
    file = JSON.parse(read.text);
  } catch (error) {
    return refused([{ path: '', message: `the file is not JSON (${(error as Error).message})` }]);
  }
  const result = await importAnnotationFile(params.slug, user, file, { preview: query.preview === 'true' });
  if (!result.ok) return refused(result.problems);
  const { ok: _ok, ...summary } = result;
  return NextResponse.json(summary);
});
