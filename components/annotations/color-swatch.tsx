import type { Color } from '@/lib/validations/annotation-limits';

/** A dot of a highlight colour; the words beside it (or the button's name) say which. */
export function ColorSwatch({ color }: { color: Color }) {
  return <span className="note-swatch" data-color={color} aria-hidden="true" />;
}
