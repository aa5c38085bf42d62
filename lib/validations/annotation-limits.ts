// The annotation rules' constants without zod, so that browser code (the annotation UI enforces
// the same limits as the API) can import them without bundling the schemas. The schemas in
// ./annotation.ts use these same values.

export const palette = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const visibilities = ['private', 'group', 'shared'] as const;

export const limits = {
  comment: 10_000,
  tags: 20,
  tagLength: 50,
  targets: 50,
  quote: 10_000,
  context: 64,
  reply: 10_000,
  groupName: 100,
  groupDescription: 2_000,
  /** Request bodies larger than this are refused with 413 before parsing. */
  bodyBytes: 256 * 1024,
} as const;

export type Color = (typeof palette)[number];
export type Visibility = (typeof visibilities)[number];
