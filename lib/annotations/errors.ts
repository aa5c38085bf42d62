// What can go wrong with an annotation request, in the data layer's words. The API wrapper
// (lib/api/route.ts) turns each kind into its HTTP status; nothing here knows about HTTP.
import { idSchema } from '@/lib/validations/annotation';

/** One problem with the input, with the dotted path of the field it concerns ("targets.1.end"). */
export type Issue = { path: string; message: string };

export type AnnotationErrorKind = 'invalid' | 'not-found' | 'forbidden' | 'conflict';

export class AnnotationError extends Error {
  constructor(
    readonly kind: AnnotationErrorKind,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'AnnotationError';
  }
}

export const invalid = (issues: Issue[]) => new AnnotationError('invalid', 'The request is not valid.', issues);
export const notFound = (what: string) => new AnnotationError('not-found', `${what} was not found.`);

export const deletedConflict = () => new AnnotationError('conflict', 'This annotation was deleted; only its replies remain.');

/** An id that is not a UUID is an unknown id: answered like one, without asking the database. */
export function assertId(id: string, what: string): void {
  if (!idSchema.safeParse(id).success) throw notFound(what);
}
