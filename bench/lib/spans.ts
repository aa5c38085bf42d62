// Plain highlights to create: spans that are exact text of their segment, in code points as the
// API counts, spread over the declaration's segments and languages, the same ones every run.
import { describeSpan } from '@/lib/anchoring/selectors';
import { loadAllDocuments } from '@/lib/content/load';
import type { CreateAnnotationInput } from '@/lib/validations/annotation';

export const slug = 'pyongyang-declaration';
const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** `n` create bodies as docs/api.md describes them (POST /api/documents/<slug>/annotations). */
export async function highlightBodies(n: number): Promise<CreateAnnotationInput[]> {
  const document = (await loadAllDocuments()).find((d) => d.slug === slug)!;
  const bodies: CreateAnnotationInput[] = [];
  for (let i = 0; bodies.length < n; i++) {
    const segment = document.segments[i % document.segments.length]!;
    const language = document.languages[Math.floor(i / document.segments.length) % document.languages.length]!.code;
    const text = segment.texts[language];
    if (!text) continue;
    const length = Array.from(text).length;
    if (length < 2) continue;
    const start = (i * 7) % Math.max(1, length - 8);
    const span = describeSpan(segment.id, text, start, Math.min(length, start + 2 + (i % 20)));
    bodies.push({
      language,
      color: colors[i % colors.length]!,
      comment: '',
      tags: [],
      visibility: i % 2 ? 'shared' : 'private',
      targets: [{ segmentId: span.segmentId, start: span.start, end: span.end, exact: span.exact }],
    });
  }
  return bodies;
}
