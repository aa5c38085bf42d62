// Where an imported item came from, as the file says it: its creator's name (the credit, when
// someone else wrote it), the model's `via` (the IRI of the annotation it is a copy of) and
// Accord's `accord:importedFrom` (the credit a copy already carries: the original's IRI, author
// and date; see jsonld-vocabulary.ts). import-plan.ts and the database's duplicate check use them.
import { z } from 'zod';
import type { ImportedFrom } from '@/lib/annotations/types';
import type { ImportProblem } from '@/lib/export/import-parse';
import { agentSchema, iriSchema } from '@/lib/export/web-annotation-model';

export type Provenance = {
  /** The creator's name, when the file gives one. */
  creatorName: string | null;
  /** The IRIs this annotation is a copy of (the model's `via`). */
  via: string[];
  /** The credit the item already carries, from an earlier import. */
  importedFrom?: ImportedFrom;
};

const importedFromSchema = z.looseObject({
  id: iriSchema,
  creator: agentSchema.optional(),
  created: z.iso.datetime({ offset: true }).optional(),
});

const viaSchema = z.union([iriSchema, z.array(iriSchema)]);

export function creatorNameOf(creator: unknown): string | null {
  return typeof creator === 'object' && creator !== null && 'name' in creator && typeof creator.name === 'string' && creator.name.trim()
    ? creator.name.trim()
    : null;
}

const creatorIdOf = (creator: z.infer<typeof agentSchema> | undefined) => (typeof creator === 'string' ? creator : (creator?.id ?? null));

/** Reads the provenance of one item (an annotation or a reply), adding a problem for each part that is malformed. */
export function readProvenance(item: Record<string, unknown>, path: string, problems: ImportProblem[]): Provenance {
  const out: Provenance = { creatorName: creatorNameOf(item.creator), via: [] };
  if (item.via !== undefined) {
    const via = viaSchema.safeParse(item.via);
    if (via.success) out.via = typeof via.data === 'string' ? [via.data] : via.data;
    else problems.push({ path: `${path}.via`, message: 'must be the IRI, or a list of IRIs, of the annotations this one is a copy of' });
  }
  const credit = item['accord:importedFrom'];
  if (credit !== undefined) {
    const parsed = importedFromSchema.safeParse(credit);
    if (parsed.success) {
      out.importedFrom = {
        id: parsed.data.id,
        creatorName: creatorNameOf(parsed.data.creator),
        creatorId: creatorIdOf(parsed.data.creator),
        created: parsed.data.created ? new Date(parsed.data.created).toISOString() : null,
      };
    } else {
      problems.push({
        path: `${path}.accord:importedFrom`,
        message: 'must be an object with the original annotation’s id (an IRI), and optionally its creator and created date',
      });
    }
  }
  return out;
}
