// The required parts of the W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/)
// as zod schemas. Objects stay open (looseObject): the model allows extension properties, and
// other tools add their own. Tests check every exported item against these; the importer builds
// its stricter checks on top of them.
import { z } from 'zod';

export const annoContext = 'http://www.w3.org/ns/anno.jsonld';

const oneOrMore = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1)]);
const typed = (name: string) => z.union([z.literal(name), z.array(z.string()).refine((types) => types.includes(name))], { error: `type must be ${name}` });

export const iriSchema = z.string().refine((value) => URL.canParse(value), 'must be an absolute IRI');

/** "If there is only one value, then it MUST be provided as a string" (§3.1). */
export const contextSchema = z.union([
  z.literal(annoContext),
  z
    .array(z.union([z.string(), z.record(z.string(), z.unknown())]))
    .min(2)
    .refine((values) => values.includes(annoContext), `@context must include ${annoContext}`),
]);

const dateTime = z.iso.datetime({ offset: true });

export const agentSchema = z.union([iriSchema, z.looseObject({ id: iriSchema.optional(), type: z.string().optional(), name: z.string().optional() })]);

export const textQuoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

export const textPositionSelectorSchema = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

const checkedSelectors: Record<string, z.ZodType | undefined> = {
  TextQuoteSelector: textQuoteSelectorSchema,
  TextPositionSelector: textPositionSelectorSchema,
};

/**
 * Any selector: the two we write are checked in full, others only for a type. A selector that
 * says it is one of ours must be one (a TextPositionSelector with start "5" is an error to name,
 * not an unknown selector to pass over).
 */
export const selectorSchema = z.looseObject({ type: z.string() }).superRefine((selector, ctx) => {
  const result = checkedSelectors[selector.type]?.safeParse(selector);
  for (const issue of result?.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

export const externalResourceSchema = z.looseObject({
  id: iriSchema,
  type: z.string().optional(),
  language: z.union([z.string(), z.array(z.string())]).optional(),
  format: z.string().optional(),
});

export const specificResourceSchema = z.looseObject({
  type: z.literal('SpecificResource').optional(),
  source: z.union([iriSchema, externalResourceSchema]),
  selector: oneOrMore(selectorSchema).optional(),
  styleClass: z.string().optional(),
});

export const targetSchema = z.union([iriSchema, specificResourceSchema]);

export const textualBodySchema = z.looseObject({
  type: typed('TextualBody'),
  value: z.string(),
  format: z.string().optional(),
  language: z.string().optional(),
  purpose: z.string().optional(),
});

export const motivations = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

export const annotationSchema = z.looseObject({
  '@context': contextSchema.optional(),
  id: iriSchema,
  type: typed('Annotation'),
  motivation: oneOrMore(z.enum(motivations)).optional(),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  creator: agentSchema.optional(),
  body: oneOrMore(z.union([iriSchema, textualBodySchema, specificResourceSchema])).optional(),
  target: oneOrMore(targetSchema),
});

/** An annotation on its own, outside a collection, must carry its @context. */
export const standaloneAnnotationSchema = annotationSchema.extend({ '@context': contextSchema });

export const annotationPageSchema = z.looseObject({
  '@context': contextSchema.optional(),
  id: iriSchema,
  type: typed('AnnotationPage'),
  partOf: z.union([iriSchema, z.looseObject({ id: iriSchema })]).optional(),
  startIndex: z.number().int().min(0).optional(),
  next: iriSchema.optional(),
  prev: iriSchema.optional(),
  items: z.array(z.unknown()),
});

export const annotationCollectionSchema = z.looseObject({
  '@context': contextSchema,
  id: iriSchema,
  type: typed('AnnotationCollection'),
  label: z.string().optional(),
  total: z.number().int().min(0).optional(),
  first: z.union([iriSchema, annotationPageSchema]).optional(),
  last: iriSchema.optional(),
});
