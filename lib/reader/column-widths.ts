// Column widths in proportion to how much room each language's text takes, so that rows end
// close together instead of the English running on beside short Korean and Japanese columns.
// A Hangul syllable or a kanji is about one em wide; a Latin letter about half of one.

const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated width in ems of `text` set on one line. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += wide.test(char) ? 1 : 0.55;
  return width;
}

const narrowest = 0.8;
const widest = 1.3;
const damping = 0.7;

/**
 * One `fr` weight per column, around 1. Damped (a power below one) and clamped: Korean kept whole
 * word by word needs more slack than its width alone suggests, and no column may get too narrow.
 */
export function columnWeights(texts: readonly string[][]): number[] {
  const widths = texts.map((column) => column.reduce((sum, text) => sum + textWidth(text), 0));
  const mean = widths.reduce((a, b) => a + b, 0) / (widths.length || 1);
  if (!mean) return widths.map(() => 1);
  return widths.map((w) => Math.round(Math.min(widest, Math.max(narrowest, (w / mean) ** damping)) * 100) / 100);
}

/**
 * Room for the longest Korean word of the declaration kept whole (조선민주주의인민공화국이 is
 * 188px at the reader's 17px type) plus the cell's padding. reader.css stacks the languages where
 * three such columns do not fit.
 */
export const narrowestColumn = '13.5rem';

/**
 * The grid tracks for the columns (after the gutter). No column gets narrower than the longest
 * Korean or Japanese word needs; below that width the reader stacks the languages instead
 * (reader.css), so this minimum never makes the page scroll sideways.
 */
export function columnTracks(weights: readonly number[]): string {
  return weights.map((w) => `minmax(${narrowestColumn}, ${w}fr)`).join(' ');
}
