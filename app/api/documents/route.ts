import { NextResponse } from 'next/server';
import { getDocuments } from '@/lib/data/documents';
import { documentSummaryJson } from '@/lib/data/document-json';

export async function GET() {
  const documents = await getDocuments();
  return NextResponse.json({ documents: documents.map(documentSummaryJson) });
}
