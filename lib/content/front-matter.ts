// The front matter every language file carries: its provenance above all.
import { z } from 'zod';
import { languageStatuses } from '@/lib/content/types';

export const frontMatterSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en, ko or ja'),
  source: z.string().trim().min(1, 'must say where the text comes from'),
  sourceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  status: z.enum(languageStatuses, { error: `must be one of ${languageStatuses.join(', ')}` }),
  statusNote: z.string().trim().min(1).optional(),
  // YAML reads an unquoted 2002-09-17 as a Date; both spellings are accepted.
  date: z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  ),
  place: z.string().trim().min(1).optional(),
  order: z.number().int().optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
