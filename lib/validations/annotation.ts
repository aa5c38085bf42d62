// The boundary of the annotation API: every request body and query crosses these schemas.
// Free text goes through userText (lib/validations/text.ts): code points, NFC, nothing the
// database cannot store.
import '@/lib/validations/browser-zod';
import { z } from 'zod';
import { cursorSchema } from '@/lib/annotations/list-cursor';
import { limits, palette, visibilities } from '@/lib/validations/annotation-limits';
import { userText as text } from '@/lib/validations/text';
import { languageCodeSchema, witnessIdSchema } from '@/lib/validations/text-names';

export { limits, palette, visibilities, type Color, type Visibility } from '@/lib/validations/annotation-limits';

export const tagSchema = text('tag', limits.tagLength, { trim: true, min: 1 }).refine(
  (tag) => !/[,\p{Cc}]/u.test(tag),
  'tag must not contain commas or line breaks',
);

export const colorSchema = z.enum(palette, { error: `colour must be one of ${palette.join(', ')}` });
export const visibilitySchema = z.enum(visibilities, { error: 'visibility must be private, group or shared' });
// null, as the API answers for a note in no group, reads as left out.
const groupIdSchema = z
  .uuid({ error: 'groupId must be the id of one of your groups' })
  .nullable()
  .transform((id) => id ?? undefined);
// A note is in a group exactly when its visibility is "group".
const groupMatchesVisibility = (value: { visibility?: string; groupId?: string }) =>
  value.visibility === undefined ? value.groupId === undefined : (value.visibility === 'group') === (value.groupId !== undefined);
const groupIssue = { path: ['groupId'], message: 'groupId goes with "visibility": "group", and only with it' };
export const commentSchema = text('comment', limits.comment);
export const tagsSchema = z
  .array(tagSchema)
  .max(limits.tags, `at most ${limits.tags} tags`)
  .transform((tags) => [...new Set(tags)]);

/**
 * One selected span inside one segment, in the annotation's column or, for a note that compares
 * languages, in its own. Positions are code points of the segment's NFC text in that language;
 * the server checks them and the quote against the current content and stores its own prefix and
 * suffix (any sent must agree with the text).
 */
export const targetInputSchema = z
  .strictObject({
    segmentId: z.string().min(1).max(100),
    /**
     * The column the span was selected in (absent: the annotation's language). One of the
     * document's languages; the first span's is the annotation's.
     */
    language: languageCodeSchema.optional(),
    /** Which text of the language the span was selected in (`default`, its own file, when left out). */
    witness: witnessIdSchema.optional(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: text('exact', limits.quote, { min: 1 }),
    prefix: text('prefix', limits.context).optional(),
    suffix: text('suffix', limits.context).optional(),
  })
  .refine((target) => target.end > target.start, { path: ['end'], message: 'end must be greater than start' });

/** Ids in URLs; anything else is answered 404 like an unknown id. */
export const idSchema = z.uuid();

export const createAnnotationSchema = z
  .strictObject({
    /**
     * Chosen by the client so that a retried create writes once: the same id with the same content
     * answers as the first create did, with other content (or by another reader) 409.
     */
    id: z.uuid({ error: 'id must be a UUID' }).optional(),
    language: languageCodeSchema,
    color: colorSchema,
    comment: commentSchema.default(''),
    tags: tagsSchema.default([]),
    visibility: visibilitySchema.default('private'),
    groupId: groupIdSchema.optional(),
    targets: z.array(targetInputSchema).min(1, 'select some text').max(limits.targets, `at most ${limits.targets} targets`),
  })
  .refine(groupMatchesVisibility, groupIssue);

// No defaults here: a field left out of a PATCH stays as it is.
export const updateAnnotationSchema = z
  .strictObject({
    color: colorSchema.optional(),
    comment: commentSchema.optional(),
    tags: tagsSchema.optional(),
    visibility: visibilitySchema.optional(),
    groupId: groupIdSchema.optional(),
    /** Resolve (true) or reopen (false) the thread: its author, or a moderator of its group. */
    resolved: z.boolean({ error: 'resolved must be true or false' }).optional(),
    /** Hide (true) or unhide (false): a moderator or the owner of its group. */
    hidden: z.boolean({ error: 'hidden must be true or false' }).optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), 'nothing to change')
  .refine(groupMatchesVisibility, groupIssue);

export const replySchema = z.strictObject({
  body: text('reply', limits.reply, { trim: true, min: 1 }),
});

/** A reply's PATCH: its author changes the body; a moderator of the group hides or unhides it. */
export const updateReplySchema = z.union([replySchema, z.strictObject({ hidden: z.boolean({ error: 'hidden must be true or false' }) })], {
  error: 'send { "body": … } or { "hidden": true | false }',
});

/** A new reply: as for an annotation, a retried reply with the same id writes once. */
export const createReplySchema = replySchema.extend({ id: z.uuid({ error: 'id must be a UUID' }).optional() });

export const annotationFilterSchema = z.strictObject({
  scope: z.enum(['mine', 'visible'], { error: 'scope must be mine or visible' }).default('visible'),
  language: languageCodeSchema.optional(),
  color: colorSchema.optional(),
  tag: tagSchema.optional(),
  q: text('q', 200, { trim: true, singleLine: true }).optional(),
  /** Only the notes shared with this group. */
  group: z.uuid({ error: 'group must be a group id' }).optional(),
  /** Only resolved (true) or open (false) threads. */
  resolved: z
    .enum(['true', 'false'], { error: 'resolved must be true or false' })
    .transform((value) => value === 'true')
    .optional(),
  /** Only the notes whose spans cover more than one language (true); false, like absent, filters nothing. */
  crossLanguage: z
    .enum(['true', 'false'], { error: 'crossLanguage must be true or false' })
    .transform((value) => value === 'true')
    .optional(),
});

export const annotationListQuerySchema = annotationFilterSchema
  .extend({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
    /** Keyset paging: the page after this cursor (a previous page's nextCursor). */
    after: cursorSchema.optional(),
  })
  .refine((query) => !(query.after && query.offset), { path: ['offset'], message: 'give after or offset, not both' });

export type TargetInput = z.infer<typeof targetInputSchema>;
export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;
export type ReplyInput = z.infer<typeof replySchema>;
export type UpdateReplyInput = z.infer<typeof updateReplySchema>;
export type CreateReplyInput = z.infer<typeof createReplySchema>;
export type AnnotationFilter = z.infer<typeof annotationFilterSchema>;
export type AnnotationListQuery = z.infer<typeof annotationListQuerySchema>;
