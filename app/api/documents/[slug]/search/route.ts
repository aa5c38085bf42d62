// GET /api/documents/<slug>/search?language=ja&q=双方[&witness=working]: the passages of one column
// holding a word, each hit in its context with its counterparts in the other columns
// (lib/reader/search-passages.ts); `witness` searches another text of the language, as its column shows it.
// Public like the document itself: no session needed.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { issuesOf, searchParamsOf } from '@/lib/api/route';
import { witnessesOf, witnessTexts } from '@/lib/content/compare-witnesses';
import { defaultWitnessId } from '@/lib/content/types';
import { getDocument } from '@/lib/data/documents';
import { jsonError, notFound } from '@/lib/http';
import { searchPassages } from '@/lib/reader/search-passages';
import { languageCodeSchema, witnessIdSchema } from '@/lib/validations/text-names';

const searchQuerySchema = z.strictObject({
  language: languageCodeSchema,
  witness: witnessIdSchema.default(defaultWitnessId),
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
  const { language, q, witness } = parsed.data;
  if (!document.languages.some((l) => l.code === language)) return notFound(`"${document.slug}" has no language "${language}"`);
  if (!witnessTexts(document, language, witness)) {
    return notFound(
      `"${language}" has no text "${witness}": it has ${witnessesOf(document, language)
        .map((w) => w.id)
        .join(', ')}.`,
    );
  }
  return NextResponse.json({ language, witness, q, ...searchPassages(document, language, q, { witness }) });
}
