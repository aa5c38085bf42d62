import { NextResponse } from 'next/server';
import { databaseAnswers } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const up = await databaseAnswers();
  return NextResponse.json({ ok: up, db: up ? 'up' : 'down' }, { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
