import { NextResponse } from 'next/server';
import { writeRoute } from '@/lib/api/route';
import { annotationJson } from '@/lib/annotations/rendered';
import { settleAnchor } from '@/lib/db/annotation-anchor';
import { settleAnchorSchema } from '@/lib/validations/anchor';

/** The author confirms a note's uncertain spans where they now are, or selects its passage again. */
export const POST = writeRoute<{ id: string }, typeof settleAnchorSchema>(settleAnchorSchema, async ({ params, user, body }) =>
  NextResponse.json(await annotationJson(await settleAnchor(params.id, user, body))),
);
