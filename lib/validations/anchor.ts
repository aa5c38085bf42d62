// POST /api/annotations/<id>/anchor: the author settles where a note whose text changed sits.
// Without `targets`, every uncertain span is confirmed where it now is; with them, the passage is
// selected again (the same rules as a new selection: one column, text order, the current text).
import { z } from 'zod';
import { limits, targetInputSchema } from '@/lib/validations/annotation';

export const settleAnchorSchema = z.strictObject({
  targets: z.array(targetInputSchema).min(1, 'select some text').max(limits.targets, `at most ${limits.targets} targets`).optional(),
});

export type SettleAnchorInput = z.infer<typeof settleAnchorSchema>;
