// The reader page ships the highlights of up to a thousand notes in its HTML (twice: in the RSC
// payload, inside a JavaScript string). Objects with named keys would cost more than the text
// itself, so they travel packed: one annotation per `;`-separated record of space-separated fields,
//   <id> <language> <color> <flags> <segmentId>:<start>:<end>[:u][:<lang>][:@<witness>] …
// where `:u` marks an uncertain span, `:<lang>` a span in another column than the note's language
// (a note that compares languages: `p3:4:9:ja`), `:@first` one made on another text of its language
// than its own file (witness ids are a-z 0-9 and dashes too: `p3:4:9:u:ja:@first`), and flags are
// `s` (shared), `g` (a group's) or `p` (private), followed by `m` when the viewer wrote it. None of
// the fields can hold a space, `;` or `:` (uuids, language codes, palette names, segment ids of
// a-z 0-9 and dashes), and none needs escaping in JSON or in a JavaScript string.
import type { AnnotationHighlight, HighlightSpan } from '@/lib/annotations/types';
import { palette, type Color } from '@/lib/validations/annotation-limits';

export function packHighlights(highlights: readonly AnnotationHighlight[]): string {
  return highlights
    .map((h) => {
      const flags = `${h.visibility === 'shared' ? 's' : h.visibility === 'group' ? 'g' : 'p'}${h.mine ? 'm' : ''}`;
      const span = (s: HighlightSpan) => {
        const other = s.language && s.language !== h.language ? `:${s.language}` : '';
        return `${s.segmentId}:${s.start}:${s.end}${s.uncertain ? ':u' : ''}${other}${s.witness ? `:@${s.witness}` : ''}`;
      };
      return [h.id, h.language, h.color, flags, ...h.spans.map(span)].join(' ');
    })
    .join(';');
}

const isColor = (value: string): value is Color => (palette as readonly string[]).includes(value);

/** The highlights back from their packed form; a malformed record or span is skipped, not guessed at. */
export function unpackHighlights(packed: string): AnnotationHighlight[] {
  if (!packed) return [];
  return packed.split(';').flatMap((record): AnnotationHighlight[] => {
    const [id, language, color, flags, ...spans] = record.split(' ');
    if (!id || !language || !color || !flags || !isColor(color)) return [];
    return [
      {
        id,
        language,
        color,
        visibility: flags.startsWith('s') ? 'shared' : flags.startsWith('g') ? 'group' : 'private',
        mine: flags.includes('m'),
        spans: spans.flatMap((span): HighlightSpan[] => {
          const [segmentId, start, end, ...marks] = span.split(':');
          const [from, to] = [Number(start), Number(end)];
          if (!segmentId || !Number.isInteger(from) || !Number.isInteger(to) || from >= to) return [];
          // Each mark says what it is: `u`, `@<witness>`, else a language code (never `u`).
          const witness = marks.find((mark) => mark.startsWith('@'))?.slice(1);
          const language = marks.find((mark) => mark && mark !== 'u' && !mark.startsWith('@'));
          return [
            {
              segmentId,
              start: from,
              end: to,
              ...(marks.includes('u') ? { uncertain: true as const } : {}),
              ...(language ? { language } : {}),
              ...(witness ? { witness } : {}),
            },
          ];
        }),
      },
    ];
  });
}
