// W3C Web Annotation JSON-LD export: one AnnotationCollection whose single AnnotationPage holds
// every item. The page's items array is written as the annotations arrive, so `total` (and
// `last`) come after it: key order means nothing in JSON-LD, and this keeps memory flat.
import { positionSelector, quoteSelector } from '@/lib/anchoring/selectors';
import { counterpartsOf } from '@/lib/annotations/counterparts';
import { inReadingOrder } from '@/lib/annotations/target-order';
import type { Annotation, AnnotationTarget, ImportedFrom, Person } from '@/lib/annotations/types';
import { defaultWitnessId, statusLabel } from '@/lib/content/types';
import { textKey } from '@/lib/content/text-keys';
import { annotationIri, documentUrl, personIri, replyIri } from '@/lib/export/links';
import type { ExportOptions } from '@/lib/export/options';
import { jsonLdContext, stylesheetOf, styleClassOf } from '@/lib/export/jsonld-vocabulary';

function creator(person: Person) {
  return { id: personIri(person.id), type: 'Person', name: person.name };
}

/** The original an imported note or reply was copied from, and whose words they are (accord:importedFrom). */
export function importedFromNode(from: ImportedFrom | undefined) {
  if (!from) return undefined;
  return {
    id: from.id,
    type: 'Annotation',
    creator: { id: from.creatorId ?? undefined, type: 'Person', name: from.creatorName ?? undefined },
    created: from.created ?? undefined,
  };
}

type Source = { id: string; type: 'Text'; format: 'text/plain'; language: string; 'accord:witness'?: string };

/** Sources repeat (a segment in a language) and parsing their URLs showed in the profile: each is built once per export. */
const sourceCache = new WeakMap<ExportOptions, Map<string, Source>>();

/**
 * `witness`: the text of the language a selected span was made on, said on its source (and in the
 * reader link, which opens that text); left out of projected ones, which are always the language's own.
 */
function source(options: ExportOptions, segmentId: string, language: string, witness?: string): Source {
  let sources = sourceCache.get(options);
  if (!sources) sourceCache.set(options, (sources = new Map()));
  const key = `${language}#${segmentId}#${witness ?? ''}`;
  let found = sources.get(key);
  if (!found) {
    const url = new URL(documentUrl(options.baseUrl, options.document.slug));
    url.searchParams.set('langs', language);
    if (witness && witness !== defaultWitnessId) url.searchParams.set('witness', textKey(language, witness));
    url.hash = segmentId;
    found = { id: url.toString(), type: 'Text', format: 'text/plain', language, ...(witness ? { 'accord:witness': witness } : {}) };
    sources.set(key, found);
  }
  return found;
}

function selectedTarget(options: ExportOptions, annotation: Annotation, target: AnnotationTarget) {
  return {
    type: 'SpecificResource',
    'accord:role': 'selected',
    source: source(options, target.segmentId, target.language, target.witness),
    selector: [quoteSelector(target), positionSelector(target)],
    ...currentPlace(target),
    styleClass: styleClassOf(annotation.color),
  };
}

/**
 * The selectors above are the span as its author made it; where it is in the current text travels
 * beside them (jsonld-vocabulary.ts): its state, and a TextPositionSelector of where it is now.
 */
function currentPlace({ anchor }: AnnotationTarget) {
  if (anchor.status === 'orphaned') return { 'accord:anchorStatus': anchor.status };
  return { 'accord:anchorStatus': anchor.status, 'accord:currentSelector': positionSelector(anchor) };
}

const languageOrders = new WeakMap<ExportOptions['document'], Map<string, number>>();

function languageOrder(document: ExportOptions['document']): Map<string, number> {
  let order = languageOrders.get(document);
  if (!order) languageOrders.set(document, (order = new Map(document.languages.map((l, i) => [l.code, i]))));
  return order;
}

/** The note's counterparts in the document's other languages (lib/annotations/counterparts.ts), language by language. */
function projectedTargets(options: ExportOptions, annotation: Annotation) {
  const order = languageOrder(options.document);
  const position = (segmentId: string) => annotation.targets.find((t) => t.segmentId === segmentId)?.segmentPosition ?? 0;
  return counterpartsOf(annotation.targets, options.document)
    .sort((a, b) => order.get(a.language)! - order.get(b.language)! || position(a.segmentId) - position(b.segmentId) || a.start - b.start)
    .map((c) =>
      c.method === 'segment'
        ? { type: 'SpecificResource', 'accord:role': 'projected', 'accord:method': c.method, source: source(options, c.segmentId, c.language) }
        : {
            type: 'SpecificResource',
            'accord:role': 'projected',
            'accord:method': c.method,
            source: source(options, c.segmentId, c.language),
            // Positions say which occurrence: a phrase may recur in its passage.
            selector: [{ type: 'TextQuoteSelector', exact: c.exact }, positionSelector(c)],
          },
    );
}

// Items are written as plain object literals, key by key: object spread (`{ ...common, … }`) went
// through V8's slow cloning path here, costing kilobytes an item and, worse, leaving much of it to be
// promoted to the old generation (measured: 2.5 KB allocated and 1 KB promoted per spread object).
export function annotationItem(options: ExportOptions, annotation: Annotation) {
  const id = annotationIri(options.baseUrl, annotation.id);
  // One selected target per span, each with its language in its source (a comparison's first is its own language's).
  const targets = inReadingOrder(annotation.language, annotation.targets);
  if (annotation.deleted) {
    // The placeholder keeps its id (replies point at it) and where it was, nothing of its content.
    const where = targets.map((t) => ({ type: 'SpecificResource', 'accord:role': 'selected', source: source(options, t.segmentId, t.language, t.witness) }));
    return {
      id,
      type: 'Annotation',
      created: annotation.createdAt,
      modified: annotation.updatedAt,
      creator: creator(annotation.author),
      'accord:deleted': true,
      target: where.length ? where : documentUrl(options.baseUrl, options.document.slug),
    };
  }
  const body: { type: 'TextualBody'; purpose: string; format?: string; value: string }[] = [];
  if (annotation.comment) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: annotation.comment });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const target: object[] = targets.map((t) => selectedTarget(options, annotation, t));
  for (const projected of projectedTargets(options, annotation)) target.push(projected);
  return {
    id,
    type: 'Annotation',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: creator(annotation.author),
    motivation: annotation.comment ? 'commenting' : 'highlighting',
    'accord:visibility': annotation.visibility,
    'accord:status': annotation.status,
    stylesheet: stylesheetOf(annotation.color),
    'accord:importedFrom': importedFromNode(annotation.importedFrom),
    // Left out when empty (JSON.stringify drops undefined).
    body: body.length ? body : undefined,
    target,
  };
}

export function replyItems(options: ExportOptions, annotation: Annotation) {
  const parent = annotationIri(options.baseUrl, annotation.id);
  return annotation.replies.map((reply) => ({
    id: replyIri(options.baseUrl, reply.id),
    type: 'Annotation',
    motivation: 'replying',
    created: reply.createdAt,
    modified: reply.updatedAt,
    creator: creator(reply.author),
    'accord:importedFrom': importedFromNode(reply.importedFrom),
    body: { type: 'TextualBody', purpose: 'replying', format: 'text/markdown', value: reply.body },
    target: parent,
  }));
}

export function collectionIri(options: ExportOptions): string {
  const url = new URL(`/api/documents/${encodeURIComponent(options.document.slug)}/export`, options.baseUrl);
  url.searchParams.set('format', 'jsonld');
  for (const [key, value] of Object.entries(options.filter)) if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
}

export async function* exportJsonLd(options: ExportOptions, annotations: AsyncIterable<Annotation>): AsyncGenerator<string> {
  const id = collectionIri(options);
  const pageId = `${id}#page-1`;
  const head = {
    '@context': jsonLdContext(options.baseUrl),
    id,
    type: 'AnnotationCollection',
    label: `Annotations on “${options.document.title}” (${options.filter.scope === 'mine' ? 'mine' : 'all visible'})`,
    generated: options.exportedAt.toISOString(),
    // In the model's context `source` is a link and `status` is not a term at all: a JSON-LD
    // processor would turn the source's prose into a broken IRI and drop the status, so both
    // are Accord's own terms.
    'accord:languages': options.document.languages.map((l) => ({
      language: l.code,
      'accord:languageName': l.name,
      'accord:status': l.status,
      'accord:statusLabel': statusLabel(l.status),
      'accord:source': l.source,
      ...(l.sourceUrl ? { 'accord:sourceUrl': l.sourceUrl } : {}),
    })),
  };
  const page = { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0 };
  // Everything up to the items array, written as JSON and left open.
  yield `${JSON.stringify(head).slice(0, -1)},\n"first":${JSON.stringify(page).slice(0, -1)},"items":[`;
  let total = 0;
  for await (const annotation of annotations) {
    for (const item of [annotationItem(options, annotation), ...replyItems(options, annotation)]) {
      yield `${total === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`;
      total += 1;
    }
  }
  yield `\n]},\n"last":${JSON.stringify(pageId)},\n"total":${total}}\n`;
}
