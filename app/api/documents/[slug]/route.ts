import { NextResponse } from 'next/server';
import { getDocument } from '@/lib/data/documents';
import { documentJson } from '@/lib/data/document-json';
import { notFound } from '@/lib/http';

export async function GET(_request: Request, { params }: RouteContext<'/api/documents/[slug]'>) {
  const { slug } = await params;
  const document = await getDocument(slug);
  if (!document) return notFound(`No document "${slug}"`);
  return NextResponse.json(documentJson(document));
}
