// The boundary of the annotation API: every request body and query crosses these schemas.
import { z } from 'zod';

export const palette = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const visibilities = ['private', 'shared'] as const;

export const limits = {
  comment: 10_000,
  tags: 20,
  tagLength: 50,
  targets: 50,
  quote: 10_000,
  context: 64,
  reply: 10_000,
  /** Request bodies larger than this are refused with 413 before parsing. */
  bodyBytes: 256 * 1024,
} as const;

const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en, ko or ja');

export const tagSchema = z
  .string()
  .trim()
  .min(1, 'tag must not be empty')
  .max(limits.tagLength, `tag must be at most ${limits.tagLength} characters`)
  .regex(/^[^\s,][^,]*$/, 'tag must not contain commas');

export const targetInputSchema = z.strictObject({
  segmentId: z.string().min(1).max(100),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(limits.quote),
  prefix: z.string().max(limits.context).default(''),
  suffix: z.string().max(limits.context).default(''),
});

const annotationBase = z.strictObject({
  language: languageCode,
  color: z.enum(palette),
  comment: z.string().max(limits.comment, `comment must be at most ${limits.comment} characters`).default(''),
  tags: z
    .array(tagSchema)
    .max(limits.tags, `at most ${limits.tags} tags`)
    .default([])
    .transform((tags) => [...new Set(tags)]),
  visibility: z.enum(visibilities).default('private'),
  targets: z.array(targetInputSchema).min(1, 'select some text').max(limits.targets),
});

export const createAnnotationSchema = annotationBase;

export const updateAnnotationSchema = annotationBase
  .pick({ color: true, comment: true, tags: true, visibility: true })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');

export const replySchema = z.strictObject({
  body: z.string().trim().min(1, 'reply must not be empty').max(limits.reply, `reply must be at most ${limits.reply} characters`),
});

export const annotationFilterSchema = z.strictObject({
  scope: z.enum(['mine', 'visible']).default('visible'),
  language: languageCode.optional(),
  color: z.enum(palette).optional(),
  tag: tagSchema.optional(),
  q: z.string().trim().max(200).optional(),
});

export const annotationListQuerySchema = annotationFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export type Color = (typeof palette)[number];
export type Visibility = (typeof visibilities)[number];
export type TargetInput = z.infer<typeof targetInputSchema>;
export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;
export type ReplyInput = z.infer<typeof replySchema>;
export type AnnotationFilter = z.infer<typeof annotationFilterSchema>;
export type AnnotationListQuery = z.infer<typeof annotationListQuerySchema>;
