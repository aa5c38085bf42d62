import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

/** The language switcher's form: the language chosen, and the page to go back to (a path on this site). */
export const localeChoiceSchema = z.object({
  locale: z.enum(locales),
  back: z.string().max(2048).optional(),
});
