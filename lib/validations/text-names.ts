// How requests name a language and one of its texts (a witness: content/README.md), one rule for
// every route that takes them.
import { z } from 'zod';

export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en, ko or ja');

export const witnessIdSchema = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a witness id such as default or working');
