// TMX 1.4b export of the aligned text, as translators exchange it (LF Aligner, the EU's corpora):
// one <tu tuid="<segment id>"> per passage with one <tuv xml:lang> per language, then one more for
// each other text of a language (a witness: ja.working.md beside ja.md), each text's source, status
// and witness as <prop>s, and the notes the requester may see on that passage as <note>s. Every element is built by fast-xml-parser's XMLBuilder (escaping included); only the
// envelope around the units is joined here, one unit at a time, so that memory stays flat
// however many notes there are.
//
// Annotations arrive in text order (their first span's passage), so each unit is written once the
// stream has passed its passage; a note over several passages waits for the later ones.
import { XMLBuilder } from 'fast-xml-parser';
import type { Annotation, Reply } from '@/lib/annotations/types';
import { statusLabel, type Segment } from '@/lib/content';
import { describeFilters, describeScope, formatDateTime, statusNoteAfterLabel, type ExportOptions } from '@/lib/export/options';

export const tmxMediaType = 'application/x-tmx+xml; charset=utf-8';

/** The witness of a language's own `<lang>.md` file. */
export const defaultWitness = 'default';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true });

// XML 1.0 cannot carry most control characters, even escaped: a comment holding one would make
// the whole file unreadable, so each becomes U+FFFD.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (text: string) => text.replace(notXmlChar, '\uFFFD');

/** "20261205T080000Z", TMX's own date form (ISO 8601 basic, UTC). */
function tmxDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;
}

const prop = (type: string, value: string) => ({ '@type': `x-accord:${type}`, '#text': xmlText(value) });

function header(options: ExportOptions): string {
  const { document } = options;
  const filters = describeFilters(options.filter);
  const xml = builder.build({
    header: {
      '@creationtool': 'Accord',
      '@creationtoolversion': '1',
      '@segtype': 'paragraph',
      '@o-tmf': 'Accord',
      '@adminlang': 'en',
      '@srclang': document.languages[0]?.code ?? 'en',
      '@datatype': 'plaintext',
      '@creationdate': tmxDate(options.exportedAt),
      prop: [prop('document', document.slug), prop('title', document.title), prop('scope', options.filter.scope)],
      note: [
        xmlText(
          `${document.title}: the aligned text in ${document.languages.map((l) => l.name).join(', ')}, with ${describeScope(options.filter.scope)}` +
            `${filters.length ? ` (${filters.join(', ')})` : ''} as notes, exported ${formatDateTime(options.exportedAt.toISOString())}.`,
        ),
        ...document.languages.map((l) => xmlText(`${l.name}: ${statusLabel(l.status)}.${statusNoteAfterLabel(l)} Source: ${l.source}.`)),
        ...document.witnesses.map((w) => {
          const name = document.languages.find((l) => l.code === w.code)?.name ?? w.code;
          return xmlText(`${name}, text “${w.id}”: ${statusLabel(w.status)}.${statusNoteAfterLabel(w)} Source: ${w.source}.`);
        }),
      ],
    },
  });
  return xml.trimEnd();
}

function noteText(annotation: Annotation, segmentId: string): string {
  const quotes = annotation.targets
    .filter((t) => t.segmentId === segmentId)
    // A quote made on another text of its language says which (its words are that text's).
    .map((t) => `${t.language}${t.witness === defaultWitness ? '' : ` (text ${t.witness})`}: “${t.exact}”`)
    .join(' … ');
  const parts = [`${annotation.author.name}, ${formatDateTime(annotation.createdAt)}, on ${quotes}`];
  if (annotation.comment) parts.push(annotation.comment);
  if (annotation.tags.length) parts.push(`Tags: ${annotation.tags.join(', ')}`);
  return xmlText(parts.join('\n'));
}

const replyText = (reply: Reply) => xmlText(`Reply by ${reply.author.name}, ${formatDateTime(reply.createdAt)}:\n${reply.body}`);

function unit(options: ExportOptions, segment: Segment, notes: Annotation[]): string {
  const { document } = options;
  const xml = builder.build({
    tu: {
      '@tuid': segment.id,
      '@segtype': 'paragraph',
      prop: [prop('kind', segment.kind)],
      note: notes.flatMap((a) => [noteText(a, segment.id), ...a.replies.map(replyText)]),
      tuv: document.languages.flatMap((language) => [
        {
          '@xml:lang': language.code,
          prop: [prop('source', language.source), prop('status', language.status), prop('witness', defaultWitness)],
          seg: xmlText(segment.texts[language.code] ?? ''),
        },
        // The language's other texts, right after its own, each saying which it is.
        ...document.witnesses
          .filter((witness) => witness.code === language.code && witness.texts[segment.id] !== undefined)
          .map((witness) => ({
            '@xml:lang': language.code,
            prop: [prop('source', witness.source), prop('status', witness.status), prop('witness', witness.id)],
            seg: xmlText(witness.texts[segment.id]!),
          })),
      ]),
    },
  });
  return xml.trimEnd();
}

function segmentsOf(annotation: Annotation): string[] {
  return [...new Set(annotation.targets.map((t) => t.segmentId))];
}

export async function* exportTmx(options: ExportOptions, annotations: AsyncIterable<Annotation>): AsyncGenerator<string> {
  const { document } = options;
  const position = new Map(document.segments.map((s, i) => [s.id, i]));
  // Units start at the margin: indenting them would indent the continuation lines of their text too.
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header(options)}\n<body>\n`;

  const iterator = annotations[Symbol.asyncIterator]();
  let next = await iterator.next();
  const waiting = new Map<string, Annotation[]>();
  const wait = (segmentId: string, annotation: Annotation) => waiting.set(segmentId, [...(waiting.get(segmentId) ?? []), annotation]);
  for (const [index, segment] of document.segments.entries()) {
    // Take every note that begins at or before this passage (deleted placeholders hold no words).
    while (!next.done) {
      const annotation = next.value;
      const segments = segmentsOf(annotation).filter((id) => position.has(id));
      // A note only on passages that left the text has no unit to go to.
      const first = segments.length ? Math.min(...segments.map((id) => position.get(id)!)) : -1;
      if (first > index) break;
      if (!annotation.deleted) for (const id of segments) if (position.get(id)! >= index) wait(id, annotation);
      next = await iterator.next();
    }
    const notes = waiting.get(segment.id) ?? [];
    waiting.delete(segment.id);
    yield `${unit(options, segment, notes)}\n`;
  }
  // Drain what is left (notes on passages no longer in the text), so that the reader finishes.
  while (!next.done) next = await iterator.next();
  yield '</body>\n</tmx>\n';
}
