// GET /api/documents/<slug>/search?language=ja&q=双方: the passages of one column holding a word,
// each hit in its context with its counterparts in the other columns (lib/reader/search-passages.ts).
// Public like the document itself: no session needed.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { issuesOf, searchParamsOf } from '@/lib/api/route';
import { getDocument } from '@/lib/data/documents';
import { jsonError, notFound } from '@/lib/http';
import { searchPassages } from '@/lib/reader/search-passages';

const searchQuerySchema = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as ja'),
  q: z
    .string()
    .trim()
    .min(1, 'must hold a word to find')
    .max(100, 'must be at most 100 characters')
    .regex(/^[^\p{Cc}]*$/u, 'must be one line of text'),
});

export async function GET(request: Request, { params }: RouteContext<'/api/documents/[slug]/search'>) {
  const { slug } = await params;
  const document = await getDocument(slug);
  if (!document) return notFound(`No document "${slug}"`);
  const parsed = searchQuerySchema.safeParse(searchParamsOf(request));
  if (!parsed.success) return jsonError(400, 'The request is not valid.', { issues: issuesOf(parsed.error) });
  const { language, q } = parsed.data;
  if (!document.languages.some((l) => l.code === language)) return notFound(`"${document.slug}" has no language "${language}"`);
  return NextResponse.json({ language, q, ...searchPassages(document, language, q) });
}
