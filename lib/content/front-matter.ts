// The front matter every language file carries: its provenance above all.
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { z } from 'zod';
import { ContentError, languageStatuses } from '@/lib/content/types';

const requiredFields = ['title', 'language', 'source', 'status'] as const;

// Each message completes the sentence `front matter <field> …`.
function text(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be ${what}`) })
    .trim()
    .min(1, `must be ${what}, not empty`);
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const frontMatterSchema = z.strictObject({
  title: text('the title of this language version'),
  language: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a language code such as en, ko or ja') })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en, ko or ja'),
  source: text('where the text comes from'),
  sourceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  status: z.enum(languageStatuses, {
    error: (issue) => (issue.input === undefined ? 'is missing' : `must be one of ${languageStatuses.join(', ')}`),
  }),
  statusNote: text('text qualifying the status').optional(),
  date: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a date written YYYY-MM-DD') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isCalendarDate, 'is not a real date')
    .optional(),
  place: text('a place name').optional(),
  order: z.number({ error: 'must be a whole number (column order)' }).int('must be a whole number (column order)').optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
/** Line in the file of each field that is present, for messages about it. */
export type FieldLines = Partial<Record<keyof FrontMatter, number>>;

/**
 * Validates the YAML between the `---` fences. `firstLine` is the file line of the YAML's
 * first line (the one after the opening fence).
 */
export function readFrontMatter(file: string, yamlText: string, firstLine: number): { frontMatter: FrontMatter; fieldLines: FieldLines } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const yamlError = document.errors[0];
  if (yamlError) {
    throw new ContentError(file, lineAt(yamlError.pos[0]), `front matter is not valid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const fieldLines: Record<string, number> = {};
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) fieldLines[String(pair.key.value)] = lineAt(pair.key.range[0]);
    }
  }
  const data: unknown = document.toJS() ?? {};
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return { frontMatter: result.data, fieldLines };

  const issue = result.error.issues[0]!;
  const openingLine = firstLine - 1;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    throw new ContentError(
      file,
      fieldLines[key] ?? openingLine,
      `unknown front matter field "${key}" (known: ${Object.keys(frontMatterSchema.shape).join(', ')})`,
    );
  }
  if (issue.path.length === 0) {
    throw new ContentError(file, openingLine, `front matter must be a list of fields (${requiredFields.join(', ')}), one "name: value" a line`);
  }
  const field = String(issue.path[0]);
  throw new ContentError(file, fieldLines[field] ?? openingLine, `front matter ${field} ${issue.message}`);
}
