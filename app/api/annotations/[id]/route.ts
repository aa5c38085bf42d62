import { NextResponse } from 'next/server';
import { readRoute, writeRoute } from '@/lib/api/route';
import { annotationJson } from '@/lib/annotations/rendered';
import { deleteAnnotation, getAnnotation, updateAnnotation } from '@/lib/db/annotations';
import { updateAnnotationSchema } from '@/lib/validations/annotation';

export const GET = readRoute<{ id: string }>(async ({ params, user }) => NextResponse.json(await annotationJson(await getAnnotation(params.id, user))));

export const PATCH = writeRoute<{ id: string }, typeof updateAnnotationSchema>(updateAnnotationSchema, async ({ params, user, body }) =>
  NextResponse.json(await annotationJson(await updateAnnotation(params.id, user, body))),
);

/** 204 when the annotation is gone; 200 with the "deleted" placeholder when replies keep it. */
export const DELETE = writeRoute<{ id: string }, null>(null, async ({ params, user }) => {
  const placeholder = await deleteAnnotation(params.id, user);
  return placeholder ? NextResponse.json(await annotationJson(placeholder)) : new Response(null, { status: 204 });
});
