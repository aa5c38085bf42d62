// Text that users send, as the database can keep it and readers count it. Shared by every schema
// that takes free text (annotations, replies, filters, account names), so that one rule holds.
// Lengths count Unicode code points (𠮷 or 🙂 is one character, not two); text is normalised to
// NFC, the form the content and every stored position use. PostgreSQL's text type cannot hold
// U+0000, so a NUL is refused here with its field named instead of failing the write.
import { z } from 'zod';
import { codePointLength, toNfc } from '@/lib/anchoring/code-points';

type TextOptions = { trim?: boolean; min?: number; emptyMessage?: string; singleLine?: boolean };

/** A string of at most `max` characters, NFC, with no lone surrogate and no NUL. */
export function userText(label: string, max: number, options: TextOptions = {}) {
  let base = z.string();
  if (options.trim) base = base.trim();
  if (options.min) base = base.min(options.min, options.emptyMessage ?? `${label} must not be empty`);
  return (
    base
      .refine((value) => value.isWellFormed(), `${label} contains a broken character (a lone surrogate)`)
      .refine((value) => !value.includes('\u0000'), `${label} contains a NUL character (U+0000), which cannot be stored`)
      // NUL is named by the rule above; this one covers the other control characters.
      .refine((value) => !options.singleLine || !/[\u0001-\u001f\u007f-\u009f]/.test(value), `${label} must be one line, without control characters`)
      .transform(toNfc)
      .refine((value) => codePointLength(value) <= max, `${label} must be at most ${max.toLocaleString('en')} characters`)
  );
}
