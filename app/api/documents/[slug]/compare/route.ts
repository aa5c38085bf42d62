// GET /api/documents/<slug>/compare?language=ja&a=<witness>&b=<witness>
// Two texts of one language passage by passage, with what changed (lib/content/compare-witnesses.ts).
// Public like the document itself: no session needed.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { issuesOf, searchParamsOf } from '@/lib/api/route';
import { compareWitnesses, witnessesOf, witnessTexts } from '@/lib/content/compare-witnesses';
import { getDocument } from '@/lib/data/documents';
import { jsonError, notFound } from '@/lib/http';
import { languageCodeSchema, witnessIdSchema } from '@/lib/validations/text-names';

const compareQuerySchema = z.strictObject({ language: languageCodeSchema, a: witnessIdSchema, b: witnessIdSchema });

export async function GET(request: Request, { params }: RouteContext<'/api/documents/[slug]/compare'>) {
  const { slug } = await params;
  const document = await getDocument(slug);
  if (!document) return notFound(`No document "${slug}"`);
  const parsed = compareQuerySchema.safeParse(searchParamsOf(request));
  if (!parsed.success) return jsonError(400, 'The request is not valid.', { issues: issuesOf(parsed.error) });
  const query = parsed.data;
  const a = witnessTexts(document, query.language, query.a);
  const b = witnessTexts(document, query.language, query.b);
  if (!a || !b) {
    const known = witnessesOf(document, query.language).map((w) => w.id);
    const problem = known.length ? `"${query.language}" has the texts ${known.join(', ')}` : `"${document.slug}" has no language "${query.language}"`;
    return notFound(`No such text to compare: ${problem}.`);
  }
  return NextResponse.json({ language: query.language, a: query.a, b: query.b, segments: compareWitnesses(document, query.language, a, b) });
}
